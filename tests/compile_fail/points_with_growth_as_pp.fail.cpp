// Compile-fail (issue 11 review): check_points takes percentage points third, not a growth.
// fix: Pass the change of the share in percentage points third.
// expect-error: takes two shares, then percentage points

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_points(premium_share, share_2022, growth8)));
#else
static_assert(holds(check_points(premium_share, share_2022, pp)));
#endif
}  // namespace demo
