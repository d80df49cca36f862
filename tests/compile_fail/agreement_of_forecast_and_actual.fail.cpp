// Compile-fail (issue 11): a forecast and an actual do not agree or disagree: check_forecast says by
// how much it missed.
// fix: Use check_forecast(forecast, actual) to see by how much the forecast missed.
// expect-error: forecast_and_actual_cannot_agree_compare_them_with_check_forecast

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

#ifndef NEVFACTS_CONTROL
inline constexpr auto expected =
    claim(wire, "c.forecast", freedonia / all_units, deliveries, period::year(2023), status::forecast,
          "Deliveries will reach about 14 million units in 2023.",
          "about 14 million units");
static_assert(holds(check_agreement(expected, total)));
#else
static_assert(holds(check_agreement(outcome, total)));
#endif
}  // namespace demo
