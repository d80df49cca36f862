// Compile-fail (issue 11 review): a growth in per cent and percentage points do not compare.
// fix: Compare a growth with a growth, or points with points.
// expect-error: do not compare

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr bool x = growth_percent(5) < points(2);
#else
inline constexpr bool x = growth_percent(5) < growth_percent(6);
#endif
}  // namespace demo
