// Compile-fail: a claim whose figure words do not parse as a number is a compile error naming
// the phrase, even though the words do stand in the quote.
// fix: Give words that state a number.
// expect-error: phrase_refused_no_number
// expect-error: (&|\(const char\*\)|text_argument\()"record numbers of units"
// expect-error: (&|\(const char\*\)|text_argument\()"a\.record\.2023"

#include "demo_vocabulary.hpp"

namespace demo {

#ifndef NEVFACTS_CONTROL
inline constexpr auto record = claim(office, "a.record.2023", freedonia / all_units, deliveries, period::year(2023),
                                     status::actual, "Deliveries hit record numbers of units in 2023.",
                                     "record numbers of units");
#else
inline constexpr auto record = claim(office, "a.record.2023", freedonia / all_units, deliveries, period::year(2023),
                                     status::actual, "Deliveries hit a record 12.5 million units in 2023.",
                                     "12.5 million units");
#endif
}  // namespace demo
