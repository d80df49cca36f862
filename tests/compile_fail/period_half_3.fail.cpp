// Compile-fail (issue 11 review): there is no third half.
// fix: Name a half 1 or 2.
// expect-error: half_must_be_1_or_2

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto h = period::half(2023, 3);
#else
inline constexpr auto h = period::half(2023, 2);
#endif
}  // namespace demo
