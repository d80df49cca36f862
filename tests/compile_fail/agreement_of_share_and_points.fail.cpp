// Compile-fail (issue 11): a share and percentage points are two kinds: no rule holds one against the
// other.
// fix: Hold a share against a share, or a change in points against points.
// expect-error: this rule compares two figures of one kind

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote_a =
    "Deliveries reached 12.5 million units in 2023, up 8.7 percent. Premium units were 3.1 million units, "
    "24.8 percent of all units, up 2.2 percentage points.";
inline constexpr auto premium_share =
    claim(office, "a.premium_share", freedonia / premium_units, share_of_units, period::year(2023), status::actual,
          quote_a,
          "24.8 percent");
inline constexpr auto premium_pp =
    claim(office, "a.premium_pp", freedonia / premium_units, share_change, period::year(2023), status::actual,
          quote_a,
          "up 2.2 percentage points");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_agreement(premium_share, premium_pp)));
#else
static_assert(premium_share.is_kind<share>() && premium_pp.is_kind<percentage_points>());
#endif
}  // namespace demo
