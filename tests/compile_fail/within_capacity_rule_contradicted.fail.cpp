// Compile-fail (issue 11): an output above what the plants can make in the year: 12.5 million units
// from 9.6 million a year.
// fix: Check the sources: the output is above what the capacity allows.
// expect-error: within_capacity_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_within_capacity[^(]*\((demo::)?total, (demo::)?plants\)|contradiction\(.*a\.total.*c\.capacity

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
inline constexpr auto plants =
    claim(wire, "c.capacity", freedonia / all_units, capacity, period::year(2023), status::actual,
          "Capacity is 9.6 million units a year.",
          "9.6 million units");
#else
inline constexpr auto plants =
    claim(wire, "c.capacity", freedonia / all_units, capacity, period::year(2023), status::actual,
          "Capacity is 15 million units a year.",
          "15 million units");
#endif

static_assert(holds(check_within_capacity(total, plants)));
}  // namespace demo
