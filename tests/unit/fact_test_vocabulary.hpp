// A small synthetic vocabulary shared by test_fact.cpp, test_registry.cpp and test_rules.cpp.
//
// The core knows nothing about any particular data set, so these tests use a neutral one: a
// country (Freedonia) with a province, "units" delivered in segments defined by trait bits,
// three documents, and one metric per kind of value the rules need. Every figure here is
// invented; the numbers are chosen so that each relation's interval arithmetic can be
// followed by hand (the expected intervals are written next to the checks).
//
// BOTH(expr) asserts one boolean expression at compile time (static_assert) and again at
// run time (doctest CHECK): the same constexpr code must give the same answer in both.
#pragma once

#include <nevfacts/nevfacts.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include "../common/nev_kinds.hpp"

#define BOTH(...)              \
  static_assert(__VA_ARGS__);  \
  CHECK(__VA_ARGS__)

namespace vocab {

using namespace nevfacts;

// --- who ------------------------------------------------------------------------------------
inline constexpr entity freedonia{"freedonia", "Freedonia"};
inline constexpr entity north{"north", "North Province", freedonia};
inline constexpr entity sylvania{"sylvania", "Sylvania"};

// --- what is counted: a segment is a conjunction of trait bits --------------------------------
inline constexpr std::uint64_t premium_trait = 1, electric_trait = 2, export_trait = 4;
inline constexpr segment all_units{"units", "all units", 0};
inline constexpr segment premium_units{"premium", "premium units", premium_trait};
inline constexpr segment electric_units{"electric", "electric units", electric_trait};
inline constexpr segment premium_electric_units{"premium_electric", "premium electric units",
                                                premium_trait | electric_trait};
inline constexpr segment export_units{"export", "exported units", export_trait};

// --- what is measured -----------------------------------------------------------------------
inline constexpr metric<vehicle_count> deliveries{"deliveries", "deliveries"};
inline constexpr metric<growth> deliveries_growth{"deliveries_growth", "deliveries growth",
                                                   change_of(deliveries)};
inline constexpr metric<share> market_share{"market_share", "market share"};
inline constexpr metric<percentage_points> share_change{"share_change", "change of market share",
                                                        change_of(market_share)};
inline constexpr metric<vehicle_rate> capacity{"capacity", "annual capacity"};
inline constexpr metric<cny_amount> revenue_cny{"revenue_cny", "revenue in yuan"};
inline constexpr metric<usd_amount> revenue_usd{"revenue_usd", "revenue in US dollars"};
inline constexpr metric<cny_per_usd> rate_metric{"cny_per_usd", "CNY per USD"};
inline constexpr metric<date::weekday> opening_weekday{"opening_weekday", "weekday of the opening"};
inline constexpr metric<calendar_day> opening_day{"opening_day", "day of the opening"};
inline constexpr metric<year_count> years_leading{"years_leading", "consecutive years in the lead"};
inline constexpr metric<calendar_year> first_year_leading{"first_year_leading", "first year in the lead"};
inline constexpr metric<direction> trend{"trend", "trend of deliveries", change_of(deliveries)};
inline constexpr metric<direction> share_trend{"share_trend", "trend of market share", change_of(market_share)};
// The same id as `deliveries` with another kind: a typed lookup through it must find nothing.
inline constexpr metric<share> deliveries_as_share{"deliveries", "deliveries (as a share)"};

// --- where it was said ----------------------------------------------------------------------
inline constexpr document office{"doc_a", "a_office.txt", "Deliveries in 2023", "Freedonia Statistics Office",
                                 "Freedonia City, January 15", period::day(2024, 1, 15)};
inline constexpr document association{"doc_b", "b_association.txt", "Annual review", "Unit Makers Association",
                                      "Freedonia City, February 1", period::day(2024, 2, 1)};
inline constexpr document wire{"doc_c", "c_wire.txt", "Markets wrap", "Wire Agency", "North City, August 9",
                               period::day(2023, 8, 9)};

// --- checking helpers (constexpr, so usable in BOTH) -----------------------------------------
constexpr double magnitude(double x) { return x < 0 ? -x : x; }

// a and b agree to 1e-9 relative (the outward rounding adds a few ulps to hand-computed bounds)
constexpr bool near(double a, double b) {
  if (a == b) return true;
  if (is_infinite(a) || is_infinite(b)) return false;
  const double scale = magnitude(a) > magnitude(b) ? magnitude(a) : magnitude(b);
  return magnitude(a - b) <= 1e-9 * (scale > 1e-300 ? scale : 1e-300);
}
constexpr bool near(real_interval r, double lo, double hi) { return near(r.lo, lo) && near(r.hi, hi); }
// r holds [lo, hi] and is no wider than it beyond rounding
constexpr bool tight(real_interval r, double lo, double hi) { return r.lo <= lo && hi <= r.hi && near(r, lo, hi); }

constexpr bool is(const check_result& r, rule which, verdict outcome) {
  return r.which == which && r.outcome == outcome;
}
constexpr bool ids_are(const check_result& r, std::string_view a, std::string_view b = {}, std::string_view c = {},
                       std::string_view d = {}) {
  return r.facts[0] == a && r.facts[1] == b && r.facts[2] == c && r.facts[3] == d;
}
constexpr bool from_are(const fact& f, std::string_view a, std::string_view b = {}) {
  return f.from[0] == a && f.from[1] == b && f.from[2].empty() && f.from[3].empty();
}

inline bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace vocab
