// Compile-fail (issue 11 review): multiple + multiple is meaningless.
// fix: Scale an amount by a multiple: quantity * multiple.
// expect-error: multiple \+ multiple is meaningless

#include "review_facts.hpp"
#include "../common/nev_kinds.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto x = times_as_many(1.6) + times_as_many(2.0);
#else
inline constexpr auto x = (5.0 * nev::units::vehicles) * times_as_many(1.6);
#endif
}  // namespace demo
