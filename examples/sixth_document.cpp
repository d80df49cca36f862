// A sixth document of your own: a few facts, and one cross-check against the seeds. With
// `using namespace` on the data set, its vocabulary (china, nevs, sales) is at hand, and
// names such as `checks` stay free for your own: the data set's aggregates are in `all`.
#include <nevfacts/data/china_nev/registry.hpp>

#include <iostream>

namespace mine {
using namespace nevfacts;
using namespace nevfacts::data::china_nev;

inline constexpr document cpca_note{
    "doc100", "my_notes.txt", "NEV retail, full year", "my desk", "", period::day(2024, 1, 10)};
inline constexpr std::string_view quote =
    "NEV sales rose to 9.49 million units in 2023, up 37.9 percent.";

// The note's claims are of 2023 and actual: each row states only what varies.
inline constexpr claims_from note{cpca_note, period::year(2023), status::actual};

inline constexpr auto sales_2023 = note.claim(sales, {
                                                         .id = "d100.nev_sales",
                                                         .about = china / nevs,
                                                         .quote = quote,
                                                         .words = "9.49 million units",
                                                     });
inline constexpr auto growth_2023 = note.claim(sales_growth, {
                                                                 .id = "d100.nev_sales_growth",
                                                                 .about = china / nevs,
                                                                 .quote = quote,
                                                                 .words = "up 37.9 percent",
                                                             });

inline constexpr auto checks = std::to_array<check_result>({
    check_agreement(sales_2023, doc000::nev_sales),  // against the MIIT figure
    check_agreement(sales_2023, doc003::nev_sales),  // and the Jiading report's
    check_growth(sales_2023, growth_2023, doc000::nev_sales_2022),
});
static_assert(all_hold(checks));
}  // namespace mine

int main() {
  for (const auto& c : mine::checks) std::cout << nevfacts::explain(c) << '\n';
  std::cout << "seed checks: " << nevfacts::data::china_nev::all::checks.size() << '\n';
}
