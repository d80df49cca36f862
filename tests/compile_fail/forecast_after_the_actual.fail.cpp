// Compile-fail (issue 11): check_forecast takes the forecast first, then the actual.
// fix: Pass the forecast or target first, then the actual.
// expect-error: check_forecast_takes_a_forecast_or_target_then_an_actual

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote_a =
    "Deliveries reached 12.5 million units in 2023, up 8.7 percent. Premium units were 3.1 million units, "
    "24.8 percent of all units, up 2.2 percentage points.";
inline constexpr auto total =
    claim(office, "a.total", freedonia / all_units, deliveries, period::year(2023), status::actual,
          quote_a,
          "12.5 million units");
inline constexpr auto expected =
    claim(wire, "c.forecast", freedonia / all_units, deliveries, period::year(2023), status::forecast,
          "Deliveries will reach about 14 million units in 2023.",
          "about 14 million units");

#ifndef NEVFACTS_CONTROL
static_assert(is_flagged(check_forecast(total, expected)));
#else
static_assert(is_flagged(check_forecast(expected, total)));
#endif
}  // namespace demo
