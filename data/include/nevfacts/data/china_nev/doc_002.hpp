// nevfacts/data/china_nev/doc_002.hpp -- data/sources/002_4de6ee158b89e1fc.txt
//
// MIIT's outlook for 2023, published February 7, 2023 ("this year" is 2023).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/data/china_nev/vocabulary.hpp>

namespace nevfacts::data::china_nev::doc002 {

inline constexpr document source{"doc002", "002_4de6ee158b89e1fc.txt",
                                 "It is expected that the production and sales of new energy vehicles will maintain a rapid growth trend in 2023",
                                 "Ministry of Industry and Information Technology", "February 7, 2023",
                                 period::day(2023, 2, 7)};

inline constexpr std::string_view outlook_quote =
    "it is expected that the production and sales of new energy vehicles will still maintain a rapid growth trend "
    "this year";
inline constexpr std::string_view aspects_quote = "he would focus on five aspects of work";

inline constexpr auto y2023 = period::year(2023);

inline constexpr auto production_outlook = claim(source, "d002.production_outlook", china / nevs, production_trend, y2023, status::forecast, outlook_quote, "maintain a rapid growth trend");
inline constexpr auto sales_outlook = claim(source, "d002.sales_outlook", china / nevs, sales_trend, y2023, status::forecast, outlook_quote, "maintain a rapid growth trend");
inline constexpr auto aspects = claim(source, "d002.aspects", china / auto_industry, work_aspects, y2023, status::target, aspects_quote, "five aspects");
// The text then lists them: "First, ...", "The second is ...", "Third, ...", "Fourth, ...", "Fifth, ...".
inline constexpr auto aspects_listed = claim(source, "d002.aspects_listed", china / auto_industry, work_aspects_listed, y2023, status::target, "Fifth, deepen opening up and development.", "Fifth");

inline constexpr auto facts = std::to_array<fact>({production_outlook, sales_outlook, aspects, aspects_listed});
inline constexpr std::array<fact, 0> derived_facts{};

inline constexpr auto checks = std::to_array<check_result>({
    check_equal(aspects, aspects_listed),
});
static_assert(all_hold(checks));

// Figures of the source deliberately not encoded, with the reason (filled in by the coverage work).
inline constexpr std::array<left_out, 0> left_out_figures{};

}  // namespace nevfacts::data::china_nev::doc002

#endif  // NEVFACTS_CXX20
