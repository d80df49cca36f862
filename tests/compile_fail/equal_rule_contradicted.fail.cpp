// Compile-fail (issue 11): two measures of one thing that differ: "five aspects" announced, then a
// list of four.
// fix: Check the sources: the two measures of one thing differ.
// expect-error: equal_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_equal[^(]*\((demo::)?first, (demo::)?second\)|contradiction\(.*a\.place.*c\.place

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr auto first =
    claim(office, "a.place", north / all_units, place, period::year(2023), status::actual,
          "North Province ranks second in the country.",
          "second");

#ifndef NEVFACTS_CONTROL
inline constexpr auto second =
    claim(wire, "c.place", north / all_units, place, period::year(2023), status::actual,
          "North Province came third.",
          "third");
#else
inline constexpr auto second =
    claim(wire, "c.place", north / all_units, place, period::year(2023), status::actual,
          "North Province came second.",
          "second");
#endif

static_assert(holds(check_equal(first, second)));
}  // namespace demo
