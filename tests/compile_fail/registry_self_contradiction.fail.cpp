// Compile-fail: one document gives two values of one key that cannot both be true.
// expect-error: registry_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_registry[^(]*\((demo::)?facts\)

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
