// Compile-fail (issue 11 review): a quantity plus a bare number: 5.0 of what?
// fix: Give the number its unit: 5.0 * nev::units::vehicles.
// expect-error: a quantity plus a bare number

#include "review_facts.hpp"
#include "../common/nev_kinds.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto x = 3.0 * nev::units::vehicles + 5.0;
#else
inline constexpr auto x = 3.0 * nev::units::vehicles + 5.0 * nev::units::vehicles;
#endif
}  // namespace demo
