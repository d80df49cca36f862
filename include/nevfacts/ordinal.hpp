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
//   struct word_reading { refusal reason; double value, upper; };
//   constexpr word_reading read_rank(words), read_direction(words), read_calendar_day(words),
//                          read_calendar_year(words);   // with the reason when refused
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

#include <nevfacts/phrase.hpp>
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

namespace detail {
// A word, or the start of one ("monday" in "mondays"), but not the inside of one.
constexpr bool contains_word(std::string_view text, std::string_view word) {
  for (std::size_t at = 0; at + word.size() <= text.size(); ++at) {
    if (at > 0 && !is_word_end(text[at - 1])) continue;
    bool same = true;
    for (std::size_t i = 0; same && i < word.size(); ++i)
      same = lower_ascii(text[at + i]) == word[i];
    if (same) return true;
  }
  return false;
}
// Whole words only: "up" is not in "Upon", "rise" not in "enterprise".
template <const auto& Words>
constexpr bool has_any_word(std::string_view text) {
  for (phrase_cursor at(text); !at.done();)
    if (!at.take_any<Words>())
      at.skip_word();
    else
      return true;
  return false;
}
inline constexpr word rising_words[] = {
    "rise",       "rises",    "rising",  "rose",   "risen",    "grow",      "grows",
    "growing",    "grew",     "grown",   "growth", "increase", "increases", "increased",
    "increasing", "upward",   "upwards", "up",     "soar",     "soars",     "soared",
    "soaring",    "surge",    "surges",  "surged", "surging",  "climb",     "climbs",
    "climbed",    "climbing", "jump",    "jumps",  "jumped",   "jumping",   "gain",
    "gains",      "gained",   "gaining", "expand", "expands",  "expanded",  "expanding",
    "expansion",  "higher",   "boom",    "booming"};
inline constexpr word falling_words[] = {
    "fall",      "falls",     "falling",    "fell",        "fallen",      "decline",    "declines",
    "declined",  "declining", "decrease",   "decreases",   "decreased",   "decreasing", "drop",
    "drops",     "dropped",   "dropping",   "shrink",      "shrinks",     "shrank",     "shrinking",
    "shrunk",    "slump",     "slumps",     "slumped",     "slumping",    "plunge",     "plunges",
    "plunged",   "plunging",  "sink",       "sinks",       "sank",        "sinking",    "slip",
    "slips",     "slipped",   "slipping",   "dip",         "dips",        "dipped",     "dipping",
    "contract",  "contracts", "contracted", "contracting", "contraction", "down",       "downward",
    "downwards", "lower",     "weaken",     "weakened",    "weakening"};
inline constexpr word steady_words[] = {"stable",    "steady",     "flat",
                                        "unchanged", "stabilized", "stabilised"};
inline constexpr word rapid_words[] = {
    "rapid",   "rapidly", "fast",   "sharp",  "sharply", "soar", "soars",   "soared",
    "soaring", "surge",   "surges", "surged", "surging", "boom", "booming", "quickly"};
inline constexpr word negation_words[] = {"not",    "no",      "never",  "stopped",
                                          "halted", "ended",   "failed", "without",
                                          "ceased", "neither", "nor"};
}  // namespace detail

struct word_reading {
  refusal reason = refusal::none;
  double value = 0.0;
  double upper = 0.0;  // a rank "in the top 3" is 1 to 3
};

constexpr word_reading read_direction(std::string_view words) {
  using namespace detail;
  const bool rising = has_any_word<rising_words>(words),
             falling = has_any_word<falling_words>(words);
  const bool steady = has_any_word<steady_words>(words);
  if (!rising && !falling && !steady) return {refusal::no_direction};
  if (has_any_word<negation_words>(words) || int(rising) + int(falling) + int(steady) > 1)
    return {refusal::negated_or_mixed_direction};
  const direction d = falling ? direction::down
                      : rising
                          ? (has_any_word<rapid_words>(words) ? direction::rapid_up : direction::up)
                          : direction::flat;
  const double v = double(static_cast<signed char>(d));
  return {refusal::none, v, v};
}

constexpr std::optional<direction> parse_direction(std::string_view words) {
  const word_reading r = read_direction(words);
  if (r.reason != refusal::none) return std::nullopt;
  return static_cast<direction>(static_cast<signed char>(r.value));
}

