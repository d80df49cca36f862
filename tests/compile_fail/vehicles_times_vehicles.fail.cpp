// Compile-fail (issue 11): vehicles * vehicles counts nothing.
// fix: Multiply a quantity by a number, a share or a multiple.
// expect-error: a quantity times a quantity of the same unit \(items \* items\) counts nothing

#include "demo_vocabulary.hpp"
#include "../common/nev_kinds.hpp"

namespace demo {


#ifndef NEVFACTS_CONTROL
inline constexpr auto squared = (5.0 * nev::units::vehicles) * (3.0 * nev::units::vehicles);
#else
inline constexpr auto scaled = (5.0 * nev::units::vehicles) * 3.0;
#endif
}  // namespace demo
