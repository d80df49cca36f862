// nevfacts/reader/sentence.hpp -- what a figure's sentence says that its words leave unsaid
//
// Synopsis (namespace nevfacts::reader)
//   struct found_words { std::size_t at, count, other; };    // npos: not found
//   constexpr found_words find_words_in(std::string_view sentence, std::string_view words,
//                                       int occurrence);     // as whole words; 0: the first
//
// The words are found as whole words ("2.5 million" does not stand in "12.5 million", "5%" not
// in "-5%"). Their clause (up to ',', ';', a parenthesis, a dash or the end of the sentence)
// fills fields of the reading they left empty, and never edits an interval (there is none yet):
//   - the unit and noun that follow a compound: "12.89 million and 12.87 million units";
//   - a currency written just before the words: "US$ 5 billion";
//   - a bound written after them: "1.2 million-plus units", "20,000 units or more";
//   - the direction and bound the compound shares: "a year-on-year increase of 35.8% and 37.9%
//     respectively", "more than 70% and 40%" (a bound that stands by another figure is that
//     figure's, and refused here, unless the compound ends in "respectively");
//   - when the change was measured: "fell 3.2% year on year and 10.7% month on month".
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/reader/noun.hpp>
#include <nevfacts/reader/tokens.hpp>

#include <cstddef>
#include <string_view>

