// Compile-fail (issue 11 review): a forecast and a target are different kinds of claim: they
// neither agree nor disagree.
// fix: Compare a forecast with another forecast, a target with a target, or either with the actual via check_forecast.
// expect-error: a_forecast_and_a_target_cannot_agree_they_are_different_kinds_of_claim

#include "review_facts.hpp"

namespace demo {
inline constexpr auto forecast_2023_b_again =
    claim(wire, "c.forecast_b", freedonia / all_units, deliveries, y23, status::forecast,
          "Deliveries are expected to reach 13 million units.", "13 million units");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_agreement(forecast_2023_b, target_2023)));
#else
static_assert(holds(check_agreement(forecast_2023_b, forecast_2023_b_again)));
#endif
}  // namespace demo
