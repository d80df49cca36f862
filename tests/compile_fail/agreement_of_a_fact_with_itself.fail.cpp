// Compile-fail (issue 11): a fact held against itself rests on one claim on both sides.
// fix: Hold the fact against another source's figure of the same key.
// expect-error: check_cannot_fail_both_sides_rest_on_the_same_claims
// expect-error: (refuse_check_that_cannot_fail\(.*agreement.*a\.total.*a\.total|expansion of [^ ]*nevfacts::check_agreement.*\((demo::)?total, (demo::)?total\))

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote_a =
    "Deliveries reached 12.5 million units in 2023, up 8.7 percent. Premium units were 3.1 million units, "
    "24.8 percent of all units, up 2.2 percentage points.";
inline constexpr auto total =
    claim(office, "a.total", freedonia / all_units, deliveries, period::year(2023), status::actual,
          quote_a,
          "12.5 million units");
inline constexpr auto wire_total =
    claim(wire, "c.total", freedonia / all_units, deliveries, period::year(2023), status::actual,
          "Deliveries were about 12.5 million units.",
          "about 12.5 million units");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_agreement(total, total)));
#else
static_assert(holds(check_agreement(total, wire_total)));
#endif
}  // namespace demo
