// nevfacts/reader/tokens.hpp -- text read once into tokens: numbers, words, symbols
//
// Synopsis (namespace nevfacts::reader)
//   enum class token_type { end, number, word, symbol };
//   struct token {
//     std::size_t begin, end; token_type type;
//     std::uint64_t roles; short value; unsigned char code;   // a word's lexicon entry (0: none)
//     char symbol;                   // a symbol: '%', '$', '-', '+', '(', ',', ...
//     bool space_before;             // a space (not a hyphen) stands between it and the last
//     decimal digits;                // a number: its digits as written
//     bool ordinal_suffix;           // "10th"
//     int glued_scale;               // "9.5m": 6 (power of ten), 0: none
//     bool glued_letters;            // "1.5e6", "5G": letters run straight on
//     constexpr bool is(lexicon::role) const;
//   };
//   struct decimal { std::uint64_t mantissa; int decimals, trailing_zeros; std::size_t length;
//                    bool bad_comma, too_long; };
//   constexpr token next_token(std::string_view text, std::size_t at);   // the token at `at`
//   constexpr std::size_t start_before(std::string_view text, std::size_t at);   // of the token
//                                                                     // that ends before `at`
//   constexpr bool same_word(const char* text, const token&, const char* lower);  // that word
//   constexpr int direction_after_figure(const char* text, const token&);  // "5% higher": +1
//   template <std::size_t N> struct tokens { token items[N]; std::size_t size; bool overflow; };
//   template <std::size_t N> constexpr tokens<N> tokenize(std::string_view text, begin, end);
//
// Spaces are ' ', tab, new line and the Unicode spaces news copy uses (no-break, narrow,
// thin); '-' stands for the hyphen, the en dash and the minus sign; '％' is '%'; '’' is '\''.
// A word is looked up in the dictionary (nevfacts/reader/lexicon.hpp) by binary search, and the
// longest entry that stands at its place wins ("year-on-year" is one token, "more than" one).
// Hot loops index raw pointers and call nothing: a constant evaluation pays for each call.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/text.hpp>
#include <nevfacts/reader/lexicon.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace nevfacts::reader {

using nevfacts::detail::is_digit;
using nevfacts::detail::is_word_end;
using nevfacts::detail::lower_ascii;
using nevfacts::detail::next_char;
using nevfacts::detail::same_chars;
using nevfacts::detail::same_text;

// Digits as written: "14.596" -> mantissa 14596, 3 decimals; "457,000" -> 457000, 3 trailing
// zeros.
struct decimal {
  std::uint64_t mantissa = 0;
  int decimals = 0;
  int trailing_zeros = 0;
  std::size_t length = 0;
  bool bad_comma = false;  // a comma that does not separate groups of three digits: "1,5", "0,5"
  bool too_long = false;   // more digits than a double holds exactly
};

enum class token_type : unsigned char { end, number, word, symbol };

struct token {
  std::size_t begin = 0, end = 0;
  token_type type = token_type::end;
  std::uint64_t roles = 0;  // a word's entry in the dictionary; 0: a word it does not know
  short value = 0;
  unsigned char code = 0;
  char symbol = '\0';
  bool space_before = false;
  bool ordinal_suffix = false;
  bool glued_letters = false;
  int glued_scale = 0;
  decimal digits{};

  constexpr bool is(std::uint64_t role) const { return (roles & role) != 0; }
  constexpr bool is_word() const { return type == token_type::word; }
  constexpr bool is_number() const { return type == token_type::number; }
  constexpr bool is_symbol(char c) const { return type == token_type::symbol && symbol == c; }
  constexpr bool is_end() const { return type == token_type::end; }
  constexpr std::size_t size() const { return end - begin; }
};

namespace detail {

constexpr bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80; }

