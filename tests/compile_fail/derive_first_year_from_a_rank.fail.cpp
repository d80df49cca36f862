// Compile-fail (issue 11 review): derive_first_year takes a run of years, not a rank.
// fix: Pass a run of years (14 consecutive years).
// expect-error: takes a run of years

#include "review_facts.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto f = derive_first_year("d.f", place_2023, first_year);
#else
inline constexpr auto f = derive_first_year("d.f", run_2023, first_year);
#endif
}  // namespace demo
