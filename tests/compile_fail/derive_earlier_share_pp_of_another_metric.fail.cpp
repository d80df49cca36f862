// Compile-fail (issue 11 review): derive_earlier_share with the points of another share.
// fix: Pass the percentage points of the share itself.
// expect-error: change_is_of_another_metric_than_the_level_it_is_applied_to

#include "review_facts.hpp"

namespace demo {
inline constexpr metric<percentage_points> margin_change{"margin_change", "change of the share of exports",
                                                         change_of(share_of_exports)};
inline constexpr auto p2 = claim(wire, "c.pp", freedonia / premium_units, margin_change, y23, status::actual,
                                 "The share was up 2.2 percentage points.", "2.2 percentage points");

#ifndef NEVFACTS_CONTROL
inline constexpr auto b = derive_earlier_share("d.b", premium_share, p2);
#else
inline constexpr auto b = derive_earlier_share("d.b", premium_share, pp);
#endif
}  // namespace demo
