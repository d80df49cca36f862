// Compile-fail: Multiplying two shares.
// fix: Multiply an amount by a share, not a share by a share.
// expect-error: share \* share is meaningless

#include <nevfacts/share.hpp>
#include "../common/nev_kinds.hpp"

constexpr nevfacts::share a = nevfacts::percent(50);
constexpr nevfacts::share b = nevfacts::percent(40);
static_assert((10.0 * nevfacts::data::china_nev::units::vehicles * a).value() == 5.0);  // whole * share
static_assert((a - b).value() == 10.0);

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = a * b;
#endif

int main() {}
