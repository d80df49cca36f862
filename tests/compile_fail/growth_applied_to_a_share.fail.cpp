// Compile-fail (issue 11 review): a share does not grow by a per cent: it changes by points.
// fix: Check a change of a share with check_points(share_now, share_before, pp).
// expect-error: a share does not grow by a per cent: shares change by percentage points

#include "review_facts.hpp"

namespace demo {
inline constexpr auto g = claim(wire, "c.pg", freedonia / premium_units, deliveries_growth, y23, status::actual,
                                "Premium deliveries were up 9.7 percent.", "up 9.7 percent");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_growth(premium_share, g, share_2022)));
#else
static_assert(holds(check_points(premium_share, share_2022, pp)));
#endif
}  // namespace demo
