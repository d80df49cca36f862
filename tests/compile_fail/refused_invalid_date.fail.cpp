// Compile-fail: a day number no month has does not wrap around.
// fix: Quote a calendar date (month name, day, four-digit year) that exists.
// expect-error: phrase_refused_invalid_date

#include <nevfacts/reported.hpp>

constexpr nevfacts::reported<nevfacts::calendar_day> good{"Aug 9, 2023"};

static_assert(good.interval().lo <= good.interval().hi);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::calendar_day> refused{"Aug 4294967297, 2023"};
#endif

int main() {}
