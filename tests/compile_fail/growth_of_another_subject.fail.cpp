// Compile-fail (issue 11): North Province's growth is not the country's.
// fix: Pass the growth of the value's own subject.
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
inline constexpr auto growth8 =
    claim(office, "a.growth", freedonia / all_units, deliveries_growth, period::year(2023), status::actual,
          quote_a,
          "up 8.7 percent");
inline constexpr auto north_growth =
    claim(wire, "c.north_growth", north / all_units, deliveries_growth, period::year(2023), status::actual,
          "North Province deliveries were up 8.7 percent.",
          "up 8.7 percent");
inline constexpr auto base =
    claim(wire, "c.total_2022", freedonia / all_units, deliveries, period::year(2022), status::actual,
          "Deliveries were 11.5 million units in 2022.",
          "11.5 million units");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_growth(total, north_growth, base)));
#else
static_assert(holds(check_growth(total, growth8, base)));
#endif
}  // namespace demo
