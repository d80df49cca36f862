// nevfacts/nevfacts.hpp -- everything in nevfacts's core (no data set)
//
// Per-topic headers keep includes cheap; include only what a translation unit uses:
//   real_interval.hpp  sound interval arithmetic        units.hpp     Boost.Units dimensions
//   quantity.hpp       counts, money, rates             share.hpp     shares and points
//   growth.hpp         growth and multiples             money.hpp     dated exchange rates
//   scale.hpp          thousand ... trillion, wan, yi   period.hpp    periods on date
//   reader.hpp         reading a source's words         kind.hpp      kinds of values
//   ordinal.hpp        rank, year, day, direction, weekday  reported.hpp  reported figures
//   subject.hpp        entities and segments            metric.hpp    what is measured
//   document.hpp       provenance                       fact.hpp      claims and derived facts
//   registry.hpp       lookup of many facts             check.hpp     results of checks
//   rules.hpp          relations between facts          format.hpp    numbers as reports write them
//   refusal.hpp        why words were refused           record.hpp    claims with named fields
//   print.hpp          operator<< for facts, checks   delta.hpp     absolute changes of a level
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/check.hpp>
#include <nevfacts/delta.hpp>
#include <nevfacts/document.hpp>
#include <nevfacts/fact.hpp>
#include <nevfacts/format.hpp>
#include <nevfacts/growth.hpp>
#include <nevfacts/kind.hpp>
#include <nevfacts/metric.hpp>
#include <nevfacts/money.hpp>
#include <nevfacts/ordinal.hpp>
#include <nevfacts/period.hpp>
#include <nevfacts/reader.hpp>
#include <nevfacts/print.hpp>
#include <nevfacts/quantity.hpp>
#include <nevfacts/real_interval.hpp>
#include <nevfacts/record.hpp>
#include <nevfacts/refusal.hpp>
#include <nevfacts/registry.hpp>
#include <nevfacts/reported.hpp>
#include <nevfacts/rules.hpp>
#include <nevfacts/scale.hpp>
#include <nevfacts/share.hpp>
#include <nevfacts/subject.hpp>
#include <nevfacts/units.hpp>

#endif  // NEVFACTS_CXX20
