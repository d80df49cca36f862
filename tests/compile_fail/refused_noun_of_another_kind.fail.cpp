// Compile-fail: the noun after the number names another kind: companies are not vehicles.
// fix: Use a metric of the kind the noun counts (a company_count metric for companies).
// expect-error: phrase_refused_noun_does_not_fit_kind

#include <nevfacts/reported.hpp>

constexpr nevfacts::reported<nevfacts::vehicle_count> good{"13 vehicles"};

static_assert(good.interval().lo <= good.interval().hi);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::vehicle_count> refused{"13 companies"};
#endif

int main() {}
