// Compile-fail: A percentage phrase for a count of vehicles.
// fix: Give a count metric a count phrase (12.5 million units).
// expect-error: phrase_refused_unit_does_not_fit_kind

#include <nevfacts/reported.hpp>
#include "../common/nev_kinds.hpp"

constexpr nevfacts::reported<nevfacts::share> global{"56%"};
static_assert(global.interval().contains(56.0));

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::data::china_nev::vehicle_count> nonsense{"56%"};
#endif

int main() {}
