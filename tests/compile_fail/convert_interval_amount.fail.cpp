// Compile-fail (issue 11 review): convert() converts a number amount, not an interval (a fact's typed_value()).
// fix: Convert each bound (dollars.value.lo, .hi) or derive the rate from two facts with derive_rate.
// expect-error: not an interval

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto x = convert(dollars_2022.typed_value(), cny_per_usd{7.05, y23});
#else
inline constexpr auto x = convert(dollars_2022.value.lo * units::us_dollars, cny_per_usd{7.05, y22});
#endif
}  // namespace demo
