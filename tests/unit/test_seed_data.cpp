// The seed data against the source texts it encodes.
#include <doctest/doctest.h>

#include <nevfacts/data/china_nev/registry.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <sstream>
#include <string>

namespace seeds = nevfacts::data::china_nev;
using namespace nevfacts;

namespace {
std::string source_text(std::string_view file) {
  const auto path = std::filesystem::path(__FILE__).parent_path() / "../../data/sources" / std::string(file);
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}
}  // namespace

TEST_CASE("seed data: every quote stands verbatim in its source document") {
  for (const fact& f : seeds::all::claims) {
    const std::string text = source_text(f.source->file);
    REQUIRE_MESSAGE(!text.empty(), f.source->file);
    CHECK_MESSAGE(text.find(std::string(f.quote)) != std::string::npos, f.id);
    CHECK_MESSAGE(f.quote.find(f.words) != std::string_view::npos, f.id);
  }
}

namespace {
// The claims behind a fact, walked through the registry by `from` ids: the same set the
// library keeps in rests_on, computed another way.
std::set<std::string_view> claims_behind(std::string_view id) {
  const fact* f = seeds::all::facts.find(id);
  REQUIRE_MESSAGE(f != nullptr, id);
  if (f->state != status::derived) return {f->id};
  std::set<std::string_view> all;
  for (std::string_view source : f->from)
    if (!source.empty()) all.merge(claims_behind(source));
  return all;
}
std::set<std::string_view> claims_of_side(const check_result& c, std::size_t first, std::size_t last) {
  std::set<std::string_view> all;
  for (std::size_t i = first; i < last; ++i)
    if (!c.facts[i].empty()) all.merge(claims_behind(c.facts[i]));
  return all;
}
bool within(const std::set<std::string_view>& a, const std::set<std::string_view>& b) {
  return std::includes(b.begin(), b.end(), a.begin(), a.end());
}
}  // namespace

TEST_CASE("seed data: every fact is in the registry, from its document, and derived facts from registered facts") {
  std::size_t claims_seen = 0, derived_seen = 0;
  for (const fact& f : seeds::all::facts) {
    CAPTURE(f.id);
    if (f.state == status::derived) {
      ++derived_seen;
      CHECK(f.source_count() >= 1);
      for (std::size_t i = 0; i < f.source_count(); ++i) CHECK(seeds::all::facts.find(f.from[i]) != nullptr);
    } else {
      ++claims_seen;
      const auto& docs = seeds::all::documents;
      CHECK(std::find(docs.begin(), docs.end(), f.source) != docs.end());
    }
  }
  CHECK(claims_seen == seeds::all::claims.size());
  CHECK(derived_seen == seeds::all::derived_facts.size());
}

TEST_CASE("seed data: each fact rests on the claims its sources rest on, transitively") {
  for (const fact& f : seeds::all::facts) {
    CAPTURE(f.id);
    const std::set<std::string_view> behind = claims_behind(f.id);
    CHECK(f.rests_on.size == behind.size());
    for (std::string_view id : behind) CHECK(f.rests_on.contains(hash_text(id)));
  }
}

TEST_CASE("seed data: no check rests on the same claims on both sides") {
  std::size_t two_sided = 0;
  for (const check_result& c : seeds::all::checks) {
    if (c.which == rule::registry) continue;
    ++two_sided;
    CAPTURE(explain(c));
    const auto a = claims_of_side(c, 0, c.first_side), b = claims_of_side(c, c.first_side, max_sources);
    REQUIRE(!a.empty());
    REQUIRE(!b.empty());
    CHECK_FALSE(within(a, b));
    CHECK_FALSE(within(b, a));
  }
  CHECK(two_sided + 1 == seeds::all::checks.size());
}

TEST_CASE("seed data: doc003's forecast for 2024 against an outcome of 12.87 million missed by -11.1 % to -10.2 %") {
  static constexpr document outcome_report{"outside", "outside.txt", "NEV sales in 2024", "an outside source", "",
                                           period::day(2025, 1, 13)};
  static constexpr auto outcome = claim(outcome_report, "outside.nev_sales_2024", seeds::china / seeds::nevs,
                                        seeds::sales, period::year(2024), status::actual,
                                        "NEV sales were 12.87 million units in 2024.", "12.87 million units");
  constexpr check_result missed = check_forecast(seeds::doc003::nev_sales_2024, outcome);
  static_assert(is_flagged(missed));
  // [11.45, 11.55] M against [12.865, 12.875] M
  CHECK(missed.miss_percent.lo == doctest::Approx((11.45 / 12.875 - 1) * 100).epsilon(1e-9));
  CHECK(missed.miss_percent.hi == doctest::Approx((11.55 / 12.865 - 1) * 100).epsilon(1e-9));
  CHECK(missed.miss_percent.lo > -11.1);
  CHECK(missed.miss_percent.hi < -10.2);
  CHECK_THROWS_AS(check_forecast(outcome, seeds::doc003::nev_sales_2024), std::domain_error);  // the wrong order
  CHECK_THROWS_AS(check_agreement(seeds::doc003::nev_sales_2024, outcome), std::domain_error);
  // and a lookup by key finds the actual unless asked for the forecast
  CHECK(seeds::all::facts.find(seeds::sales, seeds::china / seeds::nevs, period::year(2024)) == std::nullopt);
  CHECK(seeds::all::facts.find(seeds::sales, seeds::china / seeds::nevs, period::year(2024), status::forecast)->id ==
        "d003.nev_sales_2024");
}

TEST_CASE("seed data: doc000's 80.6 % is a share of NEV passenger cars, not of all new cars") {
  static constexpr document outside{"outside", "outside.txt", "NEV share", "an outside source", "",
                                     period::day(2024, 1, 20)};
  static constexpr auto nev_share = claim(outside, "outside.nev_share_2023", seeds::china / seeds::nevs,
                                          seeds::market_share, period::year(2023), status::actual,
                                          "NEVs took 31.6% of all new-car sales in 2023.", "31.6%");
  const auto& cb = seeds::doc000::cb_nev_pc_share;
  REQUIRE(cb.whole != nullptr);
  CHECK(cb.whole->of.same_as(seeds::china / seeds::nev_passenger_cars));
  CHECK(cb.whole->metric_id == "sales");
  CHECK_FALSE(cb.whole->same_as(*nev_share.whole));
  CHECK_THROWS_AS(check_part_of_whole(nev_share, cb), std::domain_error);
  CHECK_THROWS_AS(check_part_of_whole(cb, nev_share), std::domain_error);
}

TEST_CASE("seed data: Chongqing's 2027 NEV target implies implausible growth, and is flagged") {
  constexpr check_result chongqing = check_plausible_growth(seeds::doc001::nev_output, seeds::doc001::nev_output_2027,
                                                            seeds::doc001::plausible_city_growth);
  static_assert(is_flagged(chongqing));
  CHECK(is_flagged(chongqing));
  CHECK(chongqing.implied.lo > 145.0);  // per cent a year, at the least
}

TEST_CASE("seed data: two reports a year apart agree on when China's NEV lead began") {
  static_assert(seeds::doc003::nev_first_year.value == real_interval::point(2015));
  static_assert(seeds::doc004::world_first_year.value == real_interval::point(2009));
  CHECK(holds(check_run_of_years(seeds::doc004::nev_leader_years, seeds::doc003::nev_leader_years)));
}

TEST_CASE("seed data: the Jiading translation implies 7.26-7.27 yuan per dollar") {
  CHECK(seeds::doc003::sector_rate.value.lo > 7.264);
  CHECK(seeds::doc003::sector_rate.value.hi < 7.267);
}
