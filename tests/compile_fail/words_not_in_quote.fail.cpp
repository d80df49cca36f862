// Compile-fail: the figure's words must stand in the quote, so the number and the source's
// sentence cannot drift apart ("12.6 million" is not what the sentence says).
// expect-error: figure_words_not_in_quote
// expect-error: (&|\(const char\*\))"12\.6 million units"
// expect-error: (&|\(const char\*\))"a\.deliveries\.2023"

#include <nevfacts/nevfacts.hpp>

namespace demo {
using namespace nevfacts;
inline constexpr entity freedonia{"freedonia", "Freedonia"};
inline constexpr entity north{"north", "North Province", freedonia};
inline constexpr segment all_units{"units", "all units", 0};
inline constexpr segment premium_units{"premium", "premium units", 1};
inline constexpr segment export_units{"export", "exported units", 2};
inline constexpr metric<vehicle_count> deliveries{"deliveries", "deliveries"};
inline constexpr metric<growth> deliveries_growth{"deliveries_growth", "deliveries growth"};
inline constexpr metric<share> market_share{"market_share", "market share"};
inline constexpr document office{"doc_a", "a_office.txt", "Deliveries in 2023", "Freedonia Statistics Office", "",
                                 period::day(2024, 1, 15)};
inline constexpr document wire{"doc_c", "c_wire.txt", "Markets wrap", "Wire Agency", "", period::day(2024, 1, 20)};

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
