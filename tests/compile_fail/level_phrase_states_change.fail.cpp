// Compile-fail: A change ('an increase of') where the kind is a level (a count).
// fix: Give a level metric a level phrase; a change belongs to a growth metric.
// expect-error: phrase_refused_change_where_level_expected

#include <nevfacts/reported.hpp>
#include "../common/nev_kinds.hpp"

constexpr nevfacts::reported<nevfacts::growth> g{"an increase of 6.1%"};
static_assert(g.interval().contains(6.1));

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::data::china_nev::vehicle_count> nonsense{"an increase of 500 units"};
#endif

int main() {}
