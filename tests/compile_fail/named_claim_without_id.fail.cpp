// Compile-fail: a named claim (nevfacts/record.hpp) whose row leaves out `.id`. A fact without
// an id cannot be looked up, cited in a check, or told from another in a registry.
// fix: Give the row `.id = "..."`, unique in the data set (e.g. "d000.nev_sales").
// expect-error: a_named_claim_needs_an_id

#include "demo_vocabulary.hpp"

#include <nevfacts/record.hpp>

namespace demo {

inline constexpr claims_from office_2023{office, period::year(2023)};

#ifndef NEVFACTS_CONTROL
inline constexpr auto total = office_2023.claim(deliveries, {
    .about = freedonia / all_units,
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
