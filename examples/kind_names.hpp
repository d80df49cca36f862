// examples/kind_names.hpp -- the kinds of nevfacts by the names a person types
//
//   with_kind(name, f) calls f(kind_tag<T>{}) for the kind named (true), or returns false.
//   kind_names: every name, in the order `explain_words --kinds` prints them.
#pragma once

#include <nevfacts/data/china_nev/units.hpp>
#include <nevfacts/nevfacts.hpp>

#include <string_view>

namespace nevfacts::examples {

// The seed data set's kinds beside the core's (nevfacts/data/china_nev/units.hpp).
using data::china_nev::cluster_count;
using data::china_nev::company_count;
using data::china_nev::person_count;
using data::china_nev::platform_count;
using data::china_nev::vehicle_count;
using data::china_nev::vehicle_rate;

template <class T>
struct kind_tag {
  using type = T;
};

inline constexpr std::string_view kind_names[] = {
    "vehicle_count", "company_count", "cluster_count",     "platform_count", "person_count",
    "item_count",    "year_count",    "vehicle_rate",      "cny_amount",     "usd_amount",
    "cny_per_usd",   "share",         "percentage_points", "growth",         "multiple",
    "rank",          "calendar_year", "calendar_day",      "direction",      "weekday"};

// Kinds whose values are words (a rank, a date, a direction): no unit or sign to show.
template <class T>
inline constexpr bool is_word_kind_v = detail::is_word_kind<T>;

template <class F>
bool with_kind(std::string_view name, F&& f) {
  if (name == "vehicle_count")
    f(kind_tag<vehicle_count>{});
  else if (name == "company_count")
    f(kind_tag<company_count>{});
  else if (name == "cluster_count")
    f(kind_tag<cluster_count>{});
  else if (name == "platform_count")
    f(kind_tag<platform_count>{});
  else if (name == "person_count")
    f(kind_tag<person_count>{});
  else if (name == "item_count")
    f(kind_tag<item_count>{});
  else if (name == "year_count")
    f(kind_tag<year_count>{});
  else if (name == "vehicle_rate")
    f(kind_tag<vehicle_rate>{});
  else if (name == "cny_amount")
    f(kind_tag<cny_amount>{});
  else if (name == "usd_amount")
    f(kind_tag<usd_amount>{});
  else if (name == "cny_per_usd")
    f(kind_tag<cny_per_usd>{});
  else if (name == "share")
    f(kind_tag<share>{});
  else if (name == "percentage_points")
    f(kind_tag<percentage_points>{});
  else if (name == "growth")
    f(kind_tag<growth>{});
  else if (name == "multiple")
    f(kind_tag<multiple>{});
  else if (name == "rank")
    f(kind_tag<rank>{});
  else if (name == "calendar_year")
    f(kind_tag<calendar_year>{});
  else if (name == "calendar_day")
    f(kind_tag<calendar_day>{});
  else if (name == "direction")
    f(kind_tag<direction>{});
  else if (name == "weekday")
    f(kind_tag<date::weekday>{});
  else
    return false;
  return true;
}

}  // namespace nevfacts::examples
