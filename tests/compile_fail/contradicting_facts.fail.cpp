// Compile-fail: two documents give one series and period values that cannot both be true;
// static_assert(holds(check_agreement(a, b))) stops the build naming the rule and the facts.
// fix: Check the sources: correct the encoding, or keep the two figures out of one check.
// expect-error: agreement_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_agreement[^(]*\((demo::)?deliveries_office, (demo::)?deliveries_wire\)

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr auto deliveries_office =
    claim(office, "a.deliveries.2023", freedonia / all_units, deliveries, period::year(2023), status::actual,
          "Deliveries reached 12.5 million units in 2023.", "12.5 million units");  // [12.45, 12.55] million

#ifndef NEVFACTS_CONTROL
inline constexpr auto deliveries_wire =
    claim(wire, "c.deliveries.2023", freedonia / all_units, deliveries, period::year(2023), status::actual,
          "Deliveries were 11.9 million units in 2023.", "11.9 million units");    // [11.85, 11.95] million
#else
inline constexpr auto deliveries_wire =
    claim(wire, "c.deliveries.2023", freedonia / all_units, deliveries, period::year(2023), status::actual,
          "Deliveries were about 12.5 million units in 2023.", "about 12.5 million units");
#endif

static_assert(holds(check_agreement(deliveries_office, deliveries_wire)));
}  // namespace demo
