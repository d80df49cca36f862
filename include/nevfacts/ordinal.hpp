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
//   constexpr std::optional<rank> parse_leading_rank(std::string_view words);   // "leads the world"
//   operator<< for each: "#2", "2015", "rising", "Wednesday"
//
// A direction is what a source says without a number ("continues to rise", "a rapid growth
// trend"); a rule can hold it against the figures (nevfacts/rules.hpp).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/phrase.hpp>

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

namespace detail {
// A word, or the start of one ("increas" in "increased"), but not the inside of one ("rise" in
// "enterprise", "up" in "pickup").
constexpr bool contains_word(std::string_view text, std::string_view word) {
  for (std::size_t at = 0; at + word.size() <= text.size(); ++at) {
    if (at > 0 && !is_word_end(text[at - 1])) continue;
    bool same = true;
    for (std::size_t i = 0; same && i < word.size(); ++i) same = lower_ascii(text[at + i]) == word[i];
    if (same) return true;
  }
  return false;
}
template <std::size_t N>
constexpr bool contains_any(std::string_view text, const std::string_view (&words)[N]) {
  for (auto w : words)
    if (contains_word(text, w)) return true;
  return false;
}
inline constexpr std::string_view rising_words[] = {"rise", "rising", "grow", "growth", "increas", "upward", "soar", "up"};
inline constexpr std::string_view falling_words[] = {"fall", "fell", "declin", "decreas", "drop", "shrink"};
inline constexpr std::string_view steady_words[] = {"stable", "steady", "flat", "unchanged"};
inline constexpr std::string_view rapid_words[] = {"rapid", "fast", "sharp", "soar", "surg"};
}  // namespace detail

constexpr std::optional<direction> parse_direction(std::string_view words) {
  using namespace detail;
  if (contains_any(words, falling_words)) return direction::down;
  if (contains_any(words, rising_words)) return contains_any(words, rapid_words) ? direction::rapid_up : direction::up;
  if (contains_any(words, steady_words)) return direction::flat;
  return std::nullopt;
}

// "leads the world", "the world's largest", "topped the global market": first place.
constexpr std::optional<rank> parse_leading_rank(std::string_view words) {
  constexpr std::string_view leading[] = {"lead", "largest", "topped", "top "};
  return detail::contains_any(words, leading) ? std::optional<rank>(rank{1}) : std::nullopt;
}

constexpr std::optional<date::weekday> parse_weekday(std::string_view words) {
  constexpr std::string_view names[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (unsigned i = 0; i < 7; ++i)
    if (detail::contains_word(words, names[i])) return date::weekday{i};
  return std::nullopt;
}

// "Aug. 9, 2023", "July 26, 2023", "February 7, 2023": a month name, a day and a year.
constexpr std::optional<calendar_day> parse_calendar_day(std::string_view words) {
  constexpr std::string_view months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  std::size_t at = 0;
  unsigned month = 0;
  for (; at + 3 <= words.size() && month == 0; ++at)
    for (unsigned m = 0; m < 12; ++m)
      if ((at == 0 || !detail::is_digit(words[at - 1])) && detail::contains_word(words.substr(at, 3), months[m])) month = m + 1;
  if (month == 0) return std::nullopt;
  auto read_number = [&](unsigned& out) {
    while (at < words.size() && !detail::is_digit(words[at])) ++at;
    if (at >= words.size()) return false;
    out = 0;
    while (at < words.size() && detail::is_digit(words[at])) out = out * 10 + unsigned(words[at++] - '0');
    return true;
  };
  unsigned day = 0, year = 0;
  if (!read_number(day) || !read_number(year) || year < 1000) return std::nullopt;
  const date::year_month_day ymd{date::year{int(year)}, date::month{month}, date::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return calendar_day{date::sys_days(ymd).time_since_epoch().count()};
}

constexpr std::string_view to_string(direction d) {
  switch (d) {
    case direction::down: return "falling";
    case direction::flat: return "flat";
    case direction::up: return "rising";
    case direction::rapid_up: return "rising rapidly";
  }
  return "?";
}

inline std::ostream& operator<<(std::ostream& out, rank r) { return out << '#' << r.position; }
inline std::ostream& operator<<(std::ostream& out, calendar_year y) { return out << y.value; }
inline std::ostream& operator<<(std::ostream& out, direction d) { return out << to_string(d); }

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
