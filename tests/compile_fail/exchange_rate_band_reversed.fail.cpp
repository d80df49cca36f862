// Compile-fail (issue 11 review): a band whose lower bound is above its upper is no band.
// fix: Write the band lower bound first: {6.8, 7.4}.
// expect-error: band_lower_above_upper

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_exchange_rate(yuan, dollars, {7.4, 6.8})));
#else
static_assert(holds(check_exchange_rate(yuan, dollars, {6.8, 7.4})));
#endif
}  // namespace demo
