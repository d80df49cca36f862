// Compile-fail (issue 11): two actual figures are not a forecast and its outcome.
// fix: Compare two actuals with check_agreement; check_forecast takes a forecast and an actual.
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
inline constexpr auto outcome =
    claim(wire, "c.total", freedonia / all_units, deliveries, period::year(2023), status::actual,
          "Deliveries were about 12.5 million units.",
          "about 12.5 million units");
inline constexpr auto expected =
    claim(wire, "c.forecast", freedonia / all_units, deliveries, period::year(2023), status::target,
          "Deliveries are to reach about 12.5 million units in 2023.",
          "about 12.5 million units");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_forecast(outcome, total)));
#else
static_assert(holds(check_forecast(expected, total)));
#endif
}  // namespace demo
