// nevfacts/phrase.hpp -- a source's own words for a figure, parsed into an interval
//
// Synopsis (namespace nevfacts)
//   enum class statement { exact, rounded, more_than, at_least, less_than, at_most, about };
//   enum class phrase_unit { none, percent, points, times, times_as_many, yuan,
//                            us_dollars };
//   struct parsed_phrase {
//     real_interval value;     // every value the words allow, in the unit they name
//     double stated;           // the number as written, scale applied
//     double last_place;       // the unit of the last significant digit, scale applied
//     statement how; phrase_unit unit; int sign; std::string_view noun; std::string_view error;
//   };
//   constexpr parsed_phrase parse_phrase(std::string_view words);
//
// What the words mean (the conventions a reader of statistics uses):
//   "9.5 million"        rounded: [9.45, 9.55] million (half a unit of the last digit each side)
//   "457,000 units"      trailing zeros of a whole number are not significant: [456.5, 457.5] thousand
//   "56%"                a whole percentage is rounded to the unit: [55.5, 56.5] %
//   "more than 60 percent", "exceeded 50%", "over 200"    [x, +inf) (the kind adds its own cap)
//   "less than", "under", "below" / "at most", "up to"   (-inf, x]
//   "around 1.07 million", "about", "some 200"           one unit of the last digit each side
//   "exactly 639", ordinals ("eighth", "five millionth"), number words ("five") exact
//   "thousands of"       [2,000, 9,999]
//   "an increase of 6.1 percentage points", "up 32 percent", "a decrease of 2%"  signed
//   "an increase of 1.6 times" (+160 %)  vs  "1.6 times as many" (x1.6); a bare "1.6 times"
//   is rejected: the encoder must say which one the source meant.
//   "US$31.91 billion", "231.84 billion yuan", "the trillion-level" (1 trillion)
// Anything else sets `error` (nevfacts/reported.hpp turns that into a compile error).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/text.hpp>
#include <nevfacts/real_interval.hpp>
#include <nevfacts/scale.hpp>

#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <type_traits>
#include <utility>

namespace nevfacts {

enum class statement : unsigned char { exact, rounded, more_than, at_least, less_than, at_most, about };
enum class phrase_unit : unsigned char { none, percent, points, times, times_as_many, yuan, us_dollars };

constexpr std::string_view to_string(statement s) {
  constexpr std::string_view names[] = {"exact", "rounded", "more than", "at least", "less than", "at most", "about"};
  return names[static_cast<unsigned>(s)];
}

struct parsed_phrase {
  real_interval value{};
  double stated = 0.0;
  double last_place = 0.0;
  statement how = statement::rounded;
  phrase_unit unit = phrase_unit::none;
  int sign = 0;  // +1 "increase", "up"; -1 "decrease", "down"; 0 unsigned
  std::string_view noun{};
  std::string_view error{};

  constexpr bool ok() const { return error.empty(); }
};

namespace detail {

// Digits as written: "14.596" -> mantissa 14596, 3 decimals; "457,000" -> 457000, 3 trailing zeros.
struct decimal {
  std::uint64_t mantissa = 0;
  int decimals = 0;
  int trailing_zeros = 0;
  std::size_t length = 0;
  bool ok = false;
  bool glued = false;  // a letter or digit right after: "1.5e6", "9.5m", "10th"
};

constexpr decimal read_decimal(const char* s, std::size_t size) {
  decimal d;
  std::size_t point = size;  // where the decimal point is, if any
  int zeros_run = 0;
  std::size_t i = 0;
  // A separator is read only when a digit follows, so reading anything means reading a digit.
  for (; i < size; ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      if (d.mantissa > 99'999'999'999'999'999ull) return {};
      d.mantissa = d.mantissa * 10 + std::uint64_t(c - '0');
      zeros_run = (c == '0') ? zeros_run + 1 : 0;
    } else if ((c == ',' || c == '.') && point == size && i + 1 < size && s[i + 1] >= '0' && s[i + 1] <= '9') {
      if (c == '.') point = i;
    } else {
      break;
    }
  }
  d.ok = i > 0;
  d.length = i;
  d.glued = i < size && !is_word_end(s[i]);
  d.decimals = point == size ? 0 : int(i - point - 1);
  d.trailing_zeros = (point == size && d.mantissa != 0) ? zeros_run : 0;
  return d;
}

// The words of a list entry: the entry itself, or its `text` (number, scale and unit words).
template <class Entry>
constexpr word word_of(const Entry& e) {
  if constexpr (std::is_same_v<Entry, word>) return e;
  else return e.text;
}

// A bit for each lower-case first letter (others share bits: a false match only costs a
// full compare).
constexpr std::uint64_t initial_bit(char lower) { return std::uint64_t(1) << (static_cast<unsigned char>(lower) & 63u); }

template <class List>
constexpr std::uint64_t initials_of(const List& entries) {
  std::uint64_t bits = 0;
  for (const auto& e : entries) bits |= initial_bit(lower_ascii(word_of(e).text[0]));
  return bits;
}
// Computed once per word list, so most lists are passed over in one step: constant
// evaluation counts every step, and a phrase meets some eighty candidate words.
template <const auto& Words>
inline constexpr std::uint64_t initials_v = initials_of(Words);

// Walks the words of a phrase; words are separated by spaces and hyphens.
class phrase_cursor {
 public:
  constexpr explicit phrase_cursor(std::string_view text) : text_(text.data()), size_(text.size()) { skip_blanks(); }

