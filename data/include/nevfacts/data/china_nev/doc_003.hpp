// nevfacts/data/china_nev/doc_003.hpp -- data/sources/003_4ffeeb5e3217f286.txt
//
// The 2024 China Auto Forum in Jiading, published 2024-07-25 (the file's date line). "Last
// year" is 2023; "the past nine years" end with 2023, the last full year.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/data/china_nev/vocabulary.hpp>

namespace nevfacts::data::china_nev::doc003 {

inline constexpr document source{"doc003",
                                 "003_4ffeeb5e3217f286.txt",
                                 "Industry experts address auto sector's sustainability",
                                 "Jiading District (Shanghai) news",
                                 "date 2024-07-25",
                                 period::day(2024, 7, 25)};

inline constexpr std::string_view leader_quote =
    "Jiading is rapidly developing as the core of a world-class automobile industry center, as "
    "China leads the world in NEV production and sales.";
inline constexpr std::string_view forum_quote =
    "Over 200 industry leaders and professionals convened at the 2024 China Auto Forum in Jiading "
    "District from July 11–13";
inline constexpr std::string_view run_quote =
    "For the past nine years, China has been the global leader in both the production and sales of "
    "new-energy vehicles.";
inline constexpr std::string_view sales_quote =
    "China’s NEV sales reached 9.5 million units in 2023, accounting for more than 60 percent of "
    "the global market share.";
inline constexpr std::string_view half_quote =
    "With sales of 4.94 million units, up 32 percent year over year and capturing a 35.2-percent "
    "market share, this upward trend persisted in the first half of 2024.";
inline constexpr std::string_view forecast_quote =
    "It is anticipated that 11.5 million units will be sold by the end of the year.";
inline constexpr std::string_view sector_quote =
    "Some 200 research and development platforms, and more than 600 businesses are involved in the "
    "“new four modernizations” of the car industry";
inline constexpr std::string_view output_quote =
    "Total output of this sector hit 231.84 billion yuan (US$31.91 billion) last year.";
inline constexpr std::string_view fleet_quote =
    "With a fleet of 639 autonomous vehicles, 21 businesses including AutoX and Baidu have been "
    "testing and demonstrating in the suburban district.";

inline constexpr auto y2023 = period::year(2023);
inline constexpr auto h1_2024 = period::half(2024, 1);
// Most figures are 2023 results; rows of the first half of 2024 and the forecast say so.
inline constexpr claims_from doc{source, y2023, status::actual};

inline constexpr auto nev_rank = doc.claim(nev_world_rank, {
                                                               .id = "d003.nev_rank",
                                                               .about = china / nevs,
                                                               .quote = leader_quote,
                                                               .words = "leads the world",
                                                           });
inline constexpr auto forum_attendees = doc.claim(
    forum_attendance, {
                          .id = "d003.forum_attendees",
                          .about = jiading / auto_industry,
                          .when = period::days(period::ymd(2024, 7, 11), period::ymd(2024, 7, 13)),
                          .quote = forum_quote,
                          .words = "Over 200",
                      });
inline constexpr auto nev_leader_years =
    doc.claim(years_as_nev_leader, {
                                       .id = "d003.nev_leader_years",
                                       .about = china / nevs,
                                       .quote = run_quote,
                                       .words = "nine years",
                                   });
inline constexpr auto nev_sales = doc.claim(sales, {
                                                       .id = "d003.nev_sales",
                                                       .about = china / nevs,
                                                       .quote = sales_quote,
                                                       .words = "9.5 million units",
                                                   });
inline constexpr auto global_share =
    doc.claim(global_sales_share, {
                                      .id = "d003.global_share",
                                      .about = china / nevs,
                                      .quote = sales_quote,
                                      .words = "more than 60 percent",
                                  });
inline constexpr auto nev_sales_h1 = doc.claim(sales, {
                                                          .id = "d003.nev_sales_h1",
                                                          .about = china / nevs,
                                                          .when = h1_2024,
                                                          .quote = half_quote,
                                                          .words = "4.94 million units",
                                                      });
inline constexpr auto nev_sales_h1_growth =
    doc.claim(sales_growth, {
                                .id = "d003.nev_sales_h1_growth",
                                .about = china / nevs,
                                .when = h1_2024,
                                .quote = half_quote,
                                .words = "up 32 percent",
                            });
inline constexpr auto nev_share_h1 = doc.claim(market_share, {
                                                                 .id = "d003.nev_share_h1",
                                                                 .about = china / nevs,
                                                                 .when = h1_2024,
                                                                 .quote = half_quote,
                                                                 .words = "35.2-percent",
                                                             });
inline constexpr auto nev_trend_h1 = doc.claim(sales_trend, {
                                                                .id = "d003.nev_trend_h1",
                                                                .about = china / nevs,
                                                                .when = h1_2024,
                                                                .quote = half_quote,
                                                                .words = "upward trend persisted",
                                                            });
inline constexpr auto nev_sales_2024 = doc.claim(sales, {
                                                            .id = "d003.nev_sales_2024",
                                                            .about = china / nevs,
                                                            .when = period::year(2024),
                                                            .state = status::forecast,
                                                            .quote = forecast_quote,
                                                            .words = "11.5 million units",
                                                        });
inline constexpr auto rd_platform_count =
    doc.claim(rd_platforms, {
                                .id = "d003.rd_platforms",
                                .about = jiading / smart_vehicle_sector,
                                .quote = sector_quote,
                                .words = "Some 200",
                            });
inline constexpr auto sector_businesses =
    doc.claim(businesses, {
                              .id = "d003.sector_businesses",
                              .about = jiading / smart_vehicle_sector,
                              .quote = sector_quote,
                              .words = "more than 600 businesses",
                          });
inline constexpr auto sector_output =
    doc.claim(output_value, {
                                .id = "d003.sector_output",
                                .about = jiading / smart_vehicle_sector,
                                .quote = output_quote,
                                .words = "231.84 billion yuan",
                            });
inline constexpr auto sector_output_usd =
    doc.claim(output_value_usd, {
                                    .id = "d003.sector_output_usd",
                                    .about = jiading / smart_vehicle_sector,
                                    .quote = output_quote,
                                    .words = "US$31.91 billion",
                                });
inline constexpr auto av_fleet = doc.claim(fleet, {
                                                      .id = "d003.av_fleet",
                                                      .about = jiading / autonomous_vehicles,
                                                      .when = period::year(2024),
                                                      .quote = fleet_quote,
                                                      .words = "639 autonomous vehicles",
                                                  });
inline constexpr auto av_testers =
    doc.claim(testing_businesses, {
                                      .id = "d003.av_testers",
                                      .about = jiading / autonomous_vehicles,
                                      .when = period::year(2024),
                                      .quote = fleet_quote,
                                      .words = "21 businesses",
                                  });

inline constexpr auto facts = std::to_array<fact>(
    {nev_rank, forum_attendees, nev_leader_years, nev_sales, global_share, nev_sales_h1,
     nev_sales_h1_growth, nev_share_h1, nev_trend_h1, nev_sales_2024, rd_platform_count,
     sector_businesses, sector_output, sector_output_usd, av_fleet, av_testers});

inline constexpr auto nev_sales_h1_2023 =
    derive_base("d003.derived.nev_sales_h1_2023", nev_sales_h1, nev_sales_h1_growth);
inline constexpr auto global_nev_sales =
    derive_whole("d003.derived.global_nev_sales_2023", nev_sales, global_share, world / nevs);
inline constexpr auto vehicle_sales_h1 = derive_whole("d003.derived.vehicle_sales_h1_2024",
                                                      nev_sales_h1, nev_share_h1, china / vehicles);
inline constexpr auto sector_rate = derive_rate("d003.derived.cny_per_usd_2023", sector_output,
                                                sector_output_usd, implied_exchange_rate);
inline constexpr auto nev_first_year =
    derive_first_year("d003.derived.nev_first_year", nev_leader_years, first_year_as_leader);

inline constexpr auto derived_facts = std::to_array<fact>(
    {nev_sales_h1_2023, global_nev_sales, vehicle_sales_h1, sector_rate, nev_first_year});

// Not from the seeds: the yuan's official central parity moved between 6.8 and 7.4 per US
// dollar over 2023 and the first half of 2024. The translation must use a rate in that band.
inline constexpr real_interval cny_per_usd_2023_2024{6.8, 7.4};
// A forecast for the full year, against the year before it.
inline constexpr real_interval plausible_national_growth{-20.0, 60.0};

// The half-year and the full-year figures are two claims each side of a part-of-whole: the
// first half of 2023 (implied by the 2024 half and its growth) within the 2023 total, the
// first half of 2024 within the forecast for the year.
inline constexpr auto checks = std::to_array<check_result>({
    check_part_of_whole(nev_sales_h1_2023, nev_sales),
    check_part_of_whole(nev_sales_h1, nev_sales_2024),
    check_plausible_growth(nev_sales, nev_sales_2024, plausible_national_growth),
    check_direction(nev_trend_h1, nev_sales_h1_growth),
    check_exchange_rate(sector_output, sector_output_usd, cny_per_usd_2023_2024),
});
static_assert(all_hold(checks));

// Figures of the source deliberately not encoded, and why (tests/coverage checks that every
// figure of the text is either in a claim's words or here; README.md lists them).
inline constexpr auto left_out_figures = std::to_array<left_out>({
    {
        .source = &source,
        .words = "date 2024-07-25",
        .reason = "the file's date line: the publication date (source.published)",
    },
    {
        .source = &source,
        .words = "the 2024 China Auto Forum",
        .reason = "the forum's name; its days are the period of d003.forum_attendees",
    },
    {
        .source = &source,
        .words = "July 11–13",
        .reason = "the forum's days: the period of d003.forum_attendees (2024-07-11 to 2024-07-13)",
    },
    {
        .source = &source,
        .words = "global leader",
        .reason =
            "the run of d003.nev_leader_years (\"the global leader\" for nine years); the rank "
            "of 2023 is d003.nev_rank",
    },
    {
        .source = &source,
        .words = "in 2023",
        .reason = "the period of d003.nev_sales and d003.global_share (period::year(2023))",
    },
    {
        .source = &source,
        .words = "the first half of 2024",
        .reason = "the period of the half-year claims (period::half(2024, 1))",
    },
    {
        .source = &source,
        .words = "new four modernizations",
        .reason = "the name of a programme (electrification, IoT, intellectualization and sharing),"
                  " not a count",
    },
});

}  // namespace nevfacts::data::china_nev::doc003

#endif  // NEVFACTS_CXX20
