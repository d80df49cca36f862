// Compile-fail (issue 11 review): grow() takes a growth, not a multiple.
// fix: Scale by a multiple with quantity * multiple, or grow by a growth.
// expect-error: grow\(\) takes a growth

#include "review_facts.hpp"
#include "../common/nev_kinds.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto x = grow(5.0 * nev::units::vehicles, times_as_many(1.6));
#else
inline constexpr auto x = (5.0 * nev::units::vehicles) * times_as_many(1.6);
#endif
}  // namespace demo
