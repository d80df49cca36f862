// nevfacts/data/china_nev/doc_002.hpp -- data/sources/002_4de6ee158b89e1fc.txt
//
// MIIT's outlook for 2023, published February 7, 2023 ("this year" is 2023).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/data/china_nev/vocabulary.hpp>

namespace nevfacts::data::china_nev::doc002 {

inline constexpr document source{
    "doc002",
    "002_4de6ee158b89e1fc.txt",
    "It is expected that the production and sales of new energy vehicles will maintain a rapid "
    "growth trend in 2023",
    "Ministry of Industry and Information Technology",
    "February 7, 2023",
    period::day(2023, 2, 7)};

inline constexpr std::string_view outlook_quote =
    "it is expected that the production and sales of new energy vehicles will still maintain a "
    "rapid growth trend this year";
inline constexpr std::string_view aspects_quote = "he would focus on five aspects of work";

inline constexpr auto y2023 = period::year(2023);
// An outlook for "this year": forecasts, unless a row says the claim is a target.
inline constexpr claims_from doc{source, y2023, status::forecast};

inline constexpr auto production_outlook =
    doc.claim(production_trend, {
                                    .id = "d002.production_outlook",
                                    .about = china / nevs,
                                    .quote = outlook_quote,
                                    .words = "maintain a rapid growth trend",
                                });
inline constexpr auto sales_outlook =
    doc.claim(sales_trend, {
                               .id = "d002.sales_outlook",
                               .about = china / nevs,
                               .quote = outlook_quote,
                               .words = "maintain a rapid growth trend",
                           });
inline constexpr auto aspects = doc.claim(work_aspects, {
                                                            .id = "d002.aspects",
                                                            .about = china / auto_industry,
                                                            .state = status::target,
                                                            .quote = aspects_quote,
                                                            .words = "five aspects",
                                                        });
// The text then lists them: "First, ...", "The second is ...", "Third, ...", "Fourth, ...",
// "Fifth, ...".
inline constexpr auto aspects_listed =
    doc.claim(work_aspects_listed, {
                                       .id = "d002.aspects_listed",
                                       .about = china / auto_industry,
                                       .state = status::target,
                                       .quote = "Fifth, deepen opening up and development.",
                                       .words = "Fifth",
                                   });

inline constexpr auto facts =
    std::to_array<fact>({production_outlook, sales_outlook, aspects, aspects_listed});
inline constexpr std::array<fact, 0> derived_facts{};

inline constexpr auto checks = std::to_array<check_result>({
    check_equal(aspects, aspects_listed),
});
static_assert(all_hold(checks));

// Figures of the source deliberately not encoded, and why (tests/coverage checks that every
// figure of the text is either in a claim's words or here; README.md lists them).
inline constexpr auto left_out_figures = std::to_array<left_out>({
    {
        .source = &source,
        .words = "trend in 2023",
        .reason = "the title's year: the period of the outlook claims (period::year(2023))",
    },
    {
        .source = &source,
        .words = "February 7, 2023",
        .reason = "the publication date (source.published)",
    },
    {
        .source = &source,
        .words = "the 6th",
        .reason = "a day without its month (the day before publication): no claim rests on it",
    },
    {
        .source = &source,
        .words = "First Equipment Industry Division",
        .reason = "the name of a division of the ministry, not a rank",
    },
    {
        .source = &source,
        .words = "First, optimize",
        .reason = "the first of the five aspects; the list is encoded by its last item, \"Fifth\" "
                  "(d002.aspects_listed)",
    },
    {
        .source = &source,
        .words = "The second is",
        .reason = "the second of the five aspects (see \"First, optimize\")",
    },
    {
        .source = &source,
        .words = "Third, support",
        .reason = "the third of the five aspects (see \"First, optimize\")",
    },
    {
        .source = &source,
        .words = "Fourth, optimize",
        .reason = "the fourth of the five aspects (see \"First, optimize\")",
    },
    {
        .source = &source,
        .words = "leading enterprises",
        .reason = "\"leading enterprises\" in general: no one ranked, no measure",
    },
});

}  // namespace nevfacts::data::china_nev::doc002

#endif  // NEVFACTS_CXX20
