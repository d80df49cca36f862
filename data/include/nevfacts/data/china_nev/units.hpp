// nevfacts/data/china_nev/units.hpp -- what the NEV reports count: vehicles, companies, ...
//
// Synopsis (namespace nevfacts::data::china_nev)
//   units::vehicle_unit, units::company_unit, units::cluster_unit, units::platform_unit,
//   units::person_unit, units::vehicles_per_year_unit   // Boost.Units units, one system
//   units::vehicles, units::companies, units::clusters, units::platforms, units::people,
//   units::vehicles_per_year                             // their constants
//   units::vehicle_nouns, units::company_nouns, ...       // the nouns that name their things
//   vehicle_count, company_count, cluster_count, platform_count, person_count,
//   vehicle_rate                                         // the data set's kinds of value
//
//   constexpr auto sales = 9.495 * million * units::vehicles;   // vehicle_count
//   // sales + 13.0 * units::companies  -> error: cannot mix quantities of different kinds
//
// The data set's own units, as another industry's data set would bring its own: each counted
// thing is a base dimension of its own (vehicles + companies does not compile), and each unit's
// descriptor names the nouns that count it, so "13 companies" is no count of vehicles and
// "2,000 charging piles" none of anything here. The core (include/nevfacts) knows none of them.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/quantity.hpp>
#include <nevfacts/units.hpp>

namespace nevfacts::data::china_nev {

namespace units {

namespace bu = boost::units;
using nevfacts::units::counted_base_unit;
using nevfacts::units::unit_descriptor;
using nevfacts::units::unit_of;

struct vehicle_tag {
  static constexpr const char singular[] = "vehicle";
  static constexpr const char plural[] = "vehicles";
};
struct company_tag {
  static constexpr const char singular[] = "company";
  static constexpr const char plural[] = "companies";
};
struct cluster_tag {
  static constexpr const char singular[] = "cluster";
  static constexpr const char plural[] = "clusters";
};
struct platform_tag {
  static constexpr const char singular[] = "platform";
  static constexpr const char plural[] = "platforms";
};
struct person_tag {
  static constexpr const char singular[] = "person";
  static constexpr const char plural[] = "people";
};

// Base-dimension ordinals of this data set: 1101 to 1199 (the core keeps 1001-1099).
using vehicle_base_unit = counted_base_unit<vehicle_tag, 1101>;
using company_base_unit = counted_base_unit<company_tag, 1102>;
using cluster_base_unit = counted_base_unit<cluster_tag, 1103>;
using platform_base_unit = counted_base_unit<platform_tag, 1104>;
using person_base_unit = counted_base_unit<person_tag, 1105>;
using system = bu::make_system<vehicle_base_unit, company_base_unit, cluster_base_unit,
                               platform_base_unit, person_base_unit>::type;

using vehicle_unit = unit_of<vehicle_base_unit, system>;
using company_unit = unit_of<company_base_unit, system>;
using cluster_unit = unit_of<cluster_base_unit, system>;
using platform_unit = unit_of<platform_base_unit, system>;
using person_unit = unit_of<person_base_unit, system>;
using vehicles_per_year_unit = decltype(vehicle_unit{} / nevfacts::units::year_unit{});

inline constexpr vehicle_unit vehicles;
inline constexpr company_unit companies;
inline constexpr cluster_unit clusters;
inline constexpr platform_unit platforms;
inline constexpr person_unit people;
inline constexpr vehicles_per_year_unit vehicles_per_year;
using nevfacts::units::items;
using nevfacts::units::us_dollars;
using nevfacts::units::years;
using nevfacts::units::yuan;

// The nouns that count each thing (lower case; a head noun is read against them).
inline constexpr const char* vehicle_nouns[] = {
    "vehicles", "vehicle", "cars",   "car",      "nevs",        "nev",        "evs",
    "ev",       "bevs",    "phevs",  "autos",    "automobiles", "automobile", "trucks",
    "buses",    "suvs",    "sedans", "plug-ins", "plug-in",     "hybrids",    "phev",
    "bev",      "suv",     "sedan",  "truck",    "pickups",     "vans"};
inline constexpr const char* company_nouns[] = {
    "companies", "company",     "firms",         "businesses",   "enterprises", "automakers",
    "carmakers", "makers",      "manufacturers", "brands",       "operators",   "suppliers",
    "startups",  "automaker",   "carmaker",      "manufacturer", "firm",        "producers",
    "oems",      "competitors", "rivals",        "players",      "dealers",     "dealerships"};
inline constexpr const char* cluster_nouns[] = {"clusters", "cluster"};
inline constexpr const char* platform_nouns[] = {"platforms", "platform"};
inline constexpr const char* person_nouns[] = {
    "people",    "persons",       "employees", "workers",      "users",   "residents", "consumers",
    "leaders",   "professionals", "attendees", "participants", "experts", "visitors",  "delegates",
    "engineers", "researchers",   "staff",     "customers",    "buyers",  "owners",    "drivers"};

}  // namespace units

using vehicle_count = quantity<units::vehicle_unit>;
using company_count = quantity<units::company_unit>;
using cluster_count = quantity<units::cluster_unit>;
using platform_count = quantity<units::platform_unit>;
using person_count = quantity<units::person_unit>;
using vehicle_rate = quantity<units::vehicles_per_year_unit>;

}  // namespace nevfacts::data::china_nev

// Each unit's descriptor: a count of things, read by its nouns (nevfacts/units.hpp).
namespace nevfacts::units {
template <>
struct unit_traits<data::china_nev::units::vehicle_unit> {
  static constexpr unit_descriptor descriptor{.name = "vehicles",
                                              .label = "vehicles",
                                              .whole_numbers = true,
                                              .counts_things = true,
                                              .nouns = data::china_nev::units::vehicle_nouns};
};
template <>
struct unit_traits<data::china_nev::units::company_unit> {
  static constexpr unit_descriptor descriptor{.name = "companies",
                                              .label = "companies",
                                              .whole_numbers = true,
                                              .counts_things = true,
                                              .nouns = data::china_nev::units::company_nouns};
};
template <>
struct unit_traits<data::china_nev::units::cluster_unit> {
  static constexpr unit_descriptor descriptor{.name = "clusters",
                                              .label = "clusters",
                                              .whole_numbers = true,
                                              .counts_things = true,
                                              .nouns = data::china_nev::units::cluster_nouns};
};
template <>
struct unit_traits<data::china_nev::units::platform_unit> {
  static constexpr unit_descriptor descriptor{.name = "platforms",
                                              .label = "platforms",
                                              .whole_numbers = true,
                                              .counts_things = true,
                                              .nouns = data::china_nev::units::platform_nouns};
};
template <>
struct unit_traits<data::china_nev::units::person_unit> {
  static constexpr unit_descriptor descriptor{.name = "people",
                                              .label = "people",
                                              .whole_numbers = true,
                                              .counts_things = true,
                                              .nouns = data::china_nev::units::person_nouns};
};
// A rate is no count (a rate times years is one); it reads the vehicles' nouns, per year.
template <>
struct unit_traits<data::china_nev::units::vehicles_per_year_unit> {
  static constexpr unit_descriptor descriptor{.name = "vehicles per year",
                                              .label = "vehicles_per_year",
                                              .nouns = data::china_nev::units::vehicle_nouns,
                                              .per_year = true};
};
}  // namespace nevfacts::units

#endif  // NEVFACTS_CXX20
