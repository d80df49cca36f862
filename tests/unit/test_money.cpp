// Tests for nevfacts/money.hpp: amounts change currency only through a dated exchange rate.
#include <nevfacts/money.hpp>
#include <nevfacts/scale.hpp>

#include <doctest/doctest.h>

#include "printed.hpp"

#include <sstream>
#include <string>
#include <type_traits>

using namespace nevfacts;

namespace {
constexpr bool near(double a, double b, double tolerance) { return a - b <= tolerance && b - a <= tolerance; }

constexpr cny_per_usd rate_2023{7.05, period::year(2023)};
}  // namespace

TEST_CASE("money: an exchange rate is a dated fact") {
  static_assert(rate_2023.value() == 7.05);
  static_assert(rate_2023.valid_for() == period::year(2023));
  static_assert(std::is_same_v<cny_per_usd::quote_unit, units::yuan_unit>);
  static_assert(std::is_same_v<cny_per_usd::base_unit, units::us_dollar_unit>);
  static_assert(cny_per_usd{}.value() == 0.0);
  CHECK(rate_2023.valid_for().contains(period::day(2023, 8, 9)));
  CHECK_FALSE(rate_2023.valid_for().contains(period::day(2024, 1, 1)));
}

TEST_CASE("money: convert goes both ways through the rate") {
  constexpr usd_amount dollars = 31.91 * billion * units::us_dollars;
  constexpr cny_amount in_yuan = convert(dollars, rate_2023);
  static_assert(std::is_same_v<decltype(convert(dollars, rate_2023)), cny_amount>);
  static_assert(near(in_yuan.value(), 224.9655e9, 1e-3));
  constexpr usd_amount back = convert(in_yuan, rate_2023);
  static_assert(std::is_same_v<decltype(convert(in_yuan, rate_2023)), usd_amount>);
  static_assert(near(back.value(), dollars.value(), 1e-3));
  static_assert(near(convert(705.0 * units::yuan, rate_2023).value(), 100.0, 1e-12));

  CHECK(convert(1.0 * units::us_dollars, rate_2023).value() == 7.05);
  CHECK(convert(7.05 * units::yuan, rate_2023).value() == doctest::Approx(1.0));
}

TEST_CASE("money: implied_rate recovers the rate from two amounts") {
  constexpr auto r = implied_rate(224.9655 * billion * units::yuan, 31.91 * billion * units::us_dollars,
                                  period::year(2023));
  static_assert(std::is_same_v<std::remove_cv_t<decltype(r)>, cny_per_usd>);
  static_assert(near(r.value(), 7.05, 1e-12));
  static_assert(r.valid_for() == period::year(2023));
  CHECK(implied_rate(72.0 * units::yuan, 10.0 * units::us_dollars, period::month(2024, 1)).value() ==
        doctest::Approx(7.2));
}

TEST_CASE("money: interval-valued rates and amounts") {
  using rate_interval = exchange_rate<units::yuan_unit, units::us_dollar_unit, real_interval>;
  constexpr rate_interval r{{7.045, 7.055}, period::year(2023)};
  constexpr auto dollars = quantity<units::us_dollar_unit, real_interval>::from_value({31.905e9, 31.915e9});
  constexpr auto yuan = convert(dollars, r);
  static_assert(std::is_same_v<std::remove_cv_t<decltype(yuan)>, quantity<units::yuan_unit, real_interval>>);
  static_assert(yuan.value().contains(real_interval{31.905e9 * 7.045, 31.915e9 * 7.055}));
  static_assert(!yuan.value().contains(224.7e9) && !yuan.value().contains(225.2e9));
  static_assert(convert(yuan, r).value().contains(dollars.value()));
}

TEST_CASE("money: printing") {
  CHECK(printed(rate_2023) == "7.05 CNY per USD (2023)");
  CHECK(printed(cny_per_usd{7.1, period::month(2024, 3)}) == "7.1 CNY per USD (Mar 2024)");
  CHECK(printed(convert(10.0 * billion * units::us_dollars, rate_2023)) == "70.5 billion CNY");
  CHECK(printed(31.91 * billion * units::us_dollars) == "31.91 billion USD");
}
