// Compile-fail (issue 11): a growth rate applies to an amount; a share changes by points.
// fix: Change a share by percentage points: share + points(2.2).
// expect-error: grow\(\) and base_from\(\) apply a growth to an amount

#include "demo_vocabulary.hpp"
#include "../common/nev_kinds.hpp"

namespace demo {


#ifndef NEVFACTS_CONTROL
inline constexpr auto grown = grow(percent(50), growth_percent(10));
#else
inline constexpr auto grown = grow(5.0 * nev::units::vehicles, growth_percent(10));
#endif
}  // namespace demo
