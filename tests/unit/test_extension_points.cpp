// Tests for the extension points as one list: the table of rules (nevfacts/check.hpp) and the
// descriptor of each unit (nevfacts/units.hpp, read by nevfacts/kind.hpp).
#include <nevfacts/check.hpp>
#include <nevfacts/kind.hpp>
#include <nevfacts/units.hpp>

#include <doctest/doctest.h>

#include <string_view>
#include "../common/nev_kinds.hpp"

using namespace nevfacts;

// Not in an anonymous namespace: the tags' names are read only through Boost.Units, which
// Clang's -Wunused-const-variable would not see.
namespace extension_test {
// A unit a user adds with its descriptor and nothing else: battery energy in GWh.
struct energy_tag {
  static constexpr const char singular[] = "gigawatt-hour";
  static constexpr const char plural[] = "GWh";
};
using gwh_base_unit = units::counted_base_unit<energy_tag, 2002>;
using gwh_unit = units::unit_of<gwh_base_unit, boost::units::make_system<gwh_base_unit>::type>;
struct charger_tag {
  static constexpr const char singular[] = "charger";
  static constexpr const char plural[] = "chargers";
};
using charger_base_unit = units::counted_base_unit<charger_tag, 2003>;
using charger_unit = units::unit_of<charger_base_unit, boost::units::make_system<charger_base_unit>::type>;
}  // namespace extension_test
using extension_test::charger_unit;
using extension_test::gwh_unit;

template <>
struct nevfacts::units::unit_traits<gwh_unit> {
  static constexpr unit_descriptor descriptor{.name = "GWh", .label = "GWh"};
};
template <>
struct nevfacts::units::unit_traits<charger_unit> {
  static constexpr unit_descriptor descriptor{
      .name = "chargers", .label = "chargers", .whole_numbers = true, .counts_things = true};
};

TEST_CASE("rules: one row per rule, its name and its relation") {
  static_assert(rule_count == 14);
  static_assert(to_string(rule::share) == "share" && to_string(rule::registry) == "registry");
  static_assert(to_string(rule::part_of_whole) == "part_of_whole");
  static_assert(relation_of(rule::part_of_whole) == "part <= whole");
  for (std::size_t i = 0; i < rule_count; ++i) {
    const rule r = static_cast<rule>(i);
    CHECK(!to_string(r).empty());
    CHECK(!relation_of(r).empty());
  }
}

TEST_CASE("units: a descriptor is the whole of a unit's description") {
  static_assert(units::known_unit<gwh_unit> && units::known_unit<charger_unit>);
  // The defaults are the cautious ones: no whole numbers, no count of things, no unit word.
  constexpr const kind_info& energy = kind_traits<quantity<gwh_unit>>::info;
  static_assert(energy.name == "GWh" && energy.unit == "GWh" && !energy.integral);
  static_assert(energy.accepted_units == unit_bit(phrase_unit::none));
  static_assert(!units::is_count_unit<gwh_unit> && units::is_count_unit<charger_unit>);
  static_assert(kind_traits<quantity<charger_unit>>::info.integral);
  // The built-in units say what the exclusion lists used to.
  static_assert(!kind_traits<cny_amount>::info.integral && !kind_traits<usd_amount>::info.integral);
  static_assert(!kind_traits<vehicle_rate>::info.integral && kind_traits<year_count>::info.integral);
  static_assert(kind_traits<cny_amount>::info.accepted_units ==
                (unit_bit(phrase_unit::yuan) | unit_bit(phrase_unit::none)));
  static_assert(kind_traits<usd_amount>::info.accepted_units == unit_bit(phrase_unit::us_dollars));
  static_assert(kind_traits<vehicle_count>::info.accepted_units == unit_bit(phrase_unit::none));
  static_assert(units::is_count_unit<units::item_unit> && !units::is_count_unit<units::year_unit>);
  CHECK(kind_traits<quantity<gwh_unit>>::info.name == std::string_view("GWh"));
}
