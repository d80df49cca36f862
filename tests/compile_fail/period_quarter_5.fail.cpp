// Compile-fail (issue 11 review): there is no fifth quarter.
// fix: Name a quarter from 1 to 4.
// expect-error: quarter_must_be_1_to_4

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto q = period::quarter(2023, 5);
#else
inline constexpr auto q = period::quarter(2023, 4);
#endif
}  // namespace demo