// What a character stands for: ' ' a space, '-' a hyphen or dash, '%', '\'', '"', 'a' a
// letter (any byte of a character outside ASCII that is none of these), or itself; `length`
// is how many bytes it takes (UTF-8).
struct character {
  char as;
  std::size_t length;
};
constexpr character character_at(const char* s, std::size_t size, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    if (c == '\t' || c == '\n' || c == '\r') return {' ', 1};
    if (is_letter(char(c))) return {'a', 1};
    return {char(c), 1};
  }
  const unsigned char c1 = i + 1 < size ? static_cast<unsigned char>(s[i + 1]) : 0;
  const unsigned char c2 = i + 2 < size ? static_cast<unsigned char>(s[i + 2]) : 0;
  if (c == 0xC2 && c1 == 0xA0) return {' ', 2};  // no-break space
  if (c == 0xE2 && c1 == 0x80) {
    if (c2 == 0xAF || (c2 >= 0x80 && c2 <= 0x8A)) return {' ', 3};  // narrow, thin, en ...
    if (c2 >= 0x90 && c2 <= 0x93) return {'-', 3};                  // hyphen, en dash
    if (c2 == 0x94) return {',', 3};                                // em dash: a clause
    if (c2 == 0x98 || c2 == 0x99) return {'\'', 3};                 // ‘ ’
    if (c2 == 0x9C || c2 == 0x9D) return {'"', 3};                  // “ ”
  }
  if (c == 0xE2 && c1 == 0x88 && c2 == 0x92) return {'-', 3};  // minus sign
  if (c == 0xEF && c1 == 0xBC && c2 == 0x85) return {'%', 3};  // fullwidth percent
  if (c == 0xE2 && c1 == 0x82) return {'a', 1};  // a currency sign ("€"): the dictionary's
  // Other symbols ("≈", "→", "🚗") mean nothing in a figure: a character of their own.
  if (c >= 0xF0) return {'x', 4};
  if (c >= 0xE2 && c <= 0xE3) return {'x', 3};
  return {'a', 1};  // a byte of a letter ("é") or of a sign the dictionary knows ("¥")
}

constexpr bool is_space_at(const char* s, std::size_t size, std::size_t i) {
  return character_at(s, size, i).as == ' ';
}
constexpr bool is_digit_at(const char* s, std::size_t size, std::size_t i) {
  return i < size && is_digit(s[i]);
}

constexpr decimal read_decimal(const char* s, std::size_t size) {
  decimal d;
  std::size_t point = size;      // where the decimal point is, if any
  int zeros_run = 0, group = 0;  // group: digits since the last comma (or the start)
  bool comma = false;
  std::size_t i = 0;
  for (; i < size; ++i) {  // a separator is read only when a digit follows it
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      if (d.mantissa > 9'999'999'999'999'999ull) d.too_long = true;  // read on, to its end
      if (!d.too_long) d.mantissa = d.mantissa * 10 + std::uint64_t(c - '0');
      zeros_run = (c == '0') ? zeros_run + 1 : 0;
      ++group;
    } else if ((c == ',' || c == '.') && point == size && i + 1 < size && is_digit(s[i + 1])) {
      // "1,500" groups thousands; "1,5", "0,5", "1,2,3" and "1234,567" may be decimal commas.
      if (comma ? group != 3 : (c == ',' && (group > 3 || s[0] == '0'))) d.bad_comma = true;
      if (c == '.')
        point = i;
      else
        comma = true;
      group = 0;
    } else {
      break;
    }
  }
  if (comma && point == size && group != 3) d.bad_comma = true;
  d.length = i;
  d.decimals = point == size ? 0 : int(i - point - 1);
  d.trailing_zeros = (point == size && d.mantissa != 0) ? zeros_run : 0;
  return d;
}

// The run a lookup compares first: the letters at the start (lower case), or one other byte.
constexpr std::size_t run_length(const char* s, std::size_t size) {
  if (size == 0) return 0;
  if (!is_letter(s[0])) return 1;
  std::size_t n = 1;
  while (n < size && is_letter(s[n])) ++n;
  return n;
}
// <0, 0, >0: the entry's first run against the text's (n bytes at t).
constexpr int compare_run(const char* e, const char* t, std::size_t n) {
  const bool letters = is_letter(t[0]);
  for (std::size_t k = 0;; ++k) {
    const char ec = e[k];
    const bool entry_run_ends = ec == '\0' || (letters ? !is_letter(ec) : k >= 1);
    if (k >= n) return entry_run_ends ? 0 : 1;
    if (entry_run_ends) return -1;
    const unsigned char a = static_cast<unsigned char>(ec);
    const unsigned char b = static_cast<unsigned char>(lower_ascii(t[k]));
    if (a != b) return a < b ? -1 : 1;
  }
}

