// nevfacts/data/china_nev/doc_000.hpp -- data/sources/000_ae66ebfe7aa9747c.txt
//
// MIIT figures for 2023, reported by Wang Zheng. The dateline says only "Beijing, February
// 25"; the year is 2024 because the text reports full-year 2023 sales as done.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/data/china_nev/vocabulary.hpp>

namespace nevfacts::data::china_nev::doc000 {

inline constexpr document source{
    "doc000",
    "000_ae66ebfe7aa9747c.txt",
    "Chinese brand passenger cars' market share continues to rise",
    "Reporter Wang Zheng, from the Ministry of Industry and Information Technology",
    "Beijing, February 25",
    period::day(2024, 2, 25)};

inline constexpr std::string_view brand_quote =
    "The market share of Chinese brand passenger cars continues to rise, with cumulative sales of "
    "14.596 million units in 2023, a year-on-year increase of 24.1%, and the annual market share "
    "reached 56%, an increase of 6.1 percentage points from the previous year.";
inline constexpr std::string_view nev_quote =
    "In 2023, the production and sales of new energy vehicles will be 9.587 million and 9.495 "
    "million respectively, a year-on-year increase of 35.8% and 37.9% respectively.";
inline constexpr std::string_view exports_quote =
    "In 2023, my country's passenger car exports totaled 4.14 million units, a year-on-year "
    "increase of 63.7%.";
inline constexpr std::string_view clusters_quote =
    "6 automobile industry clusters were selected into the advanced manufacturing clusters of the "
    "Ministry of Industry and Information Technology, 13 automobile companies were selected into "
    "the second batch of intelligent manufacturing demonstration factories of the Ministry of "
    "Industry and Information Technology, and 17 Complete vehicle and parts companies were selected"
    " as the 2023 5G factories";
inline constexpr std::string_view installation_quote =
    "The installation rate of front-end installation of intelligent network connection systems has "
    "increased rapidly, and the installation rate of new energy vehicle combined assisted driving "
    "technology (L2 level) has exceeded 50%.";

inline constexpr auto y2023 = period::year(2023);
// Every claim below is of 2023 and actual unless its row says otherwise.
inline constexpr claims_from doc{source, y2023, status::actual};

inline constexpr auto cb_pc_sales =
    doc.claim(sales, {
                         .id = "d000.cb_pc_sales",
                         .about = china / chinese_brand_passenger_cars,
                         .quote = brand_quote,
                         .words = "14.596 million units",
                     });
inline constexpr auto cb_pc_sales_growth =
    doc.claim(sales_growth, {
                                .id = "d000.cb_pc_sales_growth",
                                .about = china / chinese_brand_passenger_cars,
                                .quote = brand_quote,
                                .words = "a year-on-year increase of 24.1%",
                            });
inline constexpr auto cb_pc_share =
    doc.claim(passenger_car_market_share, {
                                              .id = "d000.cb_pc_share",
                                              .about = china / chinese_brand_passenger_cars,
                                              .quote = brand_quote,
                                              .words = "56%",
                                          });
inline constexpr auto cb_pc_share_change =
    doc.claim(market_share_change, {
                                       .id = "d000.cb_pc_share_change",
                                       .about = china / chinese_brand_passenger_cars,
                                       .quote = brand_quote,
                                       .words = "an increase of 6.1 percentage points",
                                   });
inline constexpr auto cb_pc_share_trend =
    doc.claim(market_share_trend, {
                                      .id = "d000.cb_pc_share_trend",
                                      .about = china / chinese_brand_passenger_cars,
                                      .quote = brand_quote,
                                      .words = "continues to rise",
                                  });
inline constexpr auto pc_exports_trend =
    doc.claim(exports_trend, {
                                 .id = "d000.pc_exports_trend",
                                 .about = china / passenger_cars,
                                 .quote = "passenger car exports grow rapidly",
                                 .words = "grow rapidly",
                             });
inline constexpr auto clusters = doc.claim(clusters_selected, {
                                                                  .id = "d000.clusters",
                                                                  .about = china / auto_industry,
                                                                  .quote = clusters_quote,
                                                                  .words = "6",
                                                              });
inline constexpr auto smart_factories =
    doc.claim(smart_factory_companies, {
                                           .id = "d000.smart_factories",
                                           .about = china / auto_industry,
                                           .quote = clusters_quote,
                                           .words = "13",
                                       });
inline constexpr auto factories_5g =
    doc.claim(factory_5g_companies, {
                                        .id = "d000.factories_5g",
                                        .about = china / auto_industry,
                                        .quote = clusters_quote,
                                        .words = "17",
                                    });
inline constexpr auto pc_exports = doc.claim(exports, {
                                                          .id = "d000.pc_exports",
                                                          .about = china / passenger_cars,
                                                          .quote = exports_quote,
                                                          .words = "4.14 million units",
                                                      });
inline constexpr auto pc_exports_growth =
    doc.claim(exports_growth, {
                                  .id = "d000.pc_exports_growth",
                                  .about = china / passenger_cars,
                                  .quote = exports_quote,
                                  .words = "a year-on-year increase of 63.7%",
                              });
inline constexpr auto nev_production = doc.claim(production, {
                                                                 .id = "d000.nev_production",
                                                                 .about = china / nevs,
                                                                 .quote = nev_quote,
                                                                 .words = "9.587 million",
                                                             });
inline constexpr auto nev_sales = doc.claim(sales, {
                                                       .id = "d000.nev_sales",
                                                       .about = china / nevs,
                                                       .quote = nev_quote,
                                                       .words = "9.495 million",
                                                   });
inline constexpr auto nev_production_growth =
    doc.claim(production_growth, {
                                     .id = "d000.nev_production_growth",
                                     .about = china / nevs,
                                     .quote = nev_quote,
                                     .words = "35.8%",
                                 });
inline constexpr auto nev_sales_growth = doc.claim(sales_growth, {
                                                                     .id = "d000.nev_sales_growth",
                                                                     .about = china / nevs,
                                                                     .quote = nev_quote,
                                                                     .words = "37.9%",
                                                                 });
inline constexpr auto cb_nev_pc_share = doc.claim(
    nev_passenger_car_market_share,
    {
        .id = "d000.cb_nev_pc_share",
        .about = china / chinese_brand_nev_passenger_cars,
        .quote = "the market share of Chinese brand new energy passenger vehicles reached 80.6%",
        .words = "80.6%",
    });
inline constexpr auto l2_rate = doc.claim(l2_installation_rate, {
                                                                    .id = "d000.l2_rate",
                                                                    .about = china / nevs,
                                                                    .quote = installation_quote,
                                                                    .words = "exceeded 50%",
                                                                });
inline constexpr auto connected_trend =
    doc.claim(connected_installation_trend, {
                                                .id = "d000.connected_trend",
                                                .about = china / vehicles,
                                                .quote = installation_quote,
                                                .words = "increased rapidly",
                                            });

inline constexpr auto facts = std::to_array<fact>(
    {cb_pc_sales, cb_pc_sales_growth, cb_pc_share, cb_pc_share_change, cb_pc_share_trend,
     pc_exports_trend, clusters, smart_factories, factories_5g, pc_exports, pc_exports_growth,
     nev_production, nev_sales, nev_production_growth, nev_sales_growth, cb_nev_pc_share, l2_rate,
     connected_trend});

// What the figures imply about 2022, and about the whole passenger-car market. These are shown,
// not checked against the figures they came from: base = value / (1 + growth) against value,
// or whole = part / share against the part, could only hold (nevfacts/rules.hpp, "Sides").
inline constexpr auto cb_pc_sales_2022 =
    derive_base("d000.derived.cb_pc_sales_2022", cb_pc_sales, cb_pc_sales_growth);
inline constexpr auto cb_pc_share_2022 =
    derive_earlier_share("d000.derived.cb_pc_share_2022", cb_pc_share, cb_pc_share_change);
inline constexpr auto pc_sales_2023 =
    derive_whole("d000.derived.pc_sales_2023", cb_pc_sales, cb_pc_share, china / passenger_cars);
inline constexpr auto pc_sales_2022 = derive_whole("d000.derived.pc_sales_2022", cb_pc_sales_2022,
                                                   cb_pc_share_2022, china / passenger_cars);
inline constexpr auto pc_exports_2022 =
    derive_base("d000.derived.pc_exports_2022", pc_exports, pc_exports_growth);
inline constexpr auto nev_production_2022 =
    derive_base("d000.derived.nev_production_2022", nev_production, nev_production_growth);
inline constexpr auto nev_sales_2022 =
    derive_base("d000.derived.nev_sales_2022", nev_sales, nev_sales_growth);

inline constexpr auto derived_facts =
    std::to_array<fact>({cb_pc_sales_2022, cb_pc_share_2022, pc_sales_2023, pc_sales_2022,
                         pc_exports_2022, nev_production_2022, nev_sales_2022});

// Each check ties two claims: a trend in words against the figure of its change.
inline constexpr auto checks = std::to_array<check_result>({
    check_direction(cb_pc_share_trend, cb_pc_share_change),
    check_direction(pc_exports_trend, pc_exports_growth),
});
static_assert(all_hold(checks));

// Figures of the source deliberately not encoded, and why (tests/coverage checks that every
// figure of the text is either in a claim's words or here; README.md lists them).
inline constexpr auto left_out_figures = std::to_array<left_out>({
    {
        .source = &source,
        .words = "February 25",
        .reason = "the dateline's day: the publication date (source.published, 2024-02-25; the year"
                  " is read from the text)",
    },
    {
        .source = &source,
        .words = "2023",
        .reason = "the year of the claims beside it: their period (period::year(2023)), not a "
                  "figure of its own",
    },
    {
        .source = &source,
        .words = "second batch",
        .reason = "which round of selection the 13 companies were chosen in: no measure of the "
                  "industry",
    },
    {
        .source = &source,
        .words = "5G",
        .reason = "a name (5G factories: the fifth generation of mobile networks), not a count",
    },
});

}  // namespace nevfacts::data::china_nev::doc000

#endif  // NEVFACTS_CXX20
