// Compile-fail (issue 11): a whole derived from the part by a share of at most 100 % is never below
// the part.
// fix: Bound the part by a whole a source states, not one derived from the part.
// expect-error: check_cannot_fail_both_sides_rest_on_the_same_claims
// expect-error: (refuse_check_that_cannot_fail\(.*part_of_whole.*d\.whole|expansion of [^ ]*nevfacts::check_part_of_whole.*\((demo::)?premium, (demo::)?derived_whole\))

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
inline constexpr auto derived_whole = derive_whole("d.whole", premium, premium_share, freedonia / all_units);

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_part_of_whole(premium, derived_whole)));
#else
static_assert(holds(check_part_of_whole(premium, total)));
#endif
}  // namespace demo
