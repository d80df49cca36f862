// nevfacts/data/china_nev/doc_002.hpp -- data/sources/002_4de6ee158b89e1fc.txt
//
// MIIT's outlook for 2023, published February 7, 2023 ("this year" is 2023).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/data/china_nev/vocabulary.hpp>

namespace nevfacts::data::china_nev::doc002 {

inline constexpr document source{
    "doc002", "002_4de6ee158b89e1fc.txt",
    "It is expected that the production and sales of new energy vehicles will maintain a rapid "
    "growth trend in 2023",
    "Ministry of Industry and Information Technology", "February 7, 2023", period::day(2023, 2, 7)};

inline constexpr std::string_view outlook_quote =
    "it is expected that the production and sales of new energy vehicles will still maintain a "
    "rapid growth trend this year";
inline constexpr std::string_view aspects_quote = "he would focus on five aspects of work";

inline constexpr auto y2023 = period::year(2023);
// An outlook for "this year": forecasts, unless a row says the claim is a target.
inline constexpr claims_from doc{source, y2023, status::forecast};

inline constexpr auto production_outlook = doc.claim(production_trend, {
    .id = "d002.production_outlook",
    .about = china / nevs,
    .quote = outlook_quote,
    .words = "maintain a rapid growth trend",
});
inline constexpr auto sales_outlook = doc.claim(sales_trend, {
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
inline constexpr auto aspects_listed = doc.claim(work_aspects_listed, {
    .id = "d002.aspects_listed",
    .about = china / auto_industry,
    .state = status::target,
    .quote = "Fifth, deepen opening up and development.",
    .words = "Fifth",
});

inline constexpr auto facts = std::to_array<fact>({
    production_outlook, sales_outlook, aspects, aspects_listed});
inline constexpr std::array<fact, 0> derived_facts{};

inline constexpr auto checks = std::to_array<check_result>({
    check_equal(aspects, aspects_listed),
});
static_assert(all_hold(checks));

// Figures of the source deliberately not encoded, with the reason (filled in by the coverage work).
inline constexpr std::array<left_out, 0> left_out_figures{};

}  // namespace nevfacts::data::china_nev::doc002

#endif  // NEVFACTS_CXX20
