// Compile-fail: Adding two shares: a share is a level.
// fix: Add the parts, then take the share of the sum.
// expect-error: share \+ share is meaningless

#include <nevfacts/share.hpp>

constexpr nevfacts::share a = nevfacts::percent(56);
constexpr nevfacts::share b = nevfacts::percent(30);
static_assert((a - b).value() == 26.0);  // shares subtract to percentage points

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = a + b;
#endif

int main() {}
