// nevfacts/data/china_nev/vocabulary.hpp -- who, what and which measures the NEV reports speak of
//
// Synopsis (namespace nevfacts::data::china_nev)
//   entities: world, china, chongqing, shanghai, jiading, byd, changan
//   segment traits: trait::passenger, trait::new_energy, trait::chinese_brand, trait::industry,
//                   trait::smart_sector, trait::autonomous
//   segments: vehicles, passenger_cars, chinese_brand_passenger_cars, nevs, nev_passenger_cars,
//             chinese_brand_nev_passenger_cars, auto_industry, smart_vehicle_sector,
//             autonomous_vehicles
//   metrics (among them): production, sales, exports, cumulative_production, sales_growth,
//             market_share, market_share_change, production_capacity, output_value, world_rank,
//             years_as_world_leader, clusters_selected, event_weekday, photo_date, ...
//
// This is the data set's vocabulary: the core of nevfacts knows none of these words.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/data/china_nev/units.hpp>
#include <nevfacts/nevfacts.hpp>

namespace nevfacts::data::china_nev {

inline constexpr entity world{"world", "World"};
inline constexpr entity china{"china", "China", world};
inline constexpr entity chongqing{"chongqing", "Chongqing", china};
inline constexpr entity shanghai{"shanghai", "Shanghai", china};
inline constexpr entity jiading{"jiading", "Jiading District", shanghai};
// A company's figures are counted within its home country's.
inline constexpr entity byd{"byd", "BYD", china};
inline constexpr entity changan{"changan", "Changan Automobile", china};

namespace trait {
inline constexpr std::uint64_t passenger = 1u << 0;
inline constexpr std::uint64_t new_energy = 1u << 1;
inline constexpr std::uint64_t chinese_brand = 1u << 2;
inline constexpr std::uint64_t industry = 1u << 3;      // the industry as a whole, not its vehicles
inline constexpr std::uint64_t smart_sector = 1u << 4;  // Jiading's "new four modernizations"
inline constexpr std::uint64_t autonomous = 1u << 5;
}  // namespace trait

inline constexpr segment vehicles{"vehicles", "vehicles", 0};
inline constexpr segment passenger_cars{"passenger_cars", "passenger cars", trait::passenger};
inline constexpr segment chinese_brand_passenger_cars{
    "cb_passenger_cars", "Chinese-brand passenger cars", trait::passenger | trait::chinese_brand};
inline constexpr segment nevs{"nevs", "NEVs", trait::new_energy};
inline constexpr segment nev_passenger_cars{"nev_passenger_cars", "NEV passenger cars",
                                            trait::passenger | trait::new_energy};
inline constexpr segment chinese_brand_nev_passenger_cars{
    "cb_nev_passenger_cars", "Chinese-brand NEV passenger cars",
    trait::passenger | trait::new_energy | trait::chinese_brand};
inline constexpr segment auto_industry{"auto_industry", "automobile industry", trait::industry};
inline constexpr segment smart_vehicle_sector{"smart_vehicle_sector", "smart vehicle sector",
                                              trait::industry | trait::smart_sector};
inline constexpr segment autonomous_vehicles{"autonomous_vehicles", "autonomous vehicles",
                                             trait::autonomous};

// Flows of vehicles, and their growth over the same period a year earlier.
inline constexpr metric<vehicle_count> production{"production", "production"};
inline constexpr metric<vehicle_count> sales{"sales", "sales"};
inline constexpr metric<vehicle_count> exports{"exports", "exports"};
inline constexpr metric<vehicle_count> cumulative_production{"cumulative_production",
                                                             "cumulative production"};
inline constexpr metric<vehicle_count> fleet{"fleet", "fleet in testing"};
inline constexpr metric<growth> production_growth{"production_growth", "production growth",
                                                  change_of(production)};
inline constexpr metric<growth> sales_growth{"sales_growth", "sales growth", change_of(sales)};
inline constexpr metric<growth> exports_growth{"exports_growth", "exports growth",
                                               change_of(exports)};

// Shares, each naming its whole: 56 % of passenger-car sales and 80.6 % of NEV passenger-car
// sales are shares of different wholes, and no rule compares them as if they were one.
inline constexpr metric<share> market_share{"market_share", "share of China's vehicle sales",
                                            whole_of(china / vehicles, sales)};
inline constexpr metric<share> passenger_car_market_share{"pc_market_share",
                                                          "share of China's passenger-car sales",
                                                          whole_of(china / passenger_cars, sales)};
inline constexpr metric<share> nev_passenger_car_market_share{
    "nev_pc_market_share", "share of China's NEV passenger-car sales",
    whole_of(china / nev_passenger_cars, sales)};
inline constexpr metric<share> global_sales_share{"global_sales_share", "share of global NEV sales",
                                                  whole_of(world / nevs, sales)};
inline constexpr metric<share> l2_installation_rate{"l2_installation_rate",
                                                    "L2 driver-assistance installation rate",
                                                    whole_of(china / nevs, sales)};

// Changes name the level they are the change of (nevfacts/metric.hpp): the change of the
// passenger-car market share is in points, the trends say which way a level moves.
inline constexpr metric<percentage_points> market_share_change{
    "market_share_change", "change of market share", change_of(passenger_car_market_share)};
inline constexpr metric<direction> market_share_trend{"market_share_trend", "market share trend",
                                                      change_of(passenger_car_market_share)};
inline constexpr metric<direction> exports_trend{"exports_trend", "exports trend",
                                                 change_of(exports)};
inline constexpr metric<direction> production_trend{"production_trend", "production trend",
                                                    change_of(production)};
inline constexpr metric<direction> sales_trend{"sales_trend", "sales trend", change_of(sales)};
inline constexpr metric<direction> connected_installation_trend{
    "connected_installation_trend", "connected-system installation trend"};

inline constexpr metric<vehicle_rate> production_capacity{"production_capacity",
                                                          "production capacity"};
inline constexpr metric<cny_amount> output_value{"output_value", "output value"};
inline constexpr metric<usd_amount> output_value_usd{"output_value_usd",
                                                     "output value in US dollars"};
inline constexpr metric<cny_per_usd> implied_exchange_rate{"exchange_rate", "exchange rate"};

inline constexpr metric<rank> production_rank_in_country{"production_rank_in_country",
                                                         "rank in the country by output"};
inline constexpr metric<rank> world_rank{"world_rank", "world rank in production and sales"};
inline constexpr metric<rank> nev_world_rank{"nev_world_rank",
                                             "world rank in NEV production and sales"};
inline constexpr metric<rank> export_world_rank{"export_world_rank", "world rank as exporter"};
inline constexpr metric<year_count> years_as_world_leader{
    "years_as_world_leader", "years as world's largest producer and seller"};
inline constexpr metric<year_count> years_as_nev_leader{
    "years_as_nev_leader", "years as world's leading NEV producer and seller"};
inline constexpr metric<calendar_year> first_year_as_leader{"first_year_as_leader",
                                                            "first year of the run"};
inline constexpr metric<year_count> years_since_last_at_rank{"years_since_last_at_rank",
                                                             "years since last at that rank"};
inline constexpr metric<calendar_year> overseas_entry_year{"overseas_entry_year",
                                                           "year of entry into overseas markets"};

inline constexpr metric<cluster_count> clusters_selected{
    "clusters_selected", "clusters selected as advanced manufacturing clusters"};
inline constexpr metric<company_count> smart_factory_companies{
    "smart_factory_companies",
    "companies in the 2nd batch of smart-manufacturing demonstration factories"};
inline constexpr metric<company_count> factory_5g_companies{
    "factory_5g_companies", "companies selected as 2023 5G factories"};
inline constexpr metric<company_count> companies_above_size{
    "companies_above_size", "vehicle and parts companies above designated size"};
inline constexpr metric<company_count> businesses{"businesses", "businesses involved"};
inline constexpr metric<company_count> testing_businesses{"testing_businesses",
                                                          "businesses testing autonomous vehicles"};
inline constexpr metric<platform_count> rd_platforms{"rd_platforms", "R&D platforms"};
inline constexpr metric<person_count> forum_attendance{
    "forum_attendance", "industry leaders and professionals at the forum"};
inline constexpr metric<item_count> work_aspects{"work_aspects", "aspects of work announced"};
inline constexpr metric<item_count> work_aspects_listed{"work_aspects_listed",
                                                        "aspects of work listed (First ... Fifth)"};

inline constexpr metric<date::weekday> event_weekday{"event_weekday", "weekday of the event"};
inline constexpr metric<calendar_day> photo_date{"photo_date", "date a photo was taken"};

}  // namespace nevfacts::data::china_nev

#endif  // NEVFACTS_CXX20
