// Compile-fail (issue 11): an amount of money below zero is refused with its own reason.
// fix: Give an amount of zero or more.
// expect-error: negative_amount

#include "demo_vocabulary.hpp"

namespace demo {


#ifndef NEVFACTS_CONTROL
inline constexpr auto owed = reported<cny_amount>::within({-5.0, -1.0}, statement::exact);
#else
inline constexpr auto owed = reported<cny_amount>::within({1.0, 5.0}, statement::exact);
#endif
}  // namespace demo
