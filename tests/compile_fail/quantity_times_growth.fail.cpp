// Compile-fail: Multiplying a quantity by a growth rate: new value or old one?
// fix: Write grow(base, growth) for the new value or base_from(value, growth) for the old.
// expect-error: quantity \* growth is ambiguous

#include <nevfacts/growth.hpp>
#include <nevfacts/scale.hpp>
#include "../common/nev_kinds.hpp"

constexpr auto base = 6.887 * nevfacts::million * nevfacts::data::china_nev::units::vehicles;
constexpr nevfacts::growth g = nevfacts::growth_percent(37.9);
static_assert(grow(base, g) > base && base_from(base, g) < base);  // say which

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = base * g;
#endif

int main() {}
