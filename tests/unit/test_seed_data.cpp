// The seed data against the source texts it encodes.
#include <doctest/doctest.h>

#include <nevfacts/data/china_nev/registry.hpp>

#include <filesystem>
#include <fstream>
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

TEST_CASE("seed data: counts and verdicts") {
  static_assert(seeds::all::documents.size() == 5);
  CHECK(seeds::all::claims.size() == 62);
  CHECK(seeds::all::derived_facts.size() == 16);
  std::size_t flagged = 0, contradicted = 0;
  for (const check_result& c : seeds::all::checks) {
    flagged += c.outcome == verdict::flagged;
    contradicted += c.outcome == verdict::contradicts;
  }
  CHECK(contradicted == 0);
  CHECK(flagged == 1);
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
