// The neutral vocabulary the fact/registry/rule compile-fail cases share (the core knows no
// industry, so neither do its tests).
#pragma once

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
}  // namespace demo
