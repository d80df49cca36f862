// nevfacts/quantity.hpp -- counts, amounts and rates as Boost.Units quantities
//
// Synopsis (namespace nevfacts)
//   template <class Unit, class Rep = double> using quantity = boost::units::quantity<Unit, Rep>;
//   item_count, year_count, cny_amount, usd_amount, percentage_points   // a data set adds its own
//   template <class Q> concept counted_quantity;            // a quantity of a known unit
//   std::ostream& operator<<(std::ostream&, quantity<Unit, double>)   // "9.495 million items"
//   std::ostream& operator<<(std::ostream&, quantity<Unit, real_interval>)
//
//   constexpr auto sales = 9.495 * million * units::items;             // item_count
//   static_assert(sales + 5.0 * units::items > sales);
//   // sales + 13.0 * units::years  -> error: cannot mix quantities of different kinds
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/format.hpp>
#include <nevfacts/real_interval.hpp>
#include <nevfacts/units.hpp>

#include <ostream>

namespace nevfacts {

template <class Unit, class Rep = double>
using quantity = boost::units::quantity<Unit, Rep>;

using item_count = quantity<units::item_unit>;
using year_count = quantity<units::year_unit>;
using cny_amount = quantity<units::yuan_unit>;
using usd_amount = quantity<units::us_dollar_unit>;
using percentage_points = quantity<units::point_unit>;

template <class Q>
struct quantity_unit {};
template <class Unit, class Rep>
struct quantity_unit<quantity<Unit, Rep>> {
  using type = Unit;
};

template <class Q>
concept counted_quantity = units::known_unit<typename quantity_unit<Q>::type>;

// The operators live with the units so that argument-dependent lookup finds them.
namespace units {
template <known_unit Unit>
std::ostream& operator<<(std::ostream& out, const bu::quantity<Unit, double>& q) {
  return out << format_number(q.value()) << ' ' << unit_traits<Unit>::descriptor.name;
}
template <known_unit Unit>
std::ostream& operator<<(std::ostream& out, const bu::quantity<Unit, real_interval>& q) {
  return out << format_interval(q.value()) << ' ' << unit_traits<Unit>::descriptor.name;
}
inline std::ostream& operator<<(std::ostream& out, const bu::quantity<point_unit, double>& q) {
  return out << format_signed(q.value()) << " pp";
}
}  // namespace units

constexpr percentage_points points(double pp) { return percentage_points::from_value(pp); }

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
