// Compile-fail (issue 11): the base was derived from the value and the growth; holding the value
// against it cannot fail.
// The message names the derived fact.
// fix: Hold the value against a base stated by a source, not one derived from the value.
// expect-error: check_cannot_fail_both_sides_rest_on_the_same_claims
// expect-error: (refuse_check_that_cannot_fail\(.*growth.*d\.base_2022|expansion of [^ ]*nevfacts::check_growth.*\((demo::)?total, (demo::)?growth8, (demo::)?derived_base\))

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
inline constexpr auto derived_base = derive_base("d.base_2022", total, growth8);
inline constexpr auto stated_base =
    claim(wire, "c.total_2022", freedonia / all_units, deliveries, period::year(2022), status::actual,
          "Deliveries were 11.5 million units in 2022.",
          "11.5 million units");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_growth(total, growth8, derived_base)));
#else
static_assert(holds(check_growth(total, growth8, stated_base)));
#endif
}  // namespace demo
