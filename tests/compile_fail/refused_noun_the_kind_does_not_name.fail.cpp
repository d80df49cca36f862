// Compile-fail: the noun after the number is none of the nouns the kind's unit names: a count of
// vehicles reads "vehicles", "cars", "NEVs", "units" (its descriptor's nouns), not "companies".
// fix: Use a metric of the kind the noun counts (a company_count metric for companies), or add
// the noun to the unit's descriptor if it does name the kind's things.
// expect-error: phrase_refused_unknown_noun

#include <nevfacts/reported.hpp>
#include "../common/nev_kinds.hpp"

constexpr nevfacts::reported<nevfacts::data::china_nev::vehicle_count> good{"13 vehicles"};

static_assert(good.interval().lo <= good.interval().hi);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::data::china_nev::vehicle_count> refused{"13 companies"};
#endif

int main() {}
