// Compile-fail (issue 11 review): there is no thirteenth month.
// fix: Name a month from 1 to 12.
// expect-error: month_must_be_1_to_12

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto m = period::month(2023, 13);
#else
inline constexpr auto m = period::month(2023, 12);
#endif
}  // namespace demo
