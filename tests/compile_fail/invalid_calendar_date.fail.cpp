// Compile-fail: February 30th.
// fix: Name a day that exists.
// expect-error: invalid_calendar_date

#include <nevfacts/period.hpp>

constexpr nevfacts::period leap_day = nevfacts::period::day(2024, 2, 29);
static_assert(leap_day.length_in_days() == 1);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::period nonsense = nevfacts::period::day(2023, 2, 30);
#endif

int main() {}
