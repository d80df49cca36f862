// Compile-fail (issue 11): a share that the part and the whole refute: 3.1 M of 12.5 M is 24.3 % to
// 25.3 %, not 31.2 %.
// Clang names the ids and both intervals (in call to 'contradiction(...)'), GCC the facts.
// fix: Check the sources: part and whole refute the share.
// expect-error: share_rule_contradicted
// expect-error: (contradiction\(.*a\.premium.*a\.total.*c\.premium_share.*2\.43[0-9]*e\+01, 2\.53[0-9]*e\+01, 3\.11[0-9]*e\+01, 3\.12[0-9]*e\+01|expansion of [^ ]*nevfacts::holds\((nevfacts::)?check_share[^(]*\((demo::)?premium, (demo::)?total, (demo::)?wire_share\))

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

#ifndef NEVFACTS_CONTROL
inline constexpr auto wire_share =
    claim(wire, "c.premium_share", freedonia / premium_units, share_of_units, period::year(2023), status::actual,
          "Premium units took 31.2 percent of all units.",
          "31.2 percent");
#else
inline constexpr auto wire_share =
    claim(wire, "c.premium_share", freedonia / premium_units, share_of_units, period::year(2023), status::actual,
          "Premium units took 24.8 percent of all units.",
          "24.8 percent");
#endif

static_assert(holds(check_share(premium, total, wire_share)));
}  // namespace demo
