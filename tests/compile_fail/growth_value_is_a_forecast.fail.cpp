// Compile-fail (issue 11 review): a forecast is not borne out by an actual base and an actual growth.
// The value must have the status of the less certain of base and growth.
// fix: Compare the forecast with the actual figure using check_forecast(forecast, actual).
// expect-error: growth_value_must_have_the_status_of_its_base_and_growth

#include "review_facts.hpp"

namespace demo {
inline constexpr auto f = claim(wire, "c.f", freedonia / all_units, deliveries, y23, status::forecast,
                                "Deliveries will be about 12.5 million units.", "about 12.5 million units");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_growth(f, growth8, total_2022)));
#else
static_assert(holds(check_growth(total, growth8, total_2022)));
#endif
}  // namespace demo
