// Compile-fail: share::from_percent(120) in a constant expression.
// fix: Give a share from 0 to 100 percent.
// expect-error: share_outside_0_to_100_percent

#include <nevfacts/share.hpp>

constexpr nevfacts::share full = nevfacts::share::from_percent(100);
static_assert(full.fraction() == 1.0);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::share nonsense = nevfacts::share::from_percent(120);
#endif

int main() {}
