// nevfacts/data/china_nev/registry.hpp -- the five seed documents as one checked registry
//
// Synopsis (namespace nevfacts::data::china_nev::all)
//   inline constexpr std::array<const document*, 5> documents;
//   inline constexpr std::array<fact, ...> claims;          // every claim of every document
//   inline constexpr std::array<fact, ...> derived_facts;   // what the claims imply
//   inline constexpr registry<...> facts;                   // both, looked up by id or key
//   inline constexpr std::array<left_out, ...> left_out_figures;  // figures not encoded, why
//   inline constexpr std::array<check_result, ...> cross_checks, checks;
//
// The aggregates live in `all`, apart from the vocabulary, so that a user who writes
// `using namespace nevfacts::data::china_nev;` keeps names such as `checks` for their own.
//
// Including this header runs every check in static_assert: a seed figure that contradicts
// another stops the build and names the rule and the facts.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/data/china_nev/doc_000.hpp>
#include <nevfacts/data/china_nev/doc_001.hpp>
#include <nevfacts/data/china_nev/doc_002.hpp>
#include <nevfacts/data/china_nev/doc_003.hpp>
#include <nevfacts/data/china_nev/doc_004.hpp>

namespace nevfacts::data::china_nev::all {

inline constexpr std::array<const document*, 5> documents{
    &doc000::source, &doc001::source, &doc002::source, &doc003::source, &doc004::source};

inline constexpr real_interval plausible_national_growth{-20.0, 60.0};

// What one report says about another's figures. (The ranks of 2022 and 2023 are not compared:
// two years are two facts; the runs of years say when the lead began.)
inline constexpr auto cross_checks = std::to_array<check_result>({
    check_agreement(doc000::nev_sales, doc003::nev_sales),
    check_run_of_years(doc004::nev_leader_years, doc003::nev_leader_years),
    check_direction(doc002::sales_outlook, doc000::nev_sales_growth),
    check_direction(doc002::production_outlook, doc000::nev_production_growth),
    check_part_of_whole(doc003::nev_sales_h1_2023, doc000::nev_sales),
    check_part_of_whole(doc001::nev_output, doc000::nev_production),
    check_part_of_whole(doc001::nev_output_2022, doc000::nev_production_2022),
    check_plausible_growth(doc000::nev_sales, doc003::nev_sales_2024, plausible_national_growth),
});
static_assert(all_hold(cross_checks));

inline constexpr auto claims =
    join(doc000::facts, doc001::facts, doc002::facts, doc003::facts, doc004::facts);
inline constexpr auto derived_facts =
    join(doc000::derived_facts, doc001::derived_facts, doc002::derived_facts, doc003::derived_facts,
         doc004::derived_facts);
inline constexpr registry facts{join(claims, derived_facts)};
inline constexpr auto left_out_figures =
    join(doc000::left_out_figures, doc001::left_out_figures, doc002::left_out_figures,
         doc003::left_out_figures, doc004::left_out_figures);

inline constexpr auto registry_check = std::to_array<check_result>({check_registry(facts)});
static_assert(all_hold(registry_check));

inline constexpr auto checks = join(doc000::checks, doc001::checks, doc002::checks, doc003::checks,
                                    doc004::checks, cross_checks, registry_check);

}  // namespace nevfacts::data::china_nev::all

#endif  // NEVFACTS_CXX20
