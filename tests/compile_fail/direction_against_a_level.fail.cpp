// Compile-fail (issue 11): a direction is held against a change (growth or points), not against a
// level.
// fix: Hold a direction against a growth or a change in points, not a level.
// expect-error: check_direction\(direction, change\) holds a direction against a change

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote_a =
    "Deliveries reached 12.5 million units in 2023, up 8.7 percent. Premium units were 3.1 million units, "
    "24.8 percent of all units, up 2.2 percentage points.";
inline constexpr auto total =
    claim(office, "a.total", freedonia / all_units, deliveries, period::year(2023), status::actual,
          quote_a,
          "12.5 million units");
inline constexpr auto growth8 =
    claim(office, "a.growth", freedonia / all_units, deliveries_growth, period::year(2023), status::actual,
          quote_a,
          "up 8.7 percent");
inline constexpr auto said =
    claim(office, "a.trend", freedonia / all_units, trend, period::year(2023), status::actual,
          "Deliveries continue to rise.",
          "continue to rise");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_direction(said, total)));
#else
static_assert(holds(check_direction(said, growth8)));
#endif
}  // namespace demo
