// Compile-fail: a growth with no direction word anywhere is unsigned, not a rise.
// fix: Quote the direction word with the figure ("up 35.8%"), or let claim read it from its sentence.
// expect-error: phrase_refused_change_without_direction

#include <nevfacts/reported.hpp>

constexpr nevfacts::reported<nevfacts::growth> good{"up 37.9%"};

static_assert(good.interval().lo <= good.interval().hi);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::growth> refused{"37.9%"};
#endif

int main() {}
