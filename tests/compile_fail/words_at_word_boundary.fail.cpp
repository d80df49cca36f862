// Compile-fail: a figure's words stand in the quote as whole words: "2.5 million units" does not
// stand in "12.5 million units".
// fix: Quote the figure's words whole as they stand ("12.5 million units").
// expect-error: figure_words_not_in_quote
// expect-error: (&|\(const char\*\)|text_argument\()"2\.5 million units"

#include "demo_vocabulary.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto inside = claim(office, "a.deliveries.2023", freedonia / all_units, deliveries, period::year(2023),
                                     status::actual, "Deliveries reached 12.5 million units in 2023.",
                                     "2.5 million units");
#else
inline constexpr auto inside = claim(office, "a.deliveries.2023", freedonia / all_units, deliveries, period::year(2023),
                                     status::actual, "Deliveries reached 2.5 million units in 2023.",
                                     "2.5 million units");
#endif
}  // namespace demo
