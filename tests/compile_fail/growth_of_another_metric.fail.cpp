// Compile-fail (issue 11 review): a growth of exports says nothing about deliveries.
// fix: Pass the growth of the value's own metric (a growth metric made with change_of(that metric)).
// expect-error: change_is_of_another_metric_than_the_level_it_is_applied_to

#include "review_facts.hpp"

namespace demo {
inline constexpr auto eg = claim(wire, "c.eg", freedonia / all_units, exports_growth, y23, status::actual,
                                 "Exports were up 8.7 percent.", "up 8.7 percent");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_growth(total, eg, total_2022)));
#else
static_assert(holds(check_growth(total, growth8, total_2022)));
#endif
}  // namespace demo