namespace detail {
inline constexpr word rank_denials[] = {"no longer", "not",          "never",        "lost",
                                        "fell from", "dropped from", "slipped from", "fell out",
                                        "former",    "formerly",     "once",         "used to",
                                        "no more",   "fell to",      "dropped to",   "slipped to"};
inline constexpr word leading_words[] = {
    "leads", "lead",     "leading",      "leader",     "largest", "biggest",      "topped",
    "tops",  "top spot", "top position", "top seller", "highest", "best selling", "number one",
    "no. 1", "no.1",     "no 1",         "champion",   "top"};
inline constexpr word rank_number_words[] = {"number", "no.",     "no",  "top",
                                             "ranked", "ranking", "rank"};
// "for the ninth consecutive year": an ordinal that counts repeats, not a rank.
inline constexpr word repeat_words[] = {
    "consecutive", "straight", "successive", "running", "year",     "years",  "time",
    "times",       "month",    "months",     "quarter", "quarters", "season", "week"};
constexpr bool counts_repeats(phrase_cursor next) { return next.take_any<repeat_words>(); }
}  // namespace detail

// "second place", "3rd", "the second-largest", "ranked third behind the leader", "number one",
// "leads the world", "top 3" (1 to 3). Denied or lost ranks are refused.
constexpr word_reading read_rank(std::string_view words) {
  using namespace detail;
  int ordinal = 0, top = 0, numbers = 0;
  bool leading = false, named_number = false;  // named: after "number", "No.", "ranked"
  for (phrase_cursor at(words); !at.done();) {
    if (at.take_any<rank_denials>()) return {refusal::negated_or_lost_rank};
    phrase_cursor top_of = at;
    if (top_of.take("top") || top_of.take("top-")) {
      const decimal d = top_of.read_decimal();
      if (d.ok && d.decimals == 0 && !d.glued && d.mantissa >= 1 && d.mantissa < 1000) {
        top = int(d.mantissa);
        ++numbers;
        top_of.advance(d.length);
        at = top_of;
        continue;
      }
      if (const std::size_t c = top_of.take_first<cardinal_words>(); c != phrase_cursor::none) {
        top = int(cardinal_words[c].value);
        ++numbers;
        at = top_of;
        continue;
      }
    }
    if (is_digit(at.peek())) {
      const decimal d = at.read_decimal();
      at.advance(d.length);
      const bool suffix = at.take_any<ordinal_suffixes>();
      if (suffix && d.decimals > 0) return {refusal::ordinal_with_decimals};
      if (d.bad_comma || d.too_long || d.decimals > 0 || d.mantissa == 0 || d.mantissa > 1'000'000)
        return {refusal::no_rank};
      if (suffix && counts_repeats(at)) continue;  // "for the 9th year"
      ++numbers;
      if (suffix || named_number) {
        ordinal = int(d.mantissa);
      } else if (phrase_cursor next = at; next.take_any<leading_words>()) {
        top = int(d.mantissa);  // "the 20 top-selling brands": one of the first 20
      } else {
        return {refusal::no_rank};  // "3 brands": a count, not a rank
      }
      continue;
    }
    named_number = false;
    if (const std::size_t w = at.take_first<ordinal_words>(); w != phrase_cursor::none) {
      if (counts_repeats(at)) continue;  // "for the ninth consecutive year"
      ordinal = int(ordinal_words[w].value);
      ++numbers;
      continue;
    }
    phrase_cursor number_one = at;  // "number one", "No. 2", "ranked 3"
    if (number_one.take("number") || number_one.take("no.") || number_one.take("no") ||
        number_one.take("ranked") || number_one.take("rank")) {
      if (const std::size_t c = number_one.take_first<cardinal_words>(); c != phrase_cursor::none) {
        ordinal = int(cardinal_words[c].value);
        ++numbers;
        at = number_one;
        continue;
      }
      if (is_digit(number_one.peek())) {
        at = number_one;
        named_number = true;
        continue;
      }
    }
    if (at.take_any<leading_words>())
      leading = true;
    else
      at.skip_word();
  }
  if (numbers > 1) return {refusal::two_ranks};
  if (top != 0) return {refusal::none, 1.0, double(top)};
  if (ordinal != 0) return {refusal::none, double(ordinal), double(ordinal)};
  if (leading) return {refusal::none, 1.0, 1.0};
  return {refusal::no_rank};
}

