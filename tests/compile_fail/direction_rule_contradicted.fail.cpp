// Compile-fail (issue 11): a claim of fact ("continued to decline") that the figure refutes (up 8.7
// %).
// fix: Check the source: the direction it states is refuted by the figure.
// expect-error: direction_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_direction[^(]*\((demo::)?said, (demo::)?growth8\)|contradiction\(.*c\.trend.*a\.growth

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote_a =
    "Deliveries reached 12.5 million units in 2023, up 8.7 percent. Premium units were 3.1 million units, "
    "24.8 percent of all units, up 2.2 percentage points.";
inline constexpr auto growth8 =
    claim(office, "a.growth", freedonia / all_units, deliveries_growth, period::year(2023), status::actual,
          quote_a,
          "up 8.7 percent");

#ifndef NEVFACTS_CONTROL
inline constexpr auto said =
    claim(wire, "c.trend", freedonia / all_units, trend, period::year(2023), status::actual,
          "Deliveries continued to decline.",
          "continued to decline");
#else
inline constexpr auto said =
    claim(wire, "c.trend", freedonia / all_units, trend, period::year(2023), status::actual,
          "Deliveries continue to rise.",
          "continue to rise");
#endif

static_assert(holds(check_direction(said, growth8)));
}  // namespace demo
