// Compile-fail (issue 11 review): vehicles * companies counts nothing.
// fix: Multiply a count by a number, a share or a multiple.
// expect-error: a count times a count of another thing \(vehicles \* companies\) counts nothing

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto x = (3.0 * units::vehicles) * (5.0 * units::companies);
#else
inline constexpr auto x = (3.0 * units::vehicles) * 5.0;
#endif
}  // namespace demo
