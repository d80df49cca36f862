// nevfacts/data/china_nev/doc_004.hpp -- data/sources/004_4ddccd15013cd5a2.txt
//
// Xinhua, published 08:49, August 11, 2023, datelined "BEIJING, Aug. 10". Runs of years end
// with 2022, the last full year; "this year" is 2023. "On Wednesday" is read against the
// week up to the dateline.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/data/china_nev/vocabulary.hpp>

namespace nevfacts::data::china_nev::doc004 {

inline constexpr document source{
    "doc004",
    "004_4ddccd15013cd5a2.txt",
    "China's auto industry witnesses high-quality growth",
    "Xinhua (People's Daily Online, web editors Zhang Kaiwei, Liang Jun)",
    "BEIJING, Aug. 10 (Xinhua)",
    period::day(2023, 8, 11)};

inline constexpr std::string_view byd_quote =
    "The five millionth new energy vehicle (NEV) produced by China's leading NEV manufacturer BYD "
    "rolled off the production line on Wednesday.";
inline constexpr std::string_view photo_quote =
    "This photo taken on Aug. 9, 2023 shows a BYD Denza N7 during a press conference in Shenzhen";
inline constexpr std::string_view runs_quote =
    "China has been the world's largest automobile production and sales country for 14 consecutive "
    "years, and the production and sales of new energy vehicles (NEVs) topped the global market for"
    " the eighth year in a row.";
inline constexpr std::string_view exports_quote =
    "China's vehicle exports soared to around 1.07 million units in the first quarter of 2023";
inline constexpr std::string_view exporter_quote =
    "indicating that China had become the world's largest auto exporter in the period, even "
    "outpacing Japan";
inline constexpr std::string_view nev_exports_quote =
    "Chinese auto manufacturers exported 457,000 units of NEVs from January to May this year, an "
    "increase of 1.6 times over the same period last year.";
inline constexpr std::string_view overseas_quote =
    "Since 2020, China's electric car manufacturers have begun to enter the overseas mainstream "
    "automobile markets";

inline constexpr auto y2022 = period::year(2022);
// The runs of years and ranks end with 2022; the other rows name their own periods.
inline constexpr claims_from doc{source, y2022, status::actual};
inline constexpr auto week_to_dateline =
    period::days(period::ymd(2023, 8, 4), period::ymd(2023, 8, 10));

inline constexpr auto byd_cumulative =
    doc.claim(cumulative_production, {
                                         .id = "d004.byd_cumulative",
                                         .about = byd / nevs,
                                         .when = period::day(2023, 8, 9),
                                         .quote = byd_quote,
                                         .words = "five millionth",
                                     });
inline constexpr auto byd_weekday = doc.claim(event_weekday, {
                                                                 .id = "d004.byd_weekday",
                                                                 .about = byd / nevs,
                                                                 .when = week_to_dateline,
                                                                 .quote = byd_quote,
                                                                 .words = "on Wednesday",
                                                             });
inline constexpr auto byd_photo_day = doc.claim(photo_date, {
                                                                .id = "d004.byd_photo_day",
                                                                .about = byd / nevs,
                                                                .when = period::day(2023, 8, 9),
                                                                .quote = photo_quote,
                                                                .words = "Aug. 9, 2023",
                                                            });
inline constexpr auto world_leader_years =
    doc.claim(years_as_world_leader, {
                                         .id = "d004.world_leader_years",
                                         .about = china / vehicles,
                                         .quote = runs_quote,
                                         .words = "14 consecutive years",
                                     });
inline constexpr auto nev_leader_years =
    doc.claim(years_as_nev_leader, {
                                       .id = "d004.nev_leader_years",
                                       .about = china / nevs,
                                       .quote = runs_quote,
                                       .words = "eighth year in a row",
                                   });
inline constexpr auto world_leader_rank = doc.claim(world_rank, {
                                                                    .id = "d004.world_rank",
                                                                    .about = china / vehicles,
                                                                    .quote = runs_quote,
                                                                    .words = "world's largest",
                                                                });
inline constexpr auto nev_rank = doc.claim(nev_world_rank, {
                                                               .id = "d004.nev_rank",
                                                               .about = china / nevs,
                                                               .quote = runs_quote,
                                                               .words = "topped the global market",
                                                           });
inline constexpr auto q1_exports = doc.claim(exports, {
                                                          .id = "d004.q1_exports",
                                                          .about = china / vehicles,
                                                          .when = period::quarter(2023, 1),
                                                          .quote = exports_quote,
                                                          .words = "around 1.07 million units",
                                                      });
inline constexpr auto q1_export_rank =
    doc.claim(export_world_rank, {
                                     .id = "d004.q1_export_rank",
                                     .about = china / vehicles,
                                     .when = period::quarter(2023, 1),
                                     .quote = exporter_quote,
                                     .words = "world's largest",
                                 });
inline constexpr auto nev_exports = doc.claim(exports, {
                                                           .id = "d004.nev_exports",
                                                           .about = china / nevs,
                                                           .when = period::months(2023, 1, 5),
                                                           .quote = nev_exports_quote,
                                                           .words = "457,000 units",
                                                       });
inline constexpr auto nev_exports_growth =
    doc.claim(exports_growth, {
                                  .id = "d004.nev_exports_growth",
                                  .about = china / nevs,
                                  .when = period::months(2023, 1, 5),
                                  .quote = nev_exports_quote,
                                  .words = "an increase of 1.6 times",
                              });
inline constexpr auto overseas_entry =
    doc.claim(overseas_entry_year, {
                                       .id = "d004.overseas_entry",
                                       .about = china / nevs,
                                       .when = period::year(2020),
                                       .quote = overseas_quote,
                                       .words = "2020",
                                   });

inline constexpr auto facts =
    std::to_array<fact>({byd_cumulative, byd_weekday, byd_photo_day, world_leader_years,
                         nev_leader_years, world_leader_rank, nev_rank, q1_exports, q1_export_rank,
                         nev_exports, nev_exports_growth, overseas_entry});

inline constexpr auto nev_exports_2022 =
    derive_base("d004.derived.nev_exports_jan_may_2022", nev_exports, nev_exports_growth);
inline constexpr auto world_first_year =
    derive_first_year("d004.derived.world_first_year", world_leader_years, first_year_as_leader);
inline constexpr auto nev_first_year =
    derive_first_year("d004.derived.nev_first_year", nev_leader_years, first_year_as_leader);

inline constexpr auto derived_facts =
    std::to_array<fact>({nev_exports_2022, world_first_year, nev_first_year});

inline constexpr auto checks = std::to_array<check_result>({
    check_weekday(byd_weekday, byd_photo_day),
});
static_assert(all_hold(checks));

// Figures of the source deliberately not encoded, and why (tests/coverage checks that every
// figure of the text is either in a claim's words or here; README.md lists them).
inline constexpr auto left_out_figures = std::to_array<left_out>({
    {
        .source = &source,
        .words = "date 2023-08-11",
        .reason = "the file's date line: the publication date (source.published)",
    },
    {
        .source = &source,
        .words = "08:49, August 11, 2023",
        .reason = "the time and day of publication (source.published)",
    },
    {
        .source = &source,
        .words = "China's leading NEV manufacturer",
        .reason = "BYD's lead among NEV makers, said in passing (in a caption and in the story): no"
                  " market or measure named",
    },
    {
        .source = &source,
        .words = "BEIJING, Aug. 10",
        .reason = "the dateline; the week it ends is the period of d004.byd_weekday",
    },
    {
        .source = &source,
        .words = "the first quarter of 2023",
        .reason =
            "the period of d004.q1_exports and d004.q1_export_rank (period::quarter(2023, 1))",
    },
    {
        .source = &source,
        .words = "January to May",
        .reason = "the period of d004.nev_exports and its growth (period::months(2023, 1, 5))",
    },
    {
        .source = &source,
        .words = "one of China's closest ports",
        .reason = "a port's distance to Central Asia: no measure of vehicles",
    },
    {
        .source = &source,
        .words = "Jan. 11, 2023",
        .reason = "the date of a photograph, tied to no claim",
    },
    {
        .source = &source,
        .words = "June 19, 2023",
        .reason = "the date of a photograph, tied to no claim",
    },
    {
        .source = &source,
        .words = "July 26, 2023",
        .reason = "the date of a photograph, tied to no claim",
    },
    {
        .source = &source,
        .words = "Jan. 18, 2023",
        .reason = "the date of a photograph, tied to no claim",
    },
    {
        .source = &source,
        .words = "Oct. 12, 2022",
        .reason = "the date of three photographs, tied to no claim",
    },
    {
        .source = &source,
        .words = "Feb. 15, 2023",
        .reason = "the date of a photograph, tied to no claim",
    },
    {
        .source = &source,
        .words = "Feb. 16, 2023",
        .reason = "the date of a photograph, tied to no claim",
    },
    {
        .source = &source,
        .words = "July 11, 2023",
        .reason = "the date of a photograph, tied to no claim",
    },
    {
        .source = &source,
        .words = "Liang Jun",
        .reason = "a name (web editor Liang Jun), not the month",
    },
});

}  // namespace nevfacts::data::china_nev::doc004

#endif  // NEVFACTS_CXX20
