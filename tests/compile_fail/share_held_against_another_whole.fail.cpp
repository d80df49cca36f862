// Compile-fail (issue 11): a share of premium units held against the total of all units as its whole.
// fix: Hold the share against the whole it names (whole_of in its metric).
// expect-error: share_is_of_another_whole_than_the_fact_used_as_its_whole

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote_a =
    "Deliveries reached 12.5 million units in 2023, up 8.7 percent. Premium units were 3.1 million units, "
    "24.8 percent of all units, up 2.2 percentage points.";
inline constexpr auto total =
    claim(office, "a.total", freedonia / all_units, deliveries, period::year(2023), status::actual,
          quote_a,
          "12.5 million units");
inline constexpr auto premium =
    claim(office, "a.premium", freedonia / premium_units, deliveries, period::year(2023), status::actual,
          quote_a,
          "3.1 million units");
inline constexpr auto electric =
    claim(office, "a.electric", freedonia / premium_units, deliveries, period::year(2023), status::actual,
          "1.24 million units, 40 percent of premium units",
          "1.24 million units");
inline constexpr auto of_premium =
    claim(office, "a.of_premium", freedonia / premium_units, share_of_premium, period::year(2023), status::actual,
          "1.24 million units, 40 percent of premium units",
          "40 percent");
inline constexpr auto premium_share =
    claim(office, "a.premium_share", freedonia / premium_units, share_of_units, period::year(2023), status::actual,
          quote_a,
          "24.8 percent");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_share(premium, total, of_premium)));
#else
static_assert(holds(check_share(premium, total, premium_share)));
#endif
}  // namespace demo
