// Compile-fail: Adding a growth rate and a multiple.
// fix: Make the multiple a growth with growth::from_factor first.
// expect-error: growth \+ multiple is meaningless

#include <nevfacts/growth.hpp>

constexpr nevfacts::growth g = nevfacts::increase_of_times(1.6);
constexpr nevfacts::multiple m = nevfacts::times_as_many(1.6);
static_assert(g.factor() > m.factor());

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = g + m;
#endif

int main() {}