// "leads the world", "the world's largest", "topped the global market": first place.
constexpr std::optional<rank> parse_leading_rank(std::string_view words) {
  const word_reading r = read_rank(words);
  if (r.reason != refusal::none || r.value != 1.0 || r.upper != 1.0) return std::nullopt;
  return rank{1};
}

constexpr std::optional<date::weekday> parse_weekday(std::string_view words) {
  constexpr std::string_view names[] = {"sunday",   "monday", "tuesday", "wednesday",
                                        "thursday", "friday", "saturday"};
  for (unsigned i = 0; i < 7; ++i)
    if (detail::contains_word(words, names[i])) return date::weekday{i};
  return std::nullopt;
}

namespace detail {
struct month_word {
  word text;
  unsigned month;
};
inline constexpr month_word month_words[] = {
    {"january", 1},   {"jan.", 1},   {"jan", 1},  {"february", 2},  {"feb.", 2},      {"feb", 2},
    {"march", 3},     {"mar.", 3},   {"mar", 3},  {"april", 4},     {"apr.", 4},      {"apr", 4},
    {"may", 5},       {"june", 6},   {"jun.", 6}, {"jun", 6},       {"july", 7},      {"jul.", 7},
    {"jul", 7},       {"august", 8}, {"aug.", 8}, {"aug", 8},       {"september", 9}, {"sept.", 9},
    {"sept", 9},      {"sep.", 9},   {"sep", 9},  {"october", 10},  {"oct.", 10},     {"oct", 10},
    {"november", 11}, {"nov.", 11},  {"nov", 11}, {"december", 12}, {"dec.", 12},     {"dec", 12}};
}  // namespace detail

// "Aug. 9, 2023", "July 26, 2023", "February 7, 2023": a month name (a whole word), a day of one
// or two digits and a year of four.
constexpr word_reading read_calendar_day(std::string_view words) {
  using namespace detail;
  phrase_cursor at(words);
  unsigned month = 0;
  while (!at.done() && month == 0) {
    if (const std::size_t m = at.take_first<month_words>(); m != phrase_cursor::none)
      month = month_words[m].month;
    else
      at.skip_word();
  }
  if (month == 0 || !is_digit(at.peek())) return {refusal::no_date};
  const decimal day = at.read_decimal();
  if (day.length > 2 || day.decimals > 0) return {refusal::invalid_date};
  at.advance(day.length);
  at.take_any<ordinal_suffixes>();
  if (!is_digit(at.peek())) return {refusal::no_date};
  const decimal year = at.read_decimal();
  if (year.length != 4 || year.glued || year.mantissa < 1000) return {refusal::invalid_date};
  at.advance(year.length);
  if (!at.done() && is_digit(at.peek())) return {refusal::number_after_figure};
  const date::year_month_day ymd{date::year{int(year.mantissa)}, date::month{month},
                                 date::day{unsigned(day.mantissa)}};
  if (!ymd.ok()) return {refusal::invalid_date};
  const double n = double(date::sys_days(ymd).time_since_epoch().count());
  return {refusal::none, n, n};
}

constexpr std::optional<calendar_day> parse_calendar_day(std::string_view words) {
  const word_reading r = read_calendar_day(words);
  if (r.reason != refusal::none) return std::nullopt;
  return calendar_day{int(r.value)};
}

// "2020", "in 2023", "since 2020", "December 2023": one number of four digits, as written.
constexpr word_reading read_calendar_year(std::string_view words) {
  using namespace detail;
  int found = 0;
  double year = 0.0;
  for (phrase_cursor at(words); !at.done();) {
    if (!is_digit(at.peek())) {
      at.skip_word();
      continue;
    }
    const decimal d = at.read_decimal();
    if (d.length != 4 || d.glued || d.decimals > 0 || d.bad_comma) return {refusal::not_a_year};
    year = double(d.mantissa);
    ++found;
    at.advance(d.length);
  }
  if (found != 1) return {found == 0 ? refusal::not_a_year : refusal::number_after_figure};
  return {refusal::none, year, year};
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
