// Compile-fail: a lost rank is not first place.
// fix: Encode the rank the text does state, or leave the figure out with its reason.
// expect-error: phrase_refused_negated_or_lost_rank

#include <nevfacts/reported.hpp>

constexpr nevfacts::reported<nevfacts::rank> good{"ranked second"};

static_assert(good.interval().lo <= good.interval().hi);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::rank> refused{"fell from the top spot"};
#endif

int main() {}
