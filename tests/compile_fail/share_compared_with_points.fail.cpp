// Compile-fail (issue 11): a share is a level and points a change: comparing them is refused in words.
// fix: Compare a share with a share, points with points.
// expect-error: a share \(a level\) cannot be compared with percentage points

#include "demo_vocabulary.hpp"

namespace demo {


#ifndef NEVFACTS_CONTROL
inline constexpr bool less = percent(5) < points(6);
#else
inline constexpr bool less = percent(5) < percent(6);
#endif
}  // namespace demo
