// Compile-fail (issue 11 review): compound() takes two growths, not a growth and a multiple.
// fix: Make the multiple a growth first: growth::from_factor(1.6).
// expect-error: compound\(\) takes two growths

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto x = compound(growth_percent(5), times_as_many(1.6));
#else
inline constexpr auto x = compound(growth_percent(5), growth::from_factor(1.6));
#endif
}  // namespace demo
