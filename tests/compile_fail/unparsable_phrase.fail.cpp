// Compile-fail: A phrase the parser cannot read is a compile error naming the reason.
// fix: Write a phrase the parser reads (a number, a scale word, a unit).
// expect-error: phrase_refused_number_after_figure

#include <nevfacts/reported.hpp>
#include "../common/nev_kinds.hpp"

constexpr nevfacts::reported<nevfacts::data::china_nev::vehicle_count> sales{"9.5 million units"};
static_assert(sales.interval().contains(9.495e6));

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::data::china_nev::vehicle_count> nonsense{"nine point five million"};
#endif

int main() {}
