// Compile-fail: A growth of -100 %: nothing would be left to compare with.
// fix: Use a growth above -100 %.
// expect-error: growth_of_minus_100_percent_or_less

#include <nevfacts/growth.hpp>

constexpr nevfacts::growth almost_all_gone = nevfacts::growth_percent(-99.9);
static_assert(almost_all_gone.factor() > 0.0);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::growth nonsense = nevfacts::growth_percent(-100);
#endif

int main() {}
