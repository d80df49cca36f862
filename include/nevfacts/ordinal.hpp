// nevfacts/ordinal.hpp -- values that are positions, directions and named days, not amounts
//
// Synopsis (namespace nevfacts)
//   struct rank { int position; };                  // "second place" -> rank{2}
//   struct calendar_year { int value; };            // "since 2020", the first year of a run
//   struct calendar_day { int day_number; };        // "Aug. 9, 2023"
//   constexpr std::optional<calendar_day> parse_calendar_day(std::string_view words);
//   enum class direction { down = -1, flat = 0, up = 1, rapid_up = 2 };
//   constexpr std::optional<direction> parse_direction(std::string_view words);
//   constexpr std::optional<date::weekday> parse_weekday(std::string_view words);
//   constexpr std::optional<rank> parse_leading_rank(std::string_view words);  // "leads the world"
//   (the words of each are read by nevfacts/reader/words.hpp: read_rank, read_direction,
//    read_calendar_day, read_calendar_year, read_weekday, with the reason when refused)
//   std::ostream& operator<<(std::ostream&, rank);            // "#2"
//   std::ostream& operator<<(std::ostream&, calendar_year);   // "2015"
//   std::ostream& operator<<(std::ostream&, direction);       // "rising"
//   (a calendar_day and a date::weekday print as a kind's value: format_value, nevfacts/kind.hpp)
//
// A direction is what a source says without a number ("continues to rise", "a rapid growth
// trend"); a rule can hold it against the figures (nevfacts/rules.hpp).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/reader/words.hpp>
#include <nevfacts/refusal.hpp>

#include <date/date.h>

#include <optional>
#include <ostream>
#include <string_view>

namespace nevfacts {

struct rank {
  int position = 0;
  friend constexpr bool operator==(rank, rank) = default;
  friend constexpr auto operator<=>(rank, rank) = default;
};

struct calendar_year {
  int value = 0;
  friend constexpr bool operator==(calendar_year, calendar_year) = default;
  friend constexpr auto operator<=>(calendar_year, calendar_year) = default;
};

// A day named in a text ("Aug. 9, 2023"), as days since 1970-01-01.
struct calendar_day {
  int day_number = 0;
  friend constexpr bool operator==(calendar_day, calendar_day) = default;
  friend constexpr auto operator<=>(calendar_day, calendar_day) = default;
};

enum class direction : signed char { down = -1, flat = 0, up = 1, rapid_up = 2 };

constexpr std::optional<direction> parse_direction(std::string_view words) {
  const word_reading r = read_direction(words);
  if (r.reason != refusal::none) return std::nullopt;
  return static_cast<direction>(static_cast<signed char>(r.value));
}

// "leads the world", "the world's largest", "topped the global market": first place.
constexpr std::optional<rank> parse_leading_rank(std::string_view words) {
  const word_reading r = read_rank(words);
  if (r.reason != refusal::none || r.value != 1.0 || r.upper != 1.0) return std::nullopt;
  return rank{1};
}

constexpr std::optional<date::weekday> parse_weekday(std::string_view words) {
  const word_reading r = read_weekday(words);
  if (r.reason != refusal::none) return std::nullopt;
  return date::weekday{unsigned(r.value)};
}

constexpr std::optional<calendar_day> parse_calendar_day(std::string_view words) {
  const word_reading r = read_calendar_day(words);
  if (r.reason != refusal::none) return std::nullopt;
  return calendar_day{int(r.value)};
}

constexpr std::string_view to_string(direction d) {
  switch (d) {
    case direction::down:
      return "falling";
    case direction::flat:
      return "flat";
    case direction::up:
      return "rising";
    case direction::rapid_up:
      return "rising rapidly";
  }
  return "?";
}

inline std::ostream& operator<<(std::ostream& out, rank r) { return out << '#' << r.position; }
inline std::ostream& operator<<(std::ostream& out, calendar_year y) { return out << y.value; }
inline std::ostream& operator<<(std::ostream& out, direction d) { return out << to_string(d); }

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
