// Compile-fail: A period whose first month comes after its last.
// fix: Name the earlier month first.
// expect-error: invalid_period

#include <nevfacts/period.hpp>

constexpr nevfacts::period jan_may = nevfacts::period::months(2023, 1, 5);
static_assert(jan_may.length_in_days() == 151);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::period nonsense = nevfacts::period::months(2023, 5, 1);
#endif

int main() {}
