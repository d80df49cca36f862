// Compile-fail: Adding a growth rate to percentage points.
// fix: Add points to a share, or compound growths.
// expect-error: percentage points \+ growth is meaningless

#include <nevfacts/growth.hpp>
#include <nevfacts/share.hpp>

constexpr nevfacts::growth g = nevfacts::growth_percent(37.9);
constexpr nevfacts::percentage_points d = nevfacts::points(6.1);
static_assert((d + nevfacts::percent(49.9)).percent() > 55.9 && g.percent() > 37.8);

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = d + g;
#endif

int main() {}
