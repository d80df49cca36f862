// Compile-fail: A derived count that can only be negative; the negative_count sink fires first.
// fix: Check the inputs of the derivation: a count cannot be negative.
// expect-error: negative_count

#include <nevfacts/reported.hpp>
#include "../common/nev_kinds.hpp"

constexpr auto none = nevfacts::reported<nevfacts::data::china_nev::vehicle_count>::within({0.0, 0.0}, nevfacts::statement::exact);
static_assert(none.interval().hi == 0.0);

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = nevfacts::reported<nevfacts::data::china_nev::vehicle_count>::within({-5.0, -1.0}, nevfacts::statement::exact);
#endif

int main() {}
