// Compile-fail (issue 11 review): check_exchange_rate takes the yuan amount first.
// fix: Pass the yuan amount first, then the dollar amount.
// expect-error: takes an amount in yuan, then

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_exchange_rate(dollars, yuan, {6.8, 7.4})));
#else
static_assert(holds(check_exchange_rate(yuan, dollars, {6.8, 7.4})));
#endif
}  // namespace demo
