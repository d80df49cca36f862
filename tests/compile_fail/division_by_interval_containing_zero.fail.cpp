// Compile-fail: Dividing by an interval that contains zero, in a constant expression.
// fix: Divide by an interval that excludes zero.
// expect-error: division_by_interval_containing_zero

#include <nevfacts/real_interval.hpp>

constexpr nevfacts::real_interval ok = nevfacts::real_interval{1.0, 2.0} / nevfacts::real_interval{0.5, 1.0};
static_assert(ok.contains(4.0));

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::real_interval nonsense = nevfacts::real_interval{1.0, 2.0} / nevfacts::real_interval{-1.0, 1.0};
#endif

int main() {}
