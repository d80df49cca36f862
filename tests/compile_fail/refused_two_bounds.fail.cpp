// Compile-fail: two bounds on one figure contradict each other.
// fix: Keep the one bound the source states ("more than 5").
// expect-error: phrase_refused_two_bounds

#include <nevfacts/reported.hpp>
#include "../common/nev_kinds.hpp"

constexpr nevfacts::reported<nevfacts::data::china_nev::vehicle_count> good{"more than 5"};

static_assert(good.interval().lo <= good.interval().hi);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::data::china_nev::vehicle_count> refused{"more than less than 5"};
#endif

int main() {}
