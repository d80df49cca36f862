// Compile-fail (issue 11 review): percentage points whose metric names no share are not applied to a share.
// fix: Make the points metric with change_of(the share metric) so the rule can tell what it changes.
// expect-error: change_metric_names_no_level_name_it_with_change_of

#include "review_facts.hpp"

namespace demo {
inline constexpr metric<percentage_points> some_change{"some_change", "change of something"};
inline constexpr auto p3 = claim(wire, "c.pp", freedonia / premium_units, some_change, y23, status::actual,
                                 "The share was up 2.2 percentage points.", "2.2 percentage points");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_points(premium_share, share_2022, p3)));
#else
static_assert(holds(check_points(premium_share, share_2022, pp)));
#endif
}  // namespace demo