// Where the entry ends if it stands at t[0...] (its spaces stand for runs of spaces and
// hyphens), or 0.
constexpr std::size_t match_entry(const char* e, std::uint64_t roles, const char* t,
                                  std::size_t size) {
  std::size_t j = 0, k = 0;
  for (; e[k] != '\0'; ++k) {
    if (e[k] == ' ') {
      std::size_t gap = 0;
      for (character ch{}; j < size && ((ch = character_at(t, size, j)).as == ' ' || ch.as == '-');)
        j += ch.length, ++gap;
      if (gap == 0) return 0;
    } else if (j >= size || lower_ascii(t[j]) != e[k]) {
      return 0;
    } else {
      ++j;
    }
  }
  const char last = e[k - 1];
  if (j < size && (is_letter(last) || is_digit(last)) && !is_word_end(t[j])) {
    const bool glued = (roles & (lexicon::currency | lexicon::other_currency)) != 0;
    if (!(glued && is_digit(t[j]))) return 0;  // "up" is not in "upward"; "RMB10.95" is RMB
  }
  return j;
}

struct lookup {
  std::size_t index = 0, end = 0;  // end 0: no entry
};
// The longest entry that stands at t: a binary search on the first run, then its group.
constexpr lookup look_up(const char* t, std::size_t size) {
  using dict = lexicon::dictionary<>;
  const std::size_t n = run_length(t, size);
  std::size_t lo = 0, hi = dict::size;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (compare_run(dict::words[mid].text, t, n) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  lookup best;
  for (std::size_t i = lo; i < dict::size && compare_run(dict::words[i].text, t, n) == 0; ++i)
    if (const std::size_t end = match_entry(dict::words[i].text, dict::words[i].roles, t, size);
        end > best.end)
      best = {i, end};
  return best;
}

// An unknown word runs over letters, digits, bytes outside ASCII and an apostrophe before a
// letter ("the firm's").
constexpr std::size_t word_end(const char* s, std::size_t size, std::size_t i) {
  while (i < size) {
    const character ch = character_at(s, size, i);
    if (ch.as == 'a' || is_digit(s[i]))
      i += ch.length;
    else if (ch.as == '\'' && i + ch.length < size && is_letter(s[i + ch.length]))
      i += ch.length;
    else
      break;
  }
  return i;
}

constexpr void read_number(token& t, const char* s, std::size_t size) {
  t.type = token_type::number;
  t.digits = read_decimal(s + t.begin, size - t.begin);
  std::size_t i = t.begin + t.digits.length;
  t.end = i;
  if (i >= size || !is_letter(s[i])) return;
  const std::size_t letters = word_end(s, size, i);
  const char a = lower_ascii(s[i]), b = i + 1 < size ? lower_ascii(s[i + 1]) : '\0';
  const bool suffix = letters == i + 2 && ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
                                           (a == 'r' && b == 'd') || (a == 't' && b == 'h'));
  if (suffix) {
    t.ordinal_suffix = true;
  } else if (const lookup g = look_up(s + i, size - i);
             g.end == letters - i &&
             (lexicon::dictionary<>::words[g.index].roles & lexicon::glued_scale) != 0) {
    t.glued_scale = lexicon::dictionary<>::words[g.index].value;
  } else {
    t.glued_letters = true;
  }
  t.end = letters;
}

}  // namespace detail

