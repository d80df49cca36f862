// Compile-fail (issue 11): an exchange rate of zero or less converts nothing into anything.
// fix: Give an exchange rate above zero.
// expect-error: exchange_rate_must_be_positive

#include "demo_vocabulary.hpp"

namespace demo {


#ifndef NEVFACTS_CONTROL
inline constexpr cny_per_usd rate{-7.05, period::year(2023)};
#else
inline constexpr cny_per_usd rate{7.05, period::year(2023)};
#endif
}  // namespace demo
