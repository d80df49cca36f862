// Compile-fail: A bare '1.6 times' for a growth: +160 % or x1.6? The encoder must say.
// fix: Write "an increase of 1.6 times" (a growth) or "1.6 times as many" (a multiple).
// expect-error: phrase_refused_bare_times_is_ambiguous

#include <nevfacts/reported.hpp>

constexpr nevfacts::reported<nevfacts::growth> g{"an increase of 1.6 times"};
constexpr nevfacts::reported<nevfacts::multiple> m{"1.6 times as many"};
static_assert(g.interval().contains(160.0) && m.interval().contains(1.6));

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::growth> nonsense{"1.6 times"};
#endif

int main() {}
