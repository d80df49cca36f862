// Compile-fail: Adding growth rates: they compound.
// fix: Compound two growths with compound(a, b).
// expect-error: growth \+ growth is wrong; growth rates compound

#include <nevfacts/growth.hpp>

constexpr nevfacts::growth a = nevfacts::growth_percent(10);
constexpr nevfacts::growth b = nevfacts::growth_percent(10);
static_assert(compound(a, b).percent() > 20.9 && compound(a, b).percent() < 21.1);

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = a + b;
#endif

int main() {}