  constexpr bool done() const { return at_ >= size_; }
  constexpr char peek() const { return done() ? '\0' : text_[at_]; }
  constexpr std::string_view rest() const { return {text_ + at_, size_ - at_}; }
  constexpr decimal read_decimal() const { return detail::read_decimal(text_ + at_, size_ - at_); }
  constexpr void skip_word() {
    const std::size_t start = at_;
    while (at_ < size_ && !is_word_end(text_[at_])) ++at_;
    advance(at_ == start ? 1 : 0);  // a sign or a stray character counts as a word
  }
  constexpr void advance(std::size_t n) {
    at_ += n;
    skip_blanks();
  }

  // Matches the words (lower case) case-insensitively, as whole words, and moves past them.
  // No calls inside the loop: see nevfacts/detail/text.hpp.
  constexpr bool take(word w) {
    if (initial_ != w.text[0] || size_ - at_ < w.size) return false;
    const char* here = text_ + at_;
    for (std::size_t i = 1; i < w.size; ++i) {
      const char want = w.text[i], got = here[i];
      if (got != want && !(want >= 'a' && want <= 'z' && got == want - ('a' - 'A')) && !(want == ' ' && got == '-'))
        return false;
    }
    const std::size_t end = at_ + w.size;  // text_[end], not here[w.size]: GCC 12 -O3 -Warray-bounds
    if (end < size_ && !is_word_end(w.text[w.size - 1]) && !is_word_end(text_[end])) return false;  // "up" in "upward"
    advance(w.size);
    return true;
  }
  // The index of the first entry of the list whose words come next (taken), or `none`. An
  // index, not a pointer: GCC's -fsanitize=undefined refuses to compare a pointer with
  // nullptr in a constant expression.
  static constexpr std::size_t none = std::size_t(-1);
  template <const auto& Words>
  constexpr std::size_t take_first() {
    if ((initials_v<Words> & initial_bit(initial_)) == 0) return none;
    std::size_t i = 0;
    for (const auto& w : Words) {
      if (take(word_of(w))) return i;
      ++i;
    }
    return none;
  }
  template <const auto& Words>
  constexpr bool take_any() { return take_first<Words>() != none; }

