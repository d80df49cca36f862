// Compile-fail: A reported share of 120 %.
// fix: Check the source: a share is at most 100 percent.
// expect-error: phrase_refused_outside_kind_bounds

#include <nevfacts/reported.hpp>

constexpr nevfacts::reported<nevfacts::share> full{"100%"};
static_assert(full.interval().hi == 100.0);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::share> nonsense{"120%"};
#endif

int main() {}
