// Compile-fail: a named claim (nevfacts/record.hpp) whose row leaves out `.words`. Without the
// figure's words there is nothing to read the value from.
// fix: Give the row `.words = "..."`, the figure's words as they stand in the quote (or
// fix: nth(k, "...") when they stand more than once).
// expect-error: a_named_claim_needs_words

#include "demo_vocabulary.hpp"

#include <nevfacts/record.hpp>

namespace demo {

inline constexpr claims_from office_2023{office, period::year(2023)};

#ifndef NEVFACTS_CONTROL
inline constexpr auto total = office_2023.claim(deliveries, {
    .id = "a.deliveries.2023",
    .about = freedonia / all_units,
    .quote = "Deliveries reached 12.5 million units in 2023.",
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