namespace nevfacts::reader {

struct found_words {
  std::size_t at = std::string_view::npos;     // the occurrence asked for
  std::size_t count = 0;                       // how many occurrences there are
  std::size_t other = std::string_view::npos;  // another occurrence, if any
};

namespace detail {

// A digit's sign or a decimal point just before: "-5%", "−5%", "$5", "1.5%" hold no "5%".
constexpr bool starts_words(const char* s, std::size_t at, bool digit_first) {
  if (at == 0) return true;
  const char before = s[at - 1];
  if (at >= 3 && s[at - 3] == '\xe2' && s[at - 2] == '\x88' && before == '\x92')
    return !digit_first;                             // the minus sign
  if (static_cast<unsigned char>(before) >= 0x80) {  // a letter outside ASCII, or a quote mark
    std::size_t lead = at - 1;
    while (lead > 0 && (static_cast<unsigned char>(s[lead]) & 0xC0) == 0x80) --lead;
    return character_at(s, at, lead).as != 'a';
  }
  if (!is_word_end(before)) return false;
  if (!digit_first) return true;
  if (before == '$' || before == '-' || before == '+') return false;
  return !((before == '.' || before == ',') && at >= 2 && is_digit(s[at - 2]));
}
constexpr bool ends_words(const char* s, std::size_t end, std::size_t size, bool digit_last) {
  if (end >= size) return true;
  const char after = s[end];
  if (!is_word_end(after)) return false;
  if (!digit_last) return true;
  if (after == '%') return false;
  return !((after == '.' || after == ',') && end + 1 < size && is_digit(s[end + 1]));
}

constexpr bool ends_clause(const char* s, std::size_t size, const token& t) {
  if (t.is_end()) return true;
  if (t.type != token_type::symbol) return false;
  const char c = t.symbol;
  if (c == '.') return t.end >= size || s[t.end] == ' ';  // "1.5", "U.S." go on
  return c == ',' || c == ';' || c == '(' || c == ')' || c == ':' || c == '!' || c == '?';
}

// Words that may stand in a compound between a direction (or a bound) and its figures.
constexpr bool in_compound(const token& t) {
  using namespace lexicon;
  return t.is_number() ||
         t.is(unit | scale | basis | lexicon::compound | counting_noun | money_noun) ||
         t.is(period_noun) || t.is_symbol('%');  // "year on year", read backward: "year", "on"
}

}  // namespace detail

// The occurrence-th (1-based; 0: the first) place the words stand as whole words.
constexpr found_words find_words_in(std::string_view sentence, std::string_view words,
                                    int occurrence) {
  using namespace detail;
  found_words found;
  const char* s = sentence.data();
  const char* w = words.data();
  const std::size_t n = words.size(), size = sentence.size();
  if (n == 0 || n > size) return found;
  const bool digit_first = is_digit(w[0]), digit_last = is_digit(w[n - 1]);
  const std::size_t wanted = occurrence <= 0 ? 1 : std::size_t(occurrence);
  for (std::size_t i = 0, last = size - n; i <= last; ++i) {
    i = std::size_t(next_char(s + i, size - i, w[0]) - s);
    if (i > last) break;
    if (!same_chars(s + i + 1, w + 1, n - 1) || !starts_words(s, i, digit_first) ||
        !ends_words(s, i + n, size, digit_last))
      continue;
    ++found.count;
    if (found.count == wanted)
      found.at = i;
    else if (found.other == std::string_view::npos)
      found.other = i;
    if (found.count > wanted && found.count >= 2) break;
  }
  return found;
}

namespace detail {

struct clause {
  std::string_view s;
  std::size_t begin, end;  // the words
  constexpr token after(std::size_t at) const { return next_token(s.data(), s.size(), at); }
  constexpr token before(std::size_t at) const {
    if (at == 0) return token{};
    return next_token(s.data(), at, start_before(s.substr(0, at), at));
  }
};

// "12.89 million and 12.87 million units": the unit and the noun after the compound.
constexpr bool unit_after_compound(reading& r, const clause& c) {
  std::size_t at = c.end;
  token t = c.after(at);
  while (t.is_number() || t.is(lexicon::scale) || same_word(c.s.data(), t, "and") ||
         same_word(c.s.data(), t, "or") || same_word(c.s.data(), t, "to") ||
         same_word(c.s.data(), t, "respectively")) {
    at = t.end;
    t = c.after(at);
  }
  std::size_t noun = t.begin;
  if (t.is(lexicon::unit)) {
    const phrase_unit named = lexicon::unit_of(t);
    if (named == phrase_unit::times) return refuse(r, refusal::bare_times_is_ambiguous);
    r.unit = named;
    noun = t.end;
  }
  std::size_t end = noun;
  for (token n = c.after(end); !ends_clause(c.s.data(), c.s.size(), n); n = c.after(end)) {
    if (n.is(lexicon::other_currency)) return refuse(r, refusal::another_currency);
    if (n.is(lexicon::period_noun) && r.per == time_unit::none) r.per = lexicon::time_of(n);
    end = n.end;
  }
  r.noun = c.s.substr(noun, end > noun ? end - noun : 0);
  const noun_head h = head_of(c.s, noun, end);
  r.head = h.head;
  r.of_head = h.of;
  return true;
}

// "US$ 5 billion", "HK$ 5 billion": a currency just before the words.
constexpr bool currency_before(reading& r, const clause& c) {
  const token t = c.before(c.begin);
  if (t.is(lexicon::other_currency)) return refuse(r, refusal::another_currency);
  if (!t.is(lexicon::currency)) return true;
  const phrase_unit money = lexicon::unit_of(t);
  if (r.unit == phrase_unit::none)
    r.unit = money;
  else if (r.unit != money)
    return refuse(r, refusal::two_units);
  return true;
}

// "1.2 million-plus units", "20,000 units or more": a bound after the words, in their clause.
constexpr bool bound_after(reading& r, const clause& c) {
  const token first = c.after(c.end);
  statement how = statement::rounded;
  if ((first.is_symbol('+') && !first.space_before && !c.after(first.end).is_number()) ||
      first.is(lexicon::plus) ||
      (first.is_symbol('-') && !first.space_before && c.after(first.end).is(lexicon::plus))) {
    how = statement::at_least;
  } else {
    bool number = false;
    for (token t = first; !ends_clause(c.s.data(), c.s.size(), t); t = c.after(t.end)) {
      if (t.is(lexicon::or_more) || t.is(lexicon::or_less)) {
        if (number) return refuse(r, refusal::bound_of_another_figure);
        how = t.is(lexicon::or_more) ? statement::at_least : statement::at_most;
        break;
      }
      number = number || t.is_number();
    }
  }
  if (how == statement::rounded) return true;
  if (r.how != statement::rounded) return refuse(r, refusal::two_bounds);
  r.how = how;
  return true;
}

}  // namespace detail

}  // namespace nevfacts::reader

#endif  // NEVFACTS_CXX20
