// Compile-fail (issue 11 review): a share minus a growth: a share changes by points.
// fix: Subtract percentage points from a share: share - points(2.2).
// expect-error: a share and a growth are different kinds

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto x = percent(30) - growth_percent(5);
#else
inline constexpr auto x = percent(30) - points(5);
#endif
}  // namespace demo
