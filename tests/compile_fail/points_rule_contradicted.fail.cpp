// Compile-fail (issue 11): a change of a share in points that the two shares refute: 24.8 % after 22.6
// % is +2.2 pp, not -1.5 pp.
// fix: Check the sources: the two shares refute the change in points.
// expect-error: points_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_points[^(]*\((demo::)?premium_share, (demo::)?share_2022, (demo::)?pp\)|contradiction\(.*a\.premium_share

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote_a =
    "Deliveries reached 12.5 million units in 2023, up 8.7 percent. Premium units were 3.1 million units, "
    "24.8 percent of all units, up 2.2 percentage points.";
inline constexpr auto premium_share =
    claim(office, "a.premium_share", freedonia / premium_units, share_of_units, period::year(2023), status::actual,
          quote_a,
          "24.8 percent");
inline constexpr auto share_2022 =
    claim(wire, "c.premium_share_2022", freedonia / premium_units, share_of_units, period::year(2022), status::actual,
          "Premium units held 22.6 percent in 2022.",
          "22.6 percent");

#ifndef NEVFACTS_CONTROL
inline constexpr auto pp =
    claim(wire, "c.premium_pp", freedonia / premium_units, share_change, period::year(2023), status::actual,
          "The premium share saw a decrease of 1.5 percentage points.",
          "a decrease of 1.5 percentage points");
#else
inline constexpr auto pp =
    claim(wire, "c.premium_pp", freedonia / premium_units, share_change, period::year(2023), status::actual,
          "The premium share rose 2.2 percentage points.",
          "2.2 percentage points");
#endif

static_assert(holds(check_points(premium_share, share_2022, pp)));
}  // namespace demo
