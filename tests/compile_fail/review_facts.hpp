// Facts shared by the cases from the issue-11 review (valid on their own); each case adds one
// misuse.
#pragma once
#include "demo_vocabulary.hpp"
#include "../common/nev_kinds.hpp"
namespace demo {
inline constexpr metric<vehicle_count> exports_m{"exports", "exports"};
inline constexpr metric<growth> exports_growth{"exports_growth", "exports growth", change_of(exports_m)};
inline constexpr metric<company_count> dealers{"dealers", "dealers"};
inline constexpr metric<calendar_year> first_year{"first_year", "first year of the run"};
inline constexpr metric<year_count> years_exporting{"years_exporting", "years exporting"};
inline constexpr metric<multiple> deliveries_multiple{"deliveries_multiple", "deliveries multiple"};
inline constexpr metric<share> share_of_exports{"share_of_exports", "share of exported units",
                                               whole_of(freedonia / export_units, exports_m)};
inline constexpr std::string_view quote_a =
    "Deliveries reached 12.5 million units in 2023, up 8.7 percent. "
    "Premium units were 3.1 million units, 24.8 percent of all units, up 2.2 percentage points.";
inline constexpr auto y23 = period::year(2023);
inline constexpr auto y22 = period::year(2022);
inline constexpr auto y21 = period::year(2021);
inline constexpr auto total =
    claim(office, "a.total", freedonia / all_units, deliveries, y23, status::actual,
          quote_a,
          "12.5 million units");
inline constexpr auto growth8 =
    claim(office, "a.growth", freedonia / all_units, deliveries_growth, y23, status::actual,
          quote_a,
          "up 8.7 percent");
inline constexpr auto premium =
    claim(office, "a.premium", freedonia / premium_units, deliveries, y23, status::actual,
          quote_a,
          "3.1 million units");
inline constexpr auto premium_share =
    claim(office, "a.premium_share", freedonia / premium_units, share_of_units, y23, status::actual,
          quote_a,
          "24.8 percent");
inline constexpr auto pp =
    claim(office, "a.premium_pp", freedonia / premium_units, share_change, y23, status::actual,
          quote_a,
          "2.2 percentage points");
inline constexpr auto total_2022 =
    claim(wire, "c.total_2022", freedonia / all_units, deliveries, y22, status::actual,
          "Deliveries were 11.5 million units in 2022.",
          "11.5 million units");
inline constexpr auto total_2021 =
    claim(wire, "c.total_2021", freedonia / all_units, deliveries, y21, status::actual,
          "Deliveries were 10.6 million units in 2021.",
          "10.6 million units");
inline constexpr auto total_wire =
    claim(wire, "c.total", freedonia / all_units, deliveries, y23, status::actual,
          "Deliveries were about 12.5 million units.",
          "about 12.5 million units");
inline constexpr auto share_2022 =
    claim(wire, "c.premium_share_2022", freedonia / premium_units, share_of_units, y22, status::actual,
          "Premium units held 22.6 percent in 2022.",
          "22.6 percent");
inline constexpr auto exports_2023 =
    claim(wire, "c.exports", freedonia / export_units, exports_m, y23, status::actual,
          "Exports were 2.0 million units in 2023.",
          "2.0 million units");
inline constexpr auto exports_growth_2023 =
    claim(wire, "c.exports_growth", freedonia / all_units, exports_growth, y23, status::actual,
          "Exports grew 30 percent.",
          "grew 30 percent");
inline constexpr auto north_total =
    claim(wire, "c.north", north / all_units, deliveries, y23, status::actual,
          "North Province delivered 4 million units.",
          "4 million units");
inline constexpr auto north_growth =
    claim(wire, "c.north_growth", north / all_units, deliveries_growth, y23, status::actual,
          "North Province deliveries were up 8.7 percent.",
          "up 8.7 percent");
inline constexpr auto q4 =
    claim(wire, "c.q4", freedonia / all_units, deliveries, period::quarter(2023, 4), status::actual,
          "Fourth-quarter deliveries were 3.5 million units.",
          "3.5 million units");
inline constexpr auto q4_2022 =
    claim(wire, "c.q4_2022", freedonia / all_units, deliveries, period::quarter(2022, 4), status::actual,
          "Fourth-quarter 2022 deliveries were 3.2 million units.",
          "3.2 million units");
inline constexpr auto plants =
    claim(wire, "c.capacity", freedonia / all_units, capacity, y23, status::actual,
          "Capacity is 15 million units a year.",
          "15 million units");
inline constexpr auto north_plants =
    claim(wire, "c.north_capacity", north / all_units, capacity, y23, status::actual,
          "North capacity is 5 million units a year.",
          "5 million units");
inline constexpr auto yuan =
    claim(office, "a.revenue_cny", freedonia / all_units, revenue_cny, y23, status::actual,
          "Revenue was 231.84 billion yuan (US$31.91 billion).",
          "231.84 billion yuan");
inline constexpr auto dollars =
    claim(office, "a.revenue_usd", freedonia / all_units, revenue_usd, y23, status::actual,
          "Revenue was 231.84 billion yuan (US$31.91 billion).",
          "US$31.91 billion");
inline constexpr auto dollars_2022 =
    claim(wire, "c.revenue_usd_2022", freedonia / all_units, revenue_usd, y22, status::actual,
          "Revenue was US$30 billion in 2022.",
          "US$30 billion");
inline constexpr auto north_yuan =
    claim(wire, "c.north_revenue_cny", north / all_units, revenue_cny, y23, status::actual,
          "North revenue was 80 billion yuan.",
          "80 billion yuan");
inline constexpr auto forecast_2023 =
    claim(wire, "c.forecast", freedonia / all_units, deliveries, y23, status::forecast,
          "Deliveries will reach about 14 million units in 2023.",
          "about 14 million units");
inline constexpr auto forecast_2023_b =
    claim(office, "a.forecast", freedonia / all_units, deliveries, y23, status::forecast,
          "Deliveries are expected to reach 13 million units.",
          "13 million units");
inline constexpr auto target_2023 =
    claim(office, "a.target", freedonia / all_units, deliveries, y23, status::target,
          "The plan aims at 13 million units.",
          "13 million units");
inline constexpr auto forecast_2024 =
    claim(wire, "c.forecast_2024", freedonia / all_units, deliveries, period::year(2024), status::forecast,
          "Deliveries will reach about 14 million units in 2024.",
          "about 14 million units");
inline constexpr auto trend_2023 =
    claim(office, "a.trend", freedonia / all_units, trend, y23, status::actual,
          "Deliveries continue to rise.",
          "continue to rise");
inline constexpr auto run_2023 =
    claim(office, "a.lead", freedonia / all_units, years_leading, y23, status::actual,
          "Freedonia has led the region for 14 consecutive years.",
          "14 consecutive years");
inline constexpr auto run_2022 =
    claim(wire, "c.lead", freedonia / all_units, years_leading, y22, status::actual,
          "Freedonia has led for 13 consecutive years.",
          "13 consecutive years");
inline constexpr auto north_run =
    claim(wire, "c.north_lead", north / all_units, years_leading, y22, status::actual,
          "North has led for 13 consecutive years.",
          "13 consecutive years");
inline constexpr auto export_run =
    claim(wire, "c.export_run", freedonia / all_units, years_exporting, y22, status::actual,
          "Freedonia has exported for 13 consecutive years.",
          "13 consecutive years");
inline constexpr auto place_2023 =
    claim(office, "a.place", north / all_units, place, y23, status::actual,
          "North Province ranks second.",
          "second");
inline constexpr auto dealers_2023 =
    claim(wire, "c.dealers", freedonia / all_units, dealers, y23, status::actual,
          "There are 120 dealers.",
          "120 dealers");
inline constexpr auto unnamed_share =
    claim(wire, "c.market_share", freedonia / premium_units, market_share, y23, status::actual,
          "Premium units hold 24.8 percent of the market.",
          "24.8 percent");
}  // namespace demo
