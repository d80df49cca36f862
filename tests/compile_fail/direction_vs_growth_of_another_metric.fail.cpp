// Compile-fail (issue 11 review): "deliveries continue to rise" is not borne out by the growth of exports.
// fix: Hold a direction against a change of the same level (both metrics made with change_of(one metric)).
// expect-error: direction_and_change_are_changes_of_different_metrics

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_direction(trend_2023, exports_growth_2023)));
#else
static_assert(holds(check_direction(trend_2023, growth8)));
#endif
}  // namespace demo
