// Compile-fail (issue 11 review): a growth band whose lower bound is above its upper is no band.
// fix: Write the band lower bound first: {-20.0, 30.0}.
// expect-error: band_lower_above_upper

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_plausible_growth(total_2022, total, {30.0, -20.0})));
#else
static_assert(holds(check_plausible_growth(total_2022, total, {-20.0, 30.0})));
#endif
}  // namespace demo
