// Compile-fail (issue 11): the growth of 2020 does not take 2023's figure back to 2022.
// fix: Derive the base from the growth of the value's own year.
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
inline constexpr auto growth_2020 =
    claim(wire, "c.growth_2020", freedonia / all_units, deliveries_growth, period::year(2020), status::actual,
          "In 2020 deliveries grew 2.5 percent.",
          "grew 2.5 percent");

#ifndef NEVFACTS_CONTROL
inline constexpr auto base = derive_base("d.base", total, growth_2020);
#else
inline constexpr auto base = derive_base("d.base", total, growth8);
#endif
}  // namespace demo
