// Compile-fail (issue 11 review): check_share takes a share third, not percentage points.
// fix: Pass the share (24.8 percent) third; points go to check_points.
// expect-error: takes a share third

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_share(premium, total, pp)));
#else
static_assert(holds(check_share(premium, total, premium_share)));
#endif
}  // namespace demo
