// Compile-fail (issue 11): check_equal tests scope: second place in 2022 and in 2023 are two facts.
// fix: Hold two measures of one subject and one period against each other.
// expect-error: facts_about_different_scopes_cannot_be_compared

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr auto place_2023 =
    claim(office, "a.place", north / all_units, place, period::year(2023), status::actual,
          "North Province ranks second.",
          "second");
inline constexpr auto place_2022 =
    claim(wire, "c.place_2022", north / all_units, place, period::year(2022), status::actual,
          "North Province came second in 2022.",
          "second");
inline constexpr auto place_2023_wire =
    claim(wire, "c.place", north / all_units, place, period::year(2023), status::actual,
          "North Province came second.",
          "second");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_equal(place_2023, place_2022)));
#else
static_assert(holds(check_equal(place_2023, place_2023_wire)));
#endif
}  // namespace demo
