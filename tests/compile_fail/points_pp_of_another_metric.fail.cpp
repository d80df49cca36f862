// Compile-fail (issue 11 review): percentage points of another share do not change this one.
// fix: Pass the percentage points of the share itself (a metric made with change_of(that share)).
// expect-error: change_is_of_another_metric_than_the_level_it_is_applied_to

#include "review_facts.hpp"

namespace demo {
inline constexpr metric<percentage_points> margin_change{"margin_change", "change of the share of exports",
                                                         change_of(share_of_exports)};
inline constexpr auto p2 = claim(wire, "c.pp", freedonia / premium_units, margin_change, y23, status::actual,
                                 "The share was up 2.2 percentage points.", "2.2 percentage points");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_points(premium_share, share_2022, p2)));
#else
static_assert(holds(check_points(premium_share, share_2022, pp)));
#endif
}  // namespace demo
