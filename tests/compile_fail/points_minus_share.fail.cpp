// Compile-fail: Percentage points minus a share.
// fix: Subtract points from a share: share - points.
// expect-error: percentage points - share is meaningless

#include <nevfacts/share.hpp>

constexpr nevfacts::share s = nevfacts::percent(56);
constexpr nevfacts::percentage_points d = nevfacts::points(6.1);
static_assert((s - d).percent() < s.percent());  // share - points is fine

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = d - s;
#endif

int main() {}
