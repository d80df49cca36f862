// Compile-fail (issue 11): a translation whose implied rate (7.9 yuan per dollar) lies outside the
// band the caller assumes.
// fix: Check the translation or widen the band to the rates of that period.
// expect-error: exchange_rate_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_exchange_rate[^(]*\((demo::)?yuan, (demo::)?dollars, |contradiction\(.*a\.revenue_cny.*a\.revenue_usd

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr real_interval band{6.8, 7.4};
inline constexpr auto yuan =
    claim(office, "a.revenue_cny", freedonia / all_units, revenue_cny, period::year(2023), status::actual,
          "Revenue was 231.84 billion yuan (US$29.3 billion).",
          "231.84 billion yuan");

#ifndef NEVFACTS_CONTROL
inline constexpr auto dollars =
    claim(office, "a.revenue_usd", freedonia / all_units, revenue_usd, period::year(2023), status::actual,
          "Revenue was 231.84 billion yuan (US$29.3 billion).",
          "US$29.3 billion");
#else
inline constexpr auto dollars =
    claim(office, "a.revenue_usd", freedonia / all_units, revenue_usd, period::year(2023), status::actual,
          "Revenue was 231.84 billion yuan (US$31.91 billion).",
          "US$31.91 billion");
#endif

static_assert(holds(check_exchange_rate(yuan, dollars, band)));
}  // namespace demo
