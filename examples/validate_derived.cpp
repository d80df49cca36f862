// Validating a derived number in your own unit tests, the way a test suite of yours would.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <nevfacts/data/china_nev/registry.hpp>

using namespace nevfacts;
namespace seeds = nevfacts::data::china_nev;

// A spreadsheet said 2022 NEV sales were 6.887 million; the 2023 figure and its growth agree.
TEST_CASE("my 2022 NEV sales figure is what the 2023 report implies") {
  constexpr double my_figure = 6.887e6;
  static_assert(seeds::doc000::nev_sales_2022.value.contains(my_figure));
  CHECK(seeds::doc000::nev_sales_2022.value.contains(my_figure));
  CHECK_FALSE(seeds::doc000::nev_sales_2022.value.contains(7.1e6));
}

TEST_CASE("the Jiading output was translated at a 2023-2024 exchange rate") {
  const auto rate = seeds::all::facts.find("d003.derived.cny_per_usd_2023");
  REQUIRE(rate != nullptr);
  CHECK(rate->value.lo > 7.26);
  CHECK(rate->value.hi < 7.27);
}

TEST_CASE("the registry finds a figure by what it is about") {
  const auto h1 =
      seeds::all::facts.find(seeds::sales, seeds::china / seeds::nevs, period::half(2024, 1));
  REQUIRE(h1.has_value());
  CHECK(h1->typed_value().value().contains(4.94e6));
}
