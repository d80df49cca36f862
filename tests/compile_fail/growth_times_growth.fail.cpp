// Compile-fail (issue 11 review): growth * growth is meaningless: growth rates compound.
// fix: Compound two growths with compound(a, b).
// expect-error: growth \* growth is meaningless

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto x = growth_percent(5) * growth_percent(6);
#else
inline constexpr auto x = compound(growth_percent(5), growth_percent(6));
#endif
}  // namespace demo