 private:
  constexpr void skip_blanks() {
    while (at_ < size_ && (text_[at_] == ' ' || text_[at_] == '-' || text_[at_] == ',')) ++at_;
    const char c = at_ < size_ ? text_[at_] : '\0';
    initial_ = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  }
  const char* text_;
  std::size_t size_;
  std::size_t at_ = 0;
  char initial_ = '\0';
};

inline constexpr word more_than_words[] = {"more than", "over", "exceeded", "exceeding", "exceeds",
                                                       "exceed", "above", "surpassed", "topped"};
inline constexpr word at_least_words[] = {"at least", "no less than", "not less than"};
inline constexpr word less_than_words[] = {"less than", "fewer than", "under", "below"};
inline constexpr word at_most_words[] = {"at most", "up to", "no more than", "not more than"};
inline constexpr word about_words[] = {"around", "about", "approximately", "roughly", "nearly", "some"};
inline constexpr word up_words[] = {"a year on year increase of", "a year over year increase of",
                                                "an increase of", "increase of", "increased by", "a rise of",
                                                "rose", "grew", "growth of", "up"};
inline constexpr word down_words[] = {"a year on year decrease of", "a decrease of", "decrease of",
                                                  "decreased by", "a decline of", "a fall of", "fell", "down"};
inline constexpr word filler_words[] = {"the", "a", "an", "by", "of", "reached", "reaching", "totaled", "hit"};

inline constexpr word ordinal_suffixes[] = {"st", "nd", "rd", "th"};

struct number_word {
  word text;
  double value;
};
inline constexpr number_word cardinal_words[] = {
    {"one", 1},       {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},       {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
    {"eleven", 11},   {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}};
inline constexpr number_word ordinal_words[] = {
    {"first", 1},        {"second", 2},       {"third", 3},       {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},        {"seventh", 7},     {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},       {"eleventh", 11},   {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14},  {"fifteenth", 15},  {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18},  {"nineteenth", 19}, {"twentieth", 20}};

constexpr double power_of_ten(int n) {
  double p = 1.0;
  for (int i = 0; i < (n < 0 ? -n : n); ++i) p *= 10.0;  // exact up to 1e22
  return n < 0 ? 1.0 / p : p;
}

// The nearest double to mantissa * 10^exponent, and an interval that surely holds the exact value.
constexpr real_interval exact_value(std::uint64_t mantissa, int exponent) {
  const double m = double(mantissa);
  const bool m_exact = mantissa <= (1ull << 53);
  if (exponent >= 0 && exponent <= 22) {
    const double v = m * power_of_ten(exponent);
    const bool exact = m_exact && v <= 9007199254740992.0;
    return exact ? real_interval::point(v) : real_interval{next_down(v), next_up(v)};
  }
  const double v = m / power_of_ten(-exponent);
  return {next_down(next_down(v)), next_up(next_up(v))};  // two roundings: 10^-k and the quotient
}

constexpr int log10_of_scale(double scale) {
  int n = 0;
  for (double s = scale; s >= 10.0; s /= 10.0) ++n;
  return n;
}

// scale_words with the words in the parser's form and the power of ten worked out once.
struct scale_entry {
  word text;
  int digits;
};
template <std::size_t... I>
constexpr std::array<scale_entry, sizeof...(I)> scale_entries_of(std::index_sequence<I...>) {
  return {scale_entry{word(scale_words[I].word), log10_of_scale(scale_words[I].factor)}...};
}
inline constexpr auto scale_entries = scale_entries_of(std::make_index_sequence<std::size(scale_words)>{});

// "nine point five million": the words after the figure must not hold another number.
constexpr bool names_a_number(std::string_view noun) {
  for (phrase_cursor words(noun); !words.done(); words.skip_word()) {
    if (is_digit(words.peek())) return true;
    if (words.take("point") || words.take("hundred") || words.take_any<cardinal_words>() || words.take_any<scale_entries>())
      return true;
  }
  return false;
}

constexpr parsed_phrase fail(parsed_phrase p, std::string_view why) {
  p.error = why;
  return p;
}

}  // namespace detail

namespace detail {

// Qualifiers and direction words, in any order, before the number.
constexpr void read_qualifiers(phrase_cursor& at, parsed_phrase& p) {
  for (bool more = true; more && !at.done() && !is_digit(at.peek());) {
    if (at.take("exactly")) p.how = statement::exact;
    else if (at.take_any<at_least_words>()) p.how = statement::at_least;
    else if (at.take_any<at_most_words>()) p.how = statement::at_most;
    else if (at.take_any<more_than_words>()) p.how = statement::more_than;
    else if (at.take_any<less_than_words>()) p.how = statement::less_than;
    else if (at.take_any<about_words>()) p.how = statement::about;
    else if (at.take_any<down_words>()) p.sign = -1;
    else if (at.take_any<up_words>()) p.sign = +1;
    else more = at.take_any<filler_words>();
  }
  if (at.take("us$") || at.take("usd") || at.peek() == '$') {
    if (at.peek() == '$') at.advance(1);
    p.unit = phrase_unit::us_dollars;
  }
}

// A number as words say it: digits, a number word or ordinal, or a bare scale word.
struct figure {
  std::uint64_t mantissa = 0;
  int exponent = 0;      // value = mantissa * 10^exponent
  int place = 0;         // the last significant digit is 10^place
  bool exact = false;    // a number word, an ordinal, a bare scale word
  bool found = false;
};

constexpr figure read_figure(phrase_cursor& at) {
  figure f;
  if (const decimal d = at.read_decimal(); d.ok) {
    at.advance(d.length);
    if (at.take_any<ordinal_suffixes>()) return {d.mantissa, 0, 0, true, true};  // "10th place"
    if (d.glued) return {};                                                       // "1.5e6", "9.5m"
    f = {d.mantissa, -d.decimals, d.decimals > 0 ? -d.decimals : d.trailing_zeros, false, true};
  } else {
    if (const std::size_t w = at.take_first<ordinal_words>(); w != phrase_cursor::none)
      f = {std::uint64_t(ordinal_words[w].value), 0, 0, true, true};
    else if (const std::size_t c = at.take_first<cardinal_words>(); c != phrase_cursor::none)
      f = {std::uint64_t(cardinal_words[c].value), 0, 0, true, true};
  }
  const std::size_t named_scale = at.take_first<scale_entries>();
  int scale_digits = named_scale != phrase_cursor::none ? scale_entries[named_scale].digits : 0;
  if (named_scale == phrase_cursor::none && at.take("millionth")) {
    scale_digits = 6;
    f.exact = true;  // an ordinal counts exactly
  }
  if (!f.found && scale_digits != 0) f = {1, 0, 0, true, true};  // "the trillion-level"
  at.take("level");
  f.exponent += scale_digits;
  f.place += scale_digits;
  return f;
}

struct unit_word {
  word text;
  phrase_unit unit;
};
// Longer words first: "percentage points" before "percent", "times as many" before "times".
inline constexpr unit_word unit_words[] = {
    {"%", phrase_unit::percent},
    {"percentage points", phrase_unit::points},
    {"percentage point", phrase_unit::points},
    {"percent", phrase_unit::percent},
    {"per cent", phrase_unit::percent},
    {"pp", phrase_unit::points},
    {"times as many", phrase_unit::times_as_many},
    {"times as much", phrase_unit::times_as_many},
    {"times that of", phrase_unit::times_as_many},
    {"times", phrase_unit::times},
    {"yuan", phrase_unit::yuan},
    {"rmb", phrase_unit::yuan},
    {"cny", phrase_unit::yuan},
};

constexpr std::string_view read_unit(phrase_cursor& at, parsed_phrase& p) {
  if (const std::size_t i = at.take_first<unit_words>(); i != phrase_cursor::none) {
    const unit_word& named = unit_words[i];
    if (named.unit == phrase_unit::times && p.sign == 0)
      return "a bare 'N times' is ambiguous: write 'an increase of N times' or 'N times as many'";
    if (named.unit == phrase_unit::yuan && p.unit == phrase_unit::us_dollars) return "two currencies in one figure";
    p.unit = named.unit;
  }
  p.noun = at.rest();
  return names_a_number(p.noun) ? "a number or scale word after the number" : "";
}

// From the number as written to every value the words allow.
constexpr void widen_as_stated(parsed_phrase& p) {
  const real_interval point = p.value;
  const double half = p.last_place / 2.0;
  switch (p.how) {
    case statement::exact: break;
    case statement::rounded: p.value = point + real_interval{-half, half}; break;
    case statement::about: p.value = point + real_interval{-p.last_place, p.last_place}; break;
    case statement::more_than:
    case statement::at_least: p.value = real_interval::at_least(point.lo); break;
    case statement::less_than:
    case statement::at_most: p.value = real_interval::at_most(point.hi); break;
  }
}

constexpr parsed_phrase apply_sign(parsed_phrase p) {
  if (p.sign < 0) {
    p.value = -p.value;
    p.stated = -p.stated;
  }
  return p;
}

}  // namespace detail

constexpr parsed_phrase parse_phrase(std::string_view words) {
  using namespace detail;
  parsed_phrase p;
  const std::size_t first = words.find_first_not_of(' ');
  if (first != std::string_view::npos && words[first] == '-' && first + 1 < words.size() && is_digit(words[first + 1]))
    p.sign = -1;  // "-2%": the cursor reads hyphens as separators
  phrase_cursor at(words);
  read_qualifiers(at, p);

  if (at.take("thousands")) {
    at.take("of");
    p.value = {2000.0, 9999.0};
    p.stated = 2000.0;
    p.last_place = 1000.0;
    if (p.how == statement::rounded) p.how = statement::about;
    if (auto why = read_unit(at, p); !why.empty()) return fail(p, why);
    return apply_sign(p);
  }

  const figure f = read_figure(at);
  if (!f.found) return fail(p, "no number");
  p.value = exact_value(f.mantissa, f.exponent);
  p.stated = p.value.mid();
  p.last_place = power_of_ten(f.place);
  if (auto why = read_unit(at, p); !why.empty()) return fail(p, why);

  // Percentages are quoted to the unit at least: "30%" is 29.5-30.5, not 25-35.
  const bool is_percentage = p.unit == phrase_unit::percent || p.unit == phrase_unit::points;
  if (is_percentage && f.place > 0) p.last_place = 1.0;
  // Number words and ordinals are exact unless a qualifier says otherwise ("over five").
  if (f.exact && p.how == statement::rounded) p.how = statement::exact;
  widen_as_stated(p);
  return apply_sign(p);
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
