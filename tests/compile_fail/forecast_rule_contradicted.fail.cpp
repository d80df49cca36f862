// Compile-fail (issue 11): check_forecast flags a miss (it never contradicts), so its sink is reached
// only by a result
// marked contradicting by hand; this shows holds() names the rule when one is.
// fix: Read the flag: the forecast missed; the check itself holds.
// expect-error: forecast_rule_contradicted

#include "demo_vocabulary.hpp"

namespace demo {


#ifndef NEVFACTS_CONTROL
inline constexpr check_result result{rule::forecast, verdict::contradicts, {"a", "b"}, 1,
    {1.0, 2.0}, {3.0, 4.0}, {}, {}};
#else
inline constexpr check_result result{rule::forecast, verdict::flagged, {"a", "b"}, 1,
    {1.0, 2.0}, {3.0, 4.0}, {}, {}};
#endif

static_assert(holds(result));
}  // namespace demo
