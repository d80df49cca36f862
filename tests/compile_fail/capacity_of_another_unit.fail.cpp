// Compile-fail (issue 11): a capacity must be the output's unit per year; a count of vehicles is not a
// rate.
// fix: Pass a capacity in the output's unit per year (vehicles per year for vehicles).
// expect-error: check_within_capacity\(output, capacity\) needs a capacity in the output's unit per year

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote_a =
    "Deliveries reached 12.5 million units in 2023, up 8.7 percent. Premium units were 3.1 million units, "
    "24.8 percent of all units, up 2.2 percentage points.";
inline constexpr auto total =
    claim(office, "a.total", freedonia / all_units, deliveries, period::year(2023), status::actual,
          quote_a,
          "12.5 million units");
inline constexpr auto plants =
    claim(wire, "c.capacity", freedonia / all_units, capacity, period::year(2023), status::actual,
          "Capacity stands at 15 million units a year.",
          "15 million units");
inline constexpr auto other =
    claim(wire, "c.total", freedonia / all_units, deliveries, period::year(2023), status::actual,
          "Deliveries were 15 million units.",
          "15 million units");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_within_capacity(total, other)));
#else
static_assert(holds(check_within_capacity(total, plants)));
#endif
}  // namespace demo
