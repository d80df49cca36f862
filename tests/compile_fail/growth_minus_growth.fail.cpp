// Compile-fail: Subtracting growth rates.
// fix: Compare growths by their factors, or subtract the levels they imply.
// expect-error: growth - growth is not a growth

#include <nevfacts/growth.hpp>

constexpr nevfacts::growth a = nevfacts::growth_percent(37.9);
constexpr nevfacts::growth b = nevfacts::growth_percent(25);
static_assert(a.factor() > b.factor());  // compare the factors instead

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = a - b;
#endif

int main() {}
