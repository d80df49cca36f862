// Compile-fail: '1.4-fold' may mean x1.4 or +140 %.
// fix: Write what the source means: "1.4 times as many" (x1.4) or "an increase of 1.4 times" (+140 %).
// expect-error: phrase_refused_fold_is_ambiguous

#include <nevfacts/reported.hpp>

constexpr nevfacts::reported<nevfacts::growth> good{"an increase of 1.4 times"};

static_assert(good.interval().lo <= good.interval().hi);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::growth> refused{"up 1.4-fold"};
#endif

int main() {}
