// Compile-fail (issue 11 review): a rate derived from a forecast in yuan and an actual in dollars means nothing.
// fix: Derive the rate from two actuals (or two forecasts) of one subject and period.
// expect-error: derivation_mixes_an_actual_with_a_forecast_or_target

#include "review_facts.hpp"

namespace demo {
inline constexpr auto fy = claim(wire, "c.fy", freedonia / all_units, revenue_cny, y23, status::forecast,
                                 "Revenue will be 231.84 billion yuan.", "231.84 billion yuan");

#ifndef NEVFACTS_CONTROL
inline constexpr auto r = derive_rate("d.r", fy, dollars, rate_metric);
#else
inline constexpr auto r = derive_rate("d.r", yuan, dollars, rate_metric);
#endif
}  // namespace demo
