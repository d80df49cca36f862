// The neutral vocabulary the fact/registry/rule compile-fail cases share (the core knows no
// industry, so neither do its tests).
#pragma once

#include <nevfacts/nevfacts.hpp>
#include "../common/nev_kinds.hpp"

namespace demo {
using namespace nevfacts;
inline constexpr entity freedonia{"freedonia", "Freedonia"};
inline constexpr entity north{"north", "North Province", freedonia};
inline constexpr segment all_units{"units", "all units", 0};
inline constexpr segment premium_units{"premium", "premium units", 1};
inline constexpr segment export_units{"export", "exported units", 2};
inline constexpr metric<vehicle_count> deliveries{"deliveries", "deliveries"};
inline constexpr metric<growth> deliveries_growth{"deliveries_growth", "deliveries growth",
                                                   change_of(deliveries)};
inline constexpr metric<share> market_share{"market_share", "market share"};
// Shares that name their wholes (the issue-11 cases).
inline constexpr metric<share> share_of_units{"share_of_units", "share of all units delivered",
                                              whole_of(freedonia / all_units, deliveries)};
inline constexpr metric<share> share_of_premium{"share_of_premium", "share of premium units delivered",
                                                whole_of(freedonia / premium_units, deliveries)};
inline constexpr metric<percentage_points> share_change{"share_change", "change of the share of all units",
                                                        change_of(share_of_units)};
inline constexpr metric<vehicle_rate> capacity{"capacity", "annual capacity"};
inline constexpr metric<cny_amount> revenue_cny{"revenue_cny", "revenue in yuan"};
inline constexpr metric<usd_amount> revenue_usd{"revenue_usd", "revenue in US dollars"};
inline constexpr metric<cny_per_usd> rate_metric{"cny_per_usd", "CNY per USD"};
inline constexpr metric<date::weekday> opening_weekday{"opening_weekday", "weekday of the opening"};
inline constexpr metric<calendar_day> opening_day{"opening_day", "day of the opening"};
inline constexpr metric<year_count> years_leading{"years_leading", "consecutive years in the lead"};
inline constexpr metric<direction> trend{"trend", "trend of deliveries", change_of(deliveries)};
inline constexpr metric<rank> place{"place", "place in the region"};
inline constexpr document office{"doc_a", "a_office.txt", "Deliveries in 2023", "Freedonia Statistics Office", "",
                                 period::day(2024, 1, 15)};
inline constexpr document wire{"doc_c", "c_wire.txt", "Markets wrap", "Wire Agency", "", period::day(2024, 1, 20)};
}  // namespace demo
