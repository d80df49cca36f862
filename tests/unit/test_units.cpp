// Tests for nevfacts/units.hpp, nevfacts/quantity.hpp and nevfacts/scale.hpp.
#include <nevfacts/quantity.hpp>
#include <nevfacts/scale.hpp>
#include <nevfacts/units.hpp>

#include <doctest/doctest.h>

#include "printed.hpp"

#include <sstream>
#include <string>
#include <type_traits>
#include "../common/nev_kinds.hpp"

using namespace nevfacts;

namespace {
// A user-defined count, as units.hpp describes (ordinals 1001-1099 are nevfacts's).
struct charger_tag {
  static constexpr const char singular[] = "charger";
  static constexpr const char plural[] = "chargers";
};
using charger_base_unit = units::counted_base_unit<charger_tag, 2001>;
using charger_system = boost::units::make_system<charger_base_unit>::type;
using charger_unit = units::unit_of<charger_base_unit, charger_system>;
}  // namespace

TEST_CASE("scale: scale words and their factors") {
  static_assert(thousand == 1e3 && million == 1e6 && billion == 1e9 && trillion == 1e12);
  static_assert(wan == 1e4 && yi == 1e8);
  static_assert(scale_words[0].word == "hundred million" && scale_words[0].factor == yi);
  static_assert(std::size(scale_words) == 8);
  CHECK(1.2 * wan * nev::units::vehicles == 12000.0 * nev::units::vehicles);
  CHECK((3.0 * yi * units::yuan).value() == 3e8);
}

TEST_CASE("units: quantities of one unit add, subtract, scale and compare") {
  constexpr auto sales = 9.495 * million * nev::units::vehicles;
  static_assert(std::is_same_v<std::remove_cv_t<decltype(sales)>, vehicle_count>);
  static_assert(sales + 5.0 * nev::units::vehicles > sales);
  static_assert(sales - 5.0 * nev::units::vehicles < sales);
  static_assert((sales * 2.0).value() == 18.99e6);
  static_assert((sales / 5.0).value() == 1.899e6);
  static_assert(2.0 * nev::units::vehicles == vehicle_count::from_value(2.0));
  static_assert(-(2.0 * nev::units::vehicles) == -2.0 * nev::units::vehicles);

  const vehicle_count a = 600.0 * nev::units::vehicles, b = 400.0 * nev::units::vehicles;
  CHECK((a + b).value() == 1000.0);
  CHECK((a - b).value() == 200.0);
  CHECK(a > b);
  CHECK(b <= a);
  CHECK(a != b);
  // A ratio of two counts of the same thing is a plain number.
  CHECK(static_cast<double>(a / b) == doctest::Approx(1.5));
  vehicle_count c = a;
  c += b;
  CHECK(c.value() == 1000.0);
  c -= a;
  CHECK(c == b);
}

TEST_CASE("units: vehicles per year times years is vehicles") {
  // The data set's vehicles and the core's years are of two systems: the product is vehicles
  // of a system of both, which converts to the data set's vehicles implicitly.
  constexpr vehicle_rate capacity = 2.5 * million * nev::units::vehicles_per_year;
  constexpr year_count span = 4.0 * units::years;
  constexpr vehicle_count made = capacity * span;
  static_assert(made.value() == 10e6);
  static_assert(std::is_same_v<decltype((1.0 * nev::units::vehicles) / (1.0 * units::years)), vehicle_rate>);
  static_assert(vehicle_count(span * capacity) == made);
  CHECK(made == 10.0 * million * nev::units::vehicles);
  CHECK(((10.0 * million * nev::units::vehicles) / span).value() == 2.5e6);
}

TEST_CASE("units: each count is its own dimension, and currencies do not share a system") {
  static_assert(!std::is_same_v<nev::units::vehicle_unit::dimension_type, nev::units::company_unit::dimension_type>);
  static_assert(!std::is_same_v<nev::units::cluster_unit::dimension_type, nev::units::platform_unit::dimension_type>);
  static_assert(std::is_same_v<units::yuan_unit::dimension_type, units::us_dollar_unit::dimension_type>);
  static_assert(!std::is_same_v<units::yuan_unit, units::us_dollar_unit>);
  static_assert(!std::is_same_v<units::point_unit::dimension_type, units::change_unit::dimension_type>);
  static_assert(!std::is_convertible_v<vehicle_count, company_count>);
  static_assert(!std::is_convertible_v<cny_amount, usd_amount>);
  static_assert(units::different_units<units::yuan_unit, units::us_dollar_unit>);
  static_assert(!units::different_units<units::yuan_unit, units::yuan_unit>);
  CHECK(nev::units::vehicle_base_unit::name() == std::string("vehicle"));
  CHECK(nev::units::company_base_unit::symbol() == std::string("companies"));
  CHECK(units::yuan_base_unit::symbol() == std::string("CNY"));
  CHECK(units::us_dollar_base_unit::name() == std::string("US dollar"));
}

