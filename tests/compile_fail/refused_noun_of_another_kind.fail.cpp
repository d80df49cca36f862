// Compile-fail: the noun after the number names a measure, not a count: GWh are not vehicles.
// fix: Use a metric of the kind the noun measures (a kind whose unit names GWh among its nouns).
// expect-error: phrase_refused_noun_does_not_fit_kind

#include <nevfacts/reported.hpp>
#include "../common/nev_kinds.hpp"

constexpr nevfacts::reported<nevfacts::data::china_nev::vehicle_count> good{"13 vehicles"};

static_assert(good.interval().lo <= good.interval().hi);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::data::china_nev::vehicle_count> refused{"35 GWh"};
#endif

int main() {}
