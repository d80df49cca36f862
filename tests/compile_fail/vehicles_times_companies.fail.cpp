// Compile-fail (issue 11 review): vehicles * companies counts nothing.
// fix: Multiply a count by a number, a share or a multiple.
// expect-error: a count times a count of another thing counts nothing

#include "review_facts.hpp"
#include "../common/nev_kinds.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto x = (3.0 * nev::units::vehicles) * (5.0 * nev::units::companies);
#else
inline constexpr auto x = (3.0 * nev::units::vehicles) * 5.0;
#endif
}  // namespace demo
