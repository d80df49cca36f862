// Compile-fail (issue 11): a part larger than its whole: premium units 13.2 million of 12.5 million in
// all.
// fix: Check the sources: the part is larger than its whole.
// expect-error: part_of_whole_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_part_of_whole[^(]*\((demo::)?part, (demo::)?total\)|contradiction\(.*c\.premium.*a\.total

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote_a =
    "Deliveries reached 12.5 million units in 2023, up 8.7 percent. Premium units were 3.1 million units, "
    "24.8 percent of all units, up 2.2 percentage points.";
inline constexpr auto total =
    claim(office, "a.total", freedonia / all_units, deliveries, period::year(2023), status::actual,
          quote_a,
          "12.5 million units");

#ifndef NEVFACTS_CONTROL
inline constexpr auto part =
    claim(wire, "c.premium", freedonia / premium_units, deliveries, period::year(2023), status::actual,
          "Premium deliveries were 13.2 million units.",
          "13.2 million units");
#else
inline constexpr auto part =
    claim(wire, "c.premium", freedonia / premium_units, deliveries, period::year(2023), status::actual,
          "Premium deliveries were 3.2 million units.",
          "3.2 million units");
#endif

static_assert(holds(check_part_of_whole(part, total)));
}  // namespace demo
