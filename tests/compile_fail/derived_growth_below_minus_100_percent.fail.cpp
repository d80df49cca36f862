// Compile-fail (issue 11): a derived growth below -100 % is refused as such, not as an empty interval.
// fix: Check the figures the growth is derived from: no growth is -100 % or less.
// expect-error: growth_of_minus_100_percent_or_less

#include "demo_vocabulary.hpp"

namespace demo {


#ifndef NEVFACTS_CONTROL
inline constexpr auto fall = reported<growth>::within({-150.0, -120.0}, statement::exact);
#else
inline constexpr auto fall = reported<growth>::within({-50.0, -20.0}, statement::exact);
#endif
}  // namespace demo
