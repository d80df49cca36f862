// Compile-fail: the figure's words must stand in the quote, so the number and the source's
// sentence cannot drift apart ("12.6 million" is not what the sentence says).
// fix: Copy the figure's words exactly as they stand in the quote.
// expect-error: figure_words_not_in_quote
// expect-error: (&|\(const char\*\)|text_argument\()"12\.6 million units"
// expect-error: (&|\(const char\*\)|text_argument\()"a\.deliveries\.2023"

#include "demo_vocabulary.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto drifted = claim(office, "a.deliveries.2023", freedonia / all_units, deliveries, period::year(2023),
                                      status::actual, "Deliveries reached 12.5 million units in 2023.",
                                      "12.6 million units");
#else
inline constexpr auto drifted = claim(office, "a.deliveries.2023", freedonia / all_units, deliveries, period::year(2023),
                                      status::actual, "Deliveries reached 12.5 million units in 2023.",
                                      "12.5 million units");
#endif
}  // namespace demo
