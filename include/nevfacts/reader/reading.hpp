// nevfacts/reader/reading.hpp -- what a figure's words say, before any interval is made
//
// Synopsis (namespace nevfacts)
//   enum class statement { exact, rounded, more_than, at_least, less_than, at_most, about,
//                          nearly, just_over, between };
//   enum class phrase_unit { none, percent, points, times, times_as_many, yuan, us_dollars,
//                            multiplied, basis_points };   // multiplied: "doubled", "tripled"
//   enum class time_unit { none, hour, day, week, month, quarter, half, year, some_period };
//   enum class change_basis { unstated, previous_year, previous_quarter, previous_month,
//                             previous_week, previous_day, previous_period, named_year };
//   struct figure_number {          // a number as written: mantissa x 10^exponent
//     std::uint64_t mantissa; int exponent, place;   // place: its last digit is 10^place
//     int denominator;              // a fraction ("a third": 1/3); 0: none
//     bool whole, exact;            // no decimals and no scale word / an ordinal counts exactly
//   };
//   struct reading {                // one neutral reading of a figure's words
//     figure_number number, upper;  // upper: the second end of a range ("15 to 16 per cent")
//     bool range; real_interval vague;   // "thousands of": the interval the words name
//     statement how, shared;        // shared: a bound the compound writes before the words
//     int sign; phrase_unit unit; change_basis basis; int basis_year;
//     time_unit per;                // a rate's period ("a day", "annually"), or another period
//     std::string_view noun, head, of_head;   // the words after the figure, their head word,
//                                   // and the head after "units of" ("units of piles": piles)
//     std::size_t begin, end;       // where the words stand in their sentence
//     refusal reason;  constexpr bool ok() const;
//   };
//   constexpr std::string_view to_string(statement | phrase_unit | change_basis);
//
// A reading holds what the words state and nothing computed from it: the grammar fills it from
// the words (nevfacts/reader/grammar.hpp), the sentence fills what they leave unsaid
// (nevfacts/reader/sentence.hpp), and one function turns it into an interval at the end
// (nevfacts/reader/interval.hpp).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/real_interval.hpp>
#include <nevfacts/refusal.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace nevfacts {

enum class statement : unsigned char {
  exact,
  rounded,
  more_than,
  at_least,
  less_than,
  at_most,
  about,
  nearly,
  just_over,
  between
};
enum class phrase_unit : unsigned char {
  none,
  percent,
  points,
  times,
  times_as_many,
  yuan,
  us_dollars,
  multiplied,
  basis_points
};
enum class time_unit : unsigned char {
  none,
  hour,
  day,
  week,
  month,
  quarter,
  half,
  year,
  some_period
};
// What a change is measured against: the same period a year before (year on year), the
// period just before (month on month, ...), or a year the words name ("compared with 2021").
enum class change_basis : unsigned char {
  unstated,
  previous_year,
  previous_quarter,
  previous_month,
  previous_week,
  previous_day,
  previous_period,  // "sequentially": the period before, of a length the words do not say
  named_year
};

constexpr std::string_view to_string(statement s) {
  constexpr std::string_view names[] = {"exact",   "rounded", "more than", "at least",  "less than",
                                        "at most", "about",   "nearly",    "just over", "between"};
  return names[static_cast<unsigned>(s)];
}
constexpr std::string_view to_string(phrase_unit u) {
  constexpr std::string_view names[] = {
      "none",          "percent", "percentage points", "times (a change)",
      "times as many", "yuan",    "US dollars",        "multiplied (doubled, tripled)",
      "basis points"};
  return names[static_cast<unsigned>(u)];
}
// The label a change prints with: "y/y", "m/m", ...
constexpr std::string_view to_string(change_basis b) {
  constexpr std::string_view names[] = {"", "y/y", "q/q", "m/m", "w/w", "d/d", "p/p", "vs"};
  return names[static_cast<unsigned>(b)];
}

struct figure_number {
  std::uint64_t mantissa = 0;
  int exponent = 0;     // value = mantissa * 10^exponent
  int place = 0;        // the last significant digit is 10^place
  int denominator = 0;  // a fraction: mantissa / denominator
  bool whole = false;   // no decimals, no scale word
  bool exact = false;   // an ordinal, "the trillion-level": no rounding
  bool found = false;
};

struct reading {
  figure_number number{};
  figure_number upper{};  // a range's second end
  bool range = false;     // "15 to 16 per cent", "20-30%", "between 2 and 3 million"
  bool vague = false;     // "thousands of": 2 x 10^vague_lo to 10^(vague_hi + 1) - 1
  int vague_lo = 0, vague_hi = 0;
  statement how = statement::rounded;
  statement shared = statement::rounded;  // a bound of the compound before the words, outside
                                          // them: whose it is, the sentence does not say
  int sign = 0;                           // +1 "up", "an increase of"; -1 "down"; 0 unsigned
  bool signed_number = false;             // the sign is a '-' or '+' on the number ("-2%")
  bool sign_in_sentence = false;
  bool level_stated = false;  // "rose to 5.4 million", "up from 9%": a level, not a change
  phrase_unit unit = phrase_unit::none;
  change_basis basis = change_basis::unstated;
  int basis_year = 0;               // change_basis::named_year: "compared with 2021"
  time_unit per = time_unit::none;  // "a day", "per year", "monthly" after the figure
  std::string_view noun{};          // the words after the figure (in a sentence: what follows)
  std::string_view head{};          // the head word of that noun phrase ("companies")
  std::string_view of_head{};       // after a counting noun and "of": "units of piles" -> "piles"
  bool another_currency = false;
  std::size_t begin = 0, end = 0;
  refusal reason = refusal::none;

  constexpr bool ok() const { return reason == refusal::none; }
};

// The basis a change's words name, by the length of the period they compare with.
constexpr change_basis basis_of(time_unit u) {
  switch (u) {
    case time_unit::year:
      return change_basis::previous_year;
    case time_unit::quarter:
      return change_basis::previous_quarter;
    case time_unit::month:
      return change_basis::previous_month;
    case time_unit::week:
      return change_basis::previous_week;
    case time_unit::day:
      return change_basis::previous_day;
    case time_unit::none:
      return change_basis::unstated;
    default:
      return change_basis::previous_period;
  }
}

// In place (false: refused), so that a rule of the grammar can say `return refuse(r, why);`.
constexpr bool refuse(reading& r, refusal why) {
  if (r.reason == refusal::none) r.reason = why;
  return false;
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
