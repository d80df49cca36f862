// Compile-fail (issue 11): the share of 2022 is not the share of the 2023 part and whole.
// fix: Pass the share of the part's and whole's period.
// expect-error: facts_about_different_scopes_cannot_be_compared

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
inline constexpr auto premium_share =
    claim(office, "a.premium_share", freedonia / premium_units, share_of_units, period::year(2023), status::actual,
          quote_a,
          "24.8 percent");
inline constexpr auto share_2022 =
    claim(wire, "c.share_2022", freedonia / premium_units, share_of_units, period::year(2022), status::actual,
          "Premium units held 22.6 percent in 2022.",
          "22.6 percent");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_share(premium, total, share_2022)));
#else
static_assert(holds(check_share(premium, total, premium_share)));
#endif
}  // namespace demo
