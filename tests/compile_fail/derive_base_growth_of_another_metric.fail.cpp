// Compile-fail (issue 11 review): derive_base with a growth of another metric.
// fix: Derive the base from the growth of the value's own metric.
// expect-error: change_is_of_another_metric_than_the_level_it_is_applied_to

#include "review_facts.hpp"

namespace demo {
inline constexpr auto eg = claim(wire, "c.eg", freedonia / all_units, exports_growth, y23, status::actual,
                                 "Exports were up 8.7 percent.", "up 8.7 percent");

#ifndef NEVFACTS_CONTROL
inline constexpr auto b = derive_base("d.b", total, eg);
#else
inline constexpr auto b = derive_base("d.b", total, growth8);
#endif
}  // namespace demo
