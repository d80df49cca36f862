// nevfacts/data/china_nev/doc_001.hpp -- data/sources/001_b7eccd7d3bdeb355.txt
//
// Chongqing's automobile industry, from a China Engineering Network repost of a Science and
// Technology Daily report. The text carries no date. It reports 2023 results and 2024 plans
// announced when "the second session of the Sixth Chongqing Municipal People's Congress
// recently opened" (January 2024), so the publication is dated to that month.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/data/china_nev/vocabulary.hpp>

namespace nevfacts::data::china_nev::doc001 {

inline constexpr document source{
    "doc001",
    "001_b7eccd7d3bdeb355.txt",
    "Chongqing builds a trillion-level intelligent network-connected new energy vehicle industry",
    "China Engineering Network (Science and Technology Daily, reporter Yong Li)",
    "",
    period::month(2024, 1)};

inline constexpr std::string_view rank_quote =
    "after seven years, Chongqing’s automobile output has returned to second place in the country";
inline constexpr std::string_view mayor_quote =
    "the city’s automobile production is set to rank second in the country by 2023, with the output"
    " of new energy vehicles reaching 50,000";
inline constexpr std::string_view trillion_quote =
    "with plans to exceed the trillion-level industry scale by 2027";
inline constexpr std::string_view nev_growth_quote =
    "with a year-on-year increase of 30% in new energy vehicle production";
inline constexpr std::string_view capacity_quote =
    "The city has thousands of complete vehicle and parts companies above a designated size, with a"
    " production capacity of 4 million vehicles per year.";
inline constexpr std::string_view changan_quote =
    "Changan Automobile’s sales exceeding 2.55 million vehicles in 2023";
inline constexpr std::string_view plan_2024_quote =
    "The city is determined to achieve an automobile manufacturing output value of 550 billion "
    "yuan, with a production of 2.6 million units by 2024.";
inline constexpr std::string_view plan_2027_quote =
    "By 2027, the city aims to exceed the production and sales of intelligent networked new energy "
    "vehicles to reach over 2 million units, with the industrial scale breaking through the "
    "trillion level.";

inline constexpr auto y2023 = period::year(2023);
// The 2023 results are actual; the plans name their year and status::target.
inline constexpr claims_from doc{source, y2023, status::actual};

inline constexpr auto output_rank =
    doc.claim(production_rank_in_country, {
                                              .id = "d001.output_rank",
                                              .about = chongqing / vehicles,
                                              .quote = rank_quote,
                                              .words = "second place",
                                          });
inline constexpr auto years_since_second =
    doc.claim(years_since_last_at_rank, {
                                            .id = "d001.years_since_second",
                                            .about = chongqing / vehicles,
                                            .quote = rank_quote,
                                            .words = "seven years",
                                        });
inline constexpr auto production_rank =
    doc.claim(production_rank_in_country, {
                                              .id = "d001.production_rank",
                                              .about = chongqing / vehicles,
                                              .quote = mayor_quote,
                                              .words = "second",
                                          });
inline constexpr auto nev_output = doc.claim(production, {
                                                             .id = "d001.nev_output",
                                                             .about = chongqing / nevs,
                                                             .quote = mayor_quote,
                                                             .words = "50,000",
                                                         });
inline constexpr auto nev_output_growth =
    doc.claim(production_growth, {
                                     .id = "d001.nev_output_growth",
                                     .about = chongqing / nevs,
                                     .quote = nev_growth_quote,
                                     .words = "a year-on-year increase of 30%",
                                 });
inline constexpr auto companies =
    doc.claim(companies_above_size, {
                                        .id = "d001.companies",
                                        .about = chongqing / auto_industry,
                                        .quote = capacity_quote,
                                        .words = "thousands of",
                                    });
// "The city has ... a production capacity of ...": stated as of the report (January 2024).
inline constexpr auto capacity =
    doc.claim(production_capacity, {
                                       .id = "d001.capacity",
                                       .about = chongqing / vehicles,
                                       .when = source.published,
                                       .quote = capacity_quote,
                                       .words = "4 million vehicles per year",
                                   });
inline constexpr auto changan_sales =
    doc.claim(sales, {
                         .id = "d001.changan_sales",
                         .about = changan / vehicles,
                         .quote = changan_quote,
                         .words = "exceeding 2.55 million vehicles",
                     });
inline constexpr auto output_value_2024 =
    doc.claim(output_value, {
                                .id = "d001.output_value_2024",
                                .about = chongqing / auto_industry,
                                .when = period::year(2024),
                                .state = status::target,
                                .quote = plan_2024_quote,
                                .words = "550 billion yuan",
                            });
inline constexpr auto production_2024 = doc.claim(production, {
                                                                  .id = "d001.production_2024",
                                                                  .about = chongqing / vehicles,
                                                                  .when = period::year(2024),
                                                                  .state = status::target,
                                                                  .quote = plan_2024_quote,
                                                                  .words = "2.6 million units",
                                                              });
// The 2027 target names "intelligent networked" NEVs, the article's name for the city's whole
// NEV industry (its title and opening paragraph); it is one series with the 2023 NEV output.
inline constexpr auto nev_output_2027 = doc.claim(production, {
                                                                  .id = "d001.nev_output_2027",
                                                                  .about = chongqing / nevs,
                                                                  .when = period::year(2027),
                                                                  .state = status::target,
                                                                  .quote = plan_2027_quote,
                                                                  .words = "over 2 million units",
                                                              });
inline constexpr auto output_value_2027 =
    doc.claim(output_value, {
                                .id = "d001.output_value_2027",
                                .about = chongqing / auto_industry,
                                .when = period::year(2027),
                                .state = status::target,
                                .quote = trillion_quote,
                                .words = "exceed the trillion-level",
                            });

inline constexpr auto facts =
    std::to_array<fact>({output_rank, years_since_second, production_rank, nev_output,
                         nev_output_growth, companies, capacity, changan_sales, output_value_2024,
                         production_2024, nev_output_2027, output_value_2027});

inline constexpr auto nev_output_2022 =
    derive_base("d001.derived.nev_output_2022", nev_output, nev_output_growth);

inline constexpr auto derived_facts = std::to_array<fact>({nev_output_2022});

// A city's industry that doubles every year is already remarkable; faster than +60 % a year,
// sustained over several years, is flagged.
inline constexpr real_interval plausible_city_growth{-30.0, 60.0};

inline constexpr auto checks = std::to_array<check_result>({
    check_equal(output_rank, production_rank),
    check_within_capacity(production_2024, capacity),
    check_plausible_growth(output_value_2024, output_value_2027, plausible_city_growth),
    check_plausible_growth(nev_output, nev_output_2027, plausible_city_growth),
});
static_assert(all_hold(checks));
// 50,000 NEVs in 2023 to over 2 million in 2027 is more than +150 % a year.
static_assert(is_flagged(checks[3]));

// Figures of the source deliberately not encoded, and why (tests/coverage checks that every
// figure of the text is either in a claim's words or here; README.md lists them).
inline constexpr auto left_out_figures = std::to_array<left_out>({
    {
        .source = &source,
        .words = "trillion-level intelligent",
        .reason = "the title's trillion-level industry (twice): the 2027 target "
                  "d001.output_value_2027, encoded where the text gives its year",
    },
    {
        .source = &source,
        .words = "The second session of the Sixth",
        .reason = "which session of which People's Congress: the names of a meeting, no measure",
    },
    {
        .source = &source,
        .words = "2023",
        .reason = "the year of the 2023 results: their period (period::year(2023))",
    },
    {
        .source = &source,
        .words = "2024",
        .reason = "the year of the 2024 plans: the period of d001.output_value_2024 and "
                  "d001.production_2024 (the action plans \"in 2024\" carry no figure)",
    },
    {
        .source = &source,
        .words = "2027",
        .reason = "the year of the 2027 targets: their period (period::year(2027))",
    },
    {
        .source = &source,
        .words = "Avita 12",
        .reason = "a car model's name, not a count",
    },
    {
        .source = &source,
        .words = "are leading the country",
        .reason =
            "two car models lead \"in terms of intelligence and electrification\": no measure a"
            " rule could hold",
    },
    {
        .source = &source,
        .words = "the trillion level",
        .reason = "restates the 2027 output-value target (d001.output_value_2027)",
    },
    {
        .source = &source,
        .words = "may also like",
        .reason = "a verb in the page's footer, not the month",
    },
});

}  // namespace nevfacts::data::china_nev::doc001

#endif  // NEVFACTS_CXX20
