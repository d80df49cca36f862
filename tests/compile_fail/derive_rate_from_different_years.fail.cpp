// Compile-fail (issue 11): yuan of 2023 over dollars of 2022 is no exchange rate.
// fix: Derive the rate from yuan and dollars of one period.
// expect-error: facts_about_different_scopes_cannot_be_compared

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr auto yuan =
    claim(office, "a.revenue_cny", freedonia / all_units, revenue_cny, period::year(2023), status::actual,
          "Revenue was 231.84 billion yuan in 2023.",
          "231.84 billion yuan");
inline constexpr auto dollars_2023 =
    claim(office, "a.revenue_usd", freedonia / all_units, revenue_usd, period::year(2023), status::actual,
          "Revenue was US$31.91 billion in 2023.",
          "US$31.91 billion");
inline constexpr auto dollars_2022 =
    claim(wire, "c.revenue_usd", freedonia / all_units, revenue_usd, period::year(2022), status::actual,
          "Revenue was US$30.1 billion in 2022.",
          "US$30.1 billion");

#ifndef NEVFACTS_CONTROL
inline constexpr auto rate = derive_rate("d.rate", yuan, dollars_2022, rate_metric);
#else
inline constexpr auto rate = derive_rate("d.rate", yuan, dollars_2023, rate_metric);
#endif
}  // namespace demo
