// Compile-fail (issue 11): only derivations make derived facts; a claim marked derived would escape
// the checks of claims.
// fix: Give the claim actual, forecast or target; make derived facts with a derive_* function.
// expect-error: a_claim_cannot_be_status_derived_only_derivations_make_derived_facts

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote_a =
    "Deliveries reached 12.5 million units in 2023, up 8.7 percent. Premium units were 3.1 million units, "
    "24.8 percent of all units, up 2.2 percentage points.";

#ifndef NEVFACTS_CONTROL
inline constexpr auto total =
    claim(office, "a.total", freedonia / all_units, deliveries, period::year(2023), status::derived,
          "Deliveries reached 12.5 million units in 2023.",
          "12.5 million units");
#else
inline constexpr auto total =
    claim(office, "a.total", freedonia / all_units, deliveries, period::year(2023), status::actual,
          "Deliveries reached 12.5 million units in 2023.",
          "12.5 million units");
#endif
}  // namespace demo
