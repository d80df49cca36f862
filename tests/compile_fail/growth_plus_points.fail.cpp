// Compile-fail: Adding percentage points to a growth rate.
// fix: Add points to a share, and growths by compound().
// expect-error: growth \+ percentage points is meaningless

#include <nevfacts/growth.hpp>
#include <nevfacts/share.hpp>

constexpr nevfacts::growth g = nevfacts::growth_percent(37.9);
constexpr nevfacts::percentage_points d = nevfacts::points(6.1);
static_assert((nevfacts::percent(49.9) + d).percent() > 55.9 && g.percent() > 37.8);  // points change a share

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = g + d;
#endif

int main() {}
