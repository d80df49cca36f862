// Compile-fail (issue 11): an interval whose lower bound lies above its upper bound is refused as
// such.
// fix: Write the interval lower bound first.
// expect-error: invalid_interval_lower_bound_above_upper

#include "demo_vocabulary.hpp"
#include "../common/nev_kinds.hpp"

namespace demo {


#ifndef NEVFACTS_CONTROL
inline constexpr auto backwards = reported<vehicle_count>::within({3.0, 1.0}, statement::exact);
#else
inline constexpr auto forwards = reported<vehicle_count>::within({1.0, 3.0}, statement::exact);
#endif
}  // namespace demo
