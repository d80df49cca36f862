// Compile-fail: a claim's value must come from its quote's words. A reported<T> built by
// within() or exactly() has no words, so it cannot stand for what a source said.
// fix: Give the claim the figure's words as they stand in the quote.
// expect-error: figure_words_not_in_quote

#include "demo_vocabulary.hpp"
#include "../common/nev_kinds.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto drifted = claim(office, "a.deliveries.2023", freedonia / all_units, deliveries, period::year(2023),
                                      status::actual, "Deliveries reached 12.5 million units in 2023.",
                                      reported<vehicle_count>::within({99e6, 99e6}, statement::exact));
#else
inline constexpr auto drifted = claim(office, "a.deliveries.2023", freedonia / all_units, deliveries, period::year(2023),
                                      status::actual, "Deliveries reached 12.5 million units in 2023.",
                                      reported<vehicle_count>{"12.5 million units"});
#endif
static_assert(drifted.value.contains(12.5e6));
}  // namespace demo

int main() { return 0; }
