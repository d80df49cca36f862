// Compile-fail: two facts with one id cannot share a registry.
// fix: Give every fact its own id.
// expect-error: duplicate_fact_id
// expect-error: (in call to '|expansion of [^ ]*nevfacts::)make_registry[^(]*\((demo::)?first, (demo::)?second\)

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr auto first = claim(office, "a.deliveries.2023", freedonia / all_units, deliveries, period::year(2023),
                                    status::actual, "Deliveries reached 12.5 million units in 2023.",
                                    "12.5 million units");
#ifndef NEVFACTS_CONTROL
inline constexpr auto second = claim(wire, "a.deliveries.2023", freedonia / all_units, deliveries, period::year(2023),
                                     status::actual, "Deliveries were about 12.5 million units in 2023.",
                                     "about 12.5 million units");
#else
inline constexpr auto second = claim(wire, "c.deliveries.2023", freedonia / all_units, deliveries, period::year(2023),
                                     status::actual, "Deliveries were about 12.5 million units in 2023.",
                                     "about 12.5 million units");
#endif
inline constexpr auto facts = make_registry(first, second);
static_assert(facts.size() == 2);
}  // namespace demo
