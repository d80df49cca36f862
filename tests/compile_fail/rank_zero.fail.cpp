// Compile-fail (issue 11): a rank of 0 is below first place, and said so.
// fix: Give a rank of 1 or more.
// expect-error: rank_below_first_place

#include "demo_vocabulary.hpp"

namespace demo {


#ifndef NEVFACTS_CONTROL
inline constexpr auto zeroth = reported<rank>::within({0.0, 0.0}, statement::exact);
#else
inline constexpr auto first = reported<rank>::within({1.0, 1.0}, statement::exact);
#endif
}  // namespace demo