// The token that starts at `at` or after it (spaces skipped), or an end token.
constexpr token next_token(const char* s, std::size_t size, std::size_t at) {
  using namespace detail;
  token t;
  while (at < size && is_space_at(s, size, at)) {
    t.space_before = true;
    at += character_at(s, size, at).length;
  }
  t.begin = t.end = at;
  if (at >= size) return t;
  if (is_digit(s[at])) {
    read_number(t, s, size);
    return t;
  }
  const character ch = character_at(s, size, at);
  if (ch.as != 'a' && ch.as != '$' && ch.as != '%') {
    t.type = token_type::symbol;
    t.symbol = ch.as;
    t.end = at + ch.length < size ? at + ch.length : size;
    return t;
  }
  t.type = token_type::word;
  if (const lookup w = look_up(s + at, size - at); w.end != 0) {
    const lexicon::lexeme& e = lexicon::dictionary<>::words[w.index];
    t.roles = e.roles, t.value = e.value, t.code = e.code;
    t.end = at + w.end;
    return t;
  }
  t.end = ch.as == 'a' ? word_end(s, size, at) : at + ch.length;
  return t;
}
constexpr token next_token(std::string_view text, std::size_t at) {
  return next_token(text.data(), text.size(), at);
}

// Where the token that ends at or before `at` starts (spaces before `at` skipped); 0 if none.
// Read forward from there with next_token: a token read backward is the same token.
constexpr std::size_t start_before(std::string_view text, std::size_t at) {
  using namespace detail;
  const char* s = text.data();
  auto back = [&](std::size_t i) {  // the start of the character that ends at i
    std::size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
    return j;
  };
  while (at > 0 && is_space_at(s, text.size(), back(at))) at = back(at);
  if (at == 0) return 0;
  std::size_t i = back(at);
  const char as = character_at(s, text.size(), i).as;
  const bool in_word = as == 'a' || as == '$' || is_digit(s[i]);
  if (!in_word) return i;
  while (i > 0) {
    const std::size_t j = back(i);
    const char c = character_at(s, text.size(), j).as;
    const bool digit_separator =
        (s[j] == '.' || s[j] == ',') && j > 0 && is_digit(s[j - 1]) && is_digit(s[i]);
    if (!(c == 'a' || is_digit(s[j]) || c == '$' || digit_separator)) break;
    i = j;
  }
  return i;
}

// Whether the token is that word (lower case, the whole token), case aside.
constexpr bool same_word(const char* text, const token& t, const char* lower) {
  if (!t.is_word()) return false;
  std::size_t k = 0;
  for (std::size_t j = t.begin; j < t.end; ++j, ++k)
    if (lower[k] == '\0' || lower_ascii(text[j]) != lower[k]) return false;
  return lower[k] == '\0';
}

// A direction written right after a figure: "a 22.7% dip", "13 percent higher", "32 percent
// more than last year" (a change compared, not a bound): +1, -1, or 0.
constexpr int direction_after_figure(const char* text, const token& t) {
  if (t.is(lexicon::after_fall)) return -1;
  if (t.is(lexicon::after_rise)) return +1;
  if (!t.is(lexicon::bound)) return 0;
  auto starts = [&](const char* w) {
    std::size_t k = 0;
    while (w[k] != '\0' && t.begin + k < t.end && lower_ascii(text[t.begin + k]) == w[k]) ++k;
    return w[k] == '\0';
  };
  if (starts("more ") || starts("higher ")) return +1;
  if (starts("less ") || starts("fewer ") || starts("lower ")) return -1;
  return 0;
}

template <std::size_t N>
struct tokens {
  token items[N];
  std::size_t size = 0;
  bool overflow = false;  // more than N tokens: the reader refuses the words

  constexpr const token& operator[](std::size_t i) const { return items[i]; }
};

template <std::size_t N>
constexpr tokens<N> tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  tokens<N> out{};
  for (std::size_t at = begin; at < end;) {
    const token t = next_token(text.data(), end, at);
    if (t.is_end()) break;
    if (out.size == N) {
      out.overflow = true;
      break;
    }
    out.items[out.size++] = t;
    at = t.end;
  }
  return out;
}

}  // namespace nevfacts::reader

#endif  // NEVFACTS_CXX20
