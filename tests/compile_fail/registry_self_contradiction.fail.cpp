// Compile-fail: one document gives two values of one key that cannot both be true.
// fix: Correct the encoding: one document gives one key one value.
// expect-error: registry_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_registry[^(]*\((demo::)?facts\)

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr auto in_text = claim(office, "a.deliveries.2023", freedonia / all_units, deliveries, period::year(2023),
                                      status::actual, "Deliveries reached 12.5 million units in 2023.",
                                      "12.5 million units");
#ifndef NEVFACTS_CONTROL
inline constexpr auto in_table = claim(office, "a.deliveries.2023.table", freedonia / all_units, deliveries,
                                       period::year(2023), status::actual, "Table 1: deliveries, 2023: 13.1 million units",
                                       "13.1 million units");
#else
inline constexpr auto in_table = claim(office, "a.deliveries.2023.table", freedonia / all_units, deliveries,
                                       period::year(2023), status::actual, "Table 1: deliveries, 2023: 12.53 million units",
                                       "12.53 million units");
#endif
inline constexpr auto facts = make_registry(in_text, in_table);
static_assert(holds(check_registry(facts)));
}  // namespace demo