TEST_CASE("units: unit_traits and the counted_quantity concept") {
  static_assert(units::unit_traits<nev::units::vehicle_unit>::descriptor.name == "vehicles");
  static_assert(units::unit_traits<units::item_unit>::descriptor.label == "count");
  static_assert(units::unit_traits<nev::units::vehicles_per_year_unit>::descriptor.label == "vehicles_per_year");
  static_assert(units::unit_traits<nev::units::person_unit>::descriptor.name == "people");
  static_assert(units::unit_traits<units::yuan_unit>::descriptor.name == "CNY");
  static_assert(units::unit_traits<units::point_unit>::descriptor.label == "percentage_points");
  static_assert(units::known_unit<units::year_unit>);
  static_assert(!units::known_unit<charger_unit>);
  static_assert(counted_quantity<vehicle_count>);
  static_assert(counted_quantity<quantity<nev::units::vehicle_unit, real_interval>>);
  static_assert(counted_quantity<usd_amount>);
  static_assert(!counted_quantity<double>);
  static_assert(!counted_quantity<quantity<charger_unit>>);
  CHECK(units::unit_traits<units::us_dollar_unit>::descriptor.name == "USD");
}

TEST_CASE("units: a user-declared count works like the built-in ones") {
  constexpr auto chargers = 3.0 * charger_unit{} + 4.0 * charger_unit{};
  static_assert(chargers.value() == 7.0);
  static_assert(!std::is_same_v<charger_unit::dimension_type, nev::units::vehicle_unit::dimension_type>);
  CHECK(charger_base_unit::name() == std::string("charger"));
  CHECK(charger_base_unit::symbol() == std::string("chargers"));
  CHECK(chargers > 6.0 * charger_unit{});
}

TEST_CASE("quantity: interval-valued quantities") {
  using vehicles_between = quantity<nev::units::vehicle_unit, real_interval>;
  constexpr auto a = vehicles_between::from_value({9.45e6, 9.55e6});
  constexpr auto b = vehicles_between::from_value({1.0e6, 1.1e6});
  constexpr auto sum = a + b;
  static_assert(std::is_same_v<std::remove_cv_t<decltype(sum)>, vehicles_between>);
  static_assert(sum.value().contains(real_interval{10.45e6, 10.65e6}));
  static_assert((a - b).value().contains(real_interval{8.35e6, 8.55e6}));
  static_assert((a * real_interval::point(2.0)).value().contains(real_interval{18.9e6, 19.1e6}));
  static_assert(!(a - b).value().contains(8.34e6));
  CHECK((a / b).value().contains(9.45 / 1.1));
  CHECK((a / b).value().contains(9.55));
}

TEST_CASE("quantity: printing uses scale words, commas and the unit name") {
  CHECK(printed(9.495 * million * nev::units::vehicles) == "9.495 million vehicles");
  CHECK(printed(231.84 * billion * units::yuan) == "231.84 billion CNY");
  CHECK(printed(457000.0 * nev::units::vehicles) == "457,000 vehicles");
  CHECK(printed(13.0 * nev::units::companies) == "13 companies");
  CHECK(printed(31.91 * billion * units::us_dollars) == "31.91 billion USD");
  CHECK(printed(2.5 * million * nev::units::vehicles_per_year) == "2.5 million vehicles per year");
  CHECK(printed(1.2 * trillion * units::yuan) == "1.2 trillion CNY");
  CHECK(printed(1.0 * nev::units::people) == "1 people");
  CHECK(printed(points(6.1)) == "+6.1 pp");
  CHECK(printed(points(-0.5)) == "-0.5 pp");
  CHECK(printed(points(0.0)) == "0 pp");
  CHECK(printed(quantity<nev::units::vehicle_unit, real_interval>::from_value({9.45e6, 9.55e6})) ==
        "[9.45 million, 9.55 million] vehicles");
  CHECK(printed(quantity<nev::units::vehicle_unit, real_interval>::from_value(real_interval::at_least(500.0))) ==
        "at least 500 vehicles");
  CHECK(printed(quantity<nev::units::company_unit, real_interval>::from_value(real_interval::point(13.0))) ==
        "13 companies");
}

TEST_CASE("quantity: points() builds percentage points") {
  static_assert(std::is_same_v<decltype(points(1.0)), percentage_points>);
  static_assert(points(6.1).value() == 6.1);
  static_assert(points(1.0) + points(2.0) == points(3.0));
  CHECK(points(6.1) > points(6.0));
}
