// Compile-fail (issue 11): "on Wednesday" in the week to Aug. 9, 2023 is Aug. 9; the text names Aug.
// 8.
// fix: Check the source: the weekday does not fall on the day it names.
// expect-error: weekday_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_weekday[^(]*\((demo::)?named, (demo::)?day\)|contradiction\(.*c\.weekday.*c\.day

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr auto window = period::days(period::ymd(2023, 8, 3), period::ymd(2023, 8, 9));
inline constexpr auto named =
    claim(wire, "c.weekday", north / all_units, opening_weekday, window, status::actual,
          "The plant opened on Wednesday.",
          "Wednesday");

#ifndef NEVFACTS_CONTROL
inline constexpr auto day =
    claim(wire, "c.day", north / all_units, opening_day, period::day(2023, 8, 8), status::actual,
          "The ceremony was held on Aug. 8, 2023.",
          "Aug. 8, 2023");
#else
inline constexpr auto day =
    claim(wire, "c.day", north / all_units, opening_day, period::day(2023, 8, 9), status::actual,
          "The ceremony was held on Aug. 9, 2023.",
          "Aug. 9, 2023");
#endif

static_assert(holds(check_weekday(named, day)));
}  // namespace demo
