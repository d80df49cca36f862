// Compile-fail (issue 11 review): check_plausible_growth of two growth rates (a ratio of two percentages).
// fix: Pass two levels of one series (sales in two years), not their growth rates.
// expect-error: takes two levels of one series

#include "review_facts.hpp"

namespace demo {
inline constexpr auto g22 = claim(wire, "c.g22", freedonia / all_units, deliveries_growth, y22, status::actual,
                                  "Deliveries grew 8 percent in 2022.", "grew 8 percent");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_plausible_growth(g22, growth8, {-20.0, 30.0})));
#else
static_assert(holds(check_plausible_growth(total_2022, total, {-20.0, 30.0})));
#endif
}  // namespace demo
