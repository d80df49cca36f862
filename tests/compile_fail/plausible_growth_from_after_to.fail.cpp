// Compile-fail (issue 11 review): check_plausible_growth takes the earlier figure first.
// fix: Pass the earlier figure first: check_plausible_growth(earlier, later, band).
// expect-error: plausible_growth_takes_the_earlier_figure_first

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_plausible_growth(total, total_2022, {-20.0, 30.0})));
#else
static_assert(holds(check_plausible_growth(total_2022, total, {-20.0, 30.0})));
#endif
}  // namespace demo
