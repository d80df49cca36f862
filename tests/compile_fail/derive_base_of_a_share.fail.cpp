// Compile-fail (issue 11 review): derive_base grows a share by a per cent.
// fix: Derive an earlier share with derive_earlier_share(id, share_now, pp).
// expect-error: a share does not grow by a per cent: shares change by percentage points

#include "review_facts.hpp"

namespace demo {
inline constexpr auto g = claim(wire, "c.pg", freedonia / premium_units, deliveries_growth, y23, status::actual,
                                "Premium deliveries were up 9.7 percent.", "up 9.7 percent");

#ifndef NEVFACTS_CONTROL
inline constexpr auto b = derive_base("d.b", premium_share, g);
#else
inline constexpr auto b = derive_earlier_share("d.b", premium_share, pp);
#endif
}  // namespace demo
