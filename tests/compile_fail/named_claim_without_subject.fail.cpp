// Compile-fail: a named claim (nevfacts/record.hpp) whose row leaves out `.about`. A figure
// about nothing named cannot be compared with any other.
// fix: Give the row `.about = entity / segment`, e.g. `.about = china / nevs`.
// expect-error: a_named_claim_needs_a_subject_about

#include "demo_vocabulary.hpp"

#include <nevfacts/record.hpp>

namespace demo {

inline constexpr claims_from office_2023{office, period::year(2023)};

#ifndef NEVFACTS_CONTROL
inline constexpr auto total = office_2023.claim(deliveries, {
    .id = "a.deliveries.2023",
    .quote = "Deliveries reached 12.5 million units in 2023.",
    .words = "12.5 million units",
});
#else
inline constexpr auto total = office_2023.claim(deliveries, {
    .id = "a.deliveries.2023",
    .about = freedonia / all_units,
    .quote = "Deliveries reached 12.5 million units in 2023.",
    .words = "12.5 million units",
});
#endif
static_assert(total.value.contains(12.5e6));
}  // namespace demo

int main() { return 0; }
