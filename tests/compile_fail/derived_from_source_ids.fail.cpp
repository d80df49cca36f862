// Compile-fail (issue 11 review): a derived fact names its sources by id: a derived source would pass for a claim.
// fix: Name the sources as facts: sources(base, growth8).
// expect-error: names its sources as facts, sources

#include "review_facts.hpp"
#include "../common/nev_kinds.hpp"

namespace demo {
inline constexpr auto base = derive_base("d.base", total, growth8);

#ifndef NEVFACTS_CONTROL
inline constexpr auto again = derived<vehicle_count>("d.again", freedonia / all_units, deliveries, y23,
                                                     base.value * (1.0 + growth8.value / 100.0), "growth",
                                                     source_ids{"d.base", "a.growth"});
#else
inline constexpr auto again = derived<vehicle_count>("d.again", freedonia / all_units, deliveries, y23,
                                                     base.value * (1.0 + growth8.value / 100.0), "growth",
                                                     sources(base, growth8));
#endif
}  // namespace demo
