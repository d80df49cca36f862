// Compile-fail (issue 11 review): a share and a growth are different kinds.
// fix: Compare a share with a share; change a share by percentage points.
// expect-error: a share and a growth are different kinds

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr bool x = percent(5) == growth_percent(5);
#else
inline constexpr bool x = percent(5) == percent(5);
#endif
}  // namespace demo
