// Compile-fail (issue 11): check_weekday tests scope: the day another subject names is not this
// event's.
// fix: Hold the weekday against a day the same subject names.
// expect-error: facts_about_different_scopes_cannot_be_compared

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr auto window = period::days(period::ymd(2023, 8, 3), period::ymd(2023, 8, 9));
inline constexpr auto named =
    claim(wire, "c.weekday", north / all_units, opening_weekday, window, status::actual,
          "The plant opened on Wednesday.",
          "Wednesday");
inline constexpr auto day_north =
    claim(wire, "c.day", north / all_units, opening_day, period::day(2023, 8, 9), status::actual,
          "It opened on Aug. 9, 2023.",
          "Aug. 9, 2023");
inline constexpr auto day_country =
    claim(office, "a.day", freedonia / all_units, opening_day, period::day(2023, 8, 9), status::actual,
          "The office opened on Aug. 9, 2023.",
          "Aug. 9, 2023");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_weekday(named, day_country)));
#else
static_assert(holds(check_weekday(named, day_north)));
#endif
}  // namespace demo
