// nevfacts/reader/grammar.hpp -- the grammar of a figure's words, one rule per construct
//
// Synopsis (namespace nevfacts::reader)
//   constexpr reading read_figure(std::string_view text, std::size_t begin, std::size_t end);
//                                 // the words text[begin, end) as one reading (refused: reason)
//
// The grammar, in the order its rules run:
//   figure  := lead* number [scale] ["level" | "mark"] [range] [unit] after* noun
//   lead    := bound | direction ["to" | "from"] | article | filler | basis | currency
//              | a noun phrase ending in "of" ("a discount of")
//   number  := digits [ordinal suffix | glued scale] | number words | "doubled" | "twice"
//              | fraction ["of"] ["a"] [scale] | "thousands of" | "a decade"
//   range   := ("to" | "-" | "and" after "between") digits [scale]
//   unit    := "%" | "percent" | "percentage points" | "basis points" | "times" | "yuan" | ...
//   after   := basis | direction ("a 5% increase") | "or more" | "or less" | "plus"
//   noun    := the words that are left (nevfacts/reader/noun.hpp)
// Each rule reads the cursor's tokens and fills fields of its reading; none makes an interval
// (nevfacts/reader/interval.hpp does, once, at the end). What the words do not say is left for
// their sentence (nevfacts/reader/sentence.hpp).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/reader/cursor.hpp>
#include <nevfacts/reader/noun.hpp>
#include <nevfacts/reader/value.hpp>

#include <cstddef>
#include <string_view>

namespace nevfacts::reader {

namespace rules {

using namespace lexicon;

struct lead_state {
  int word_sign = 0;
  bool article = false;  // the last word was "a" or "an": "a third" is a fraction
  bool bounded = false;
};

// Unknown words ending in "of" before the number name what it measures: "a discount of".
constexpr bool skip_noun_before_of(cursor& c) {
  for (std::size_t k = 0; k < 5; ++k) {
    const token& t = c.at(k);
    if (!t.is_word() || (t.roles != 0 && !t.is(filler))) return false;
    if (k > 0 && c.word("of", k)) {
      c.i += k + 1;
      return true;
    }
  }
  return false;
}

constexpr bool bound_word(cursor& c, lead_state& l) {
  if (l.bounded) return refuse(c.r, refusal::two_bounds);
  l.bounded = true;
  c.r.how = how_of(c.at());
  c.next();
  return true;
}

// Whether the token's text ends in that word: "fell to" is one entry.
constexpr bool ends_in_word(const cursor& c, const token& t, const char* w, std::size_t n) {
  if (t.size() <= n || c.text[t.end - n - 1] != ' ') return false;
  for (std::size_t k = 0; k < n; ++k)
    if (lower_ascii(c.text[t.end - n + k]) != w[k]) return false;
  return true;
}

constexpr bool direction_word(cursor& c, lead_state& l, int sign) {
  if (l.word_sign != 0) return refuse(c.r, refusal::two_directions);
  l.word_sign = sign;
  const token& t = c.at();
  const bool to = ends_in_word(c, t, "to", 2) || ends_in_word(c, t, "from", 4);  // "fell to"
  c.next();
  if (to || c.word("to") || c.word("from")) {  // "rose to 5.4 million", "up from 9%": a level
    c.r.level_stated = true;
    if (!to) c.next();
  }
  return true;
}

// What the words before the number say: a bound, a direction, a currency, when.
constexpr bool lead(cursor& c, lead_state& l) {
  while (!c.done()) {
    const token& t = c.at();
    if (t.is_number() || t.is(cardinal | ordinal | fraction | multiplied | lexicon::multiple |
                              hundred | decade | plural_count | vague | scale))
      return true;
    const bool was_article = l.article;
    l.article = false;
    if (t.is(other_currency)) return refuse(c.r, refusal::another_currency);
    if (t.is(bound)) {
      if (!bound_word(c, l)) return false;
    } else if (t.is(fall | rise)) {
      if (!direction_word(c, l, t.is(fall) ? -1 : +1)) return false;
    } else if (t.is(basis)) {
      c.r.basis = basis_of(time_of(t));
      c.next();
    } else if (t.is(currency)) {
      c.r.unit = unit_of(t);
      c.next();
    } else if (t.is(article)) {
      l.article = true;
      c.next();
    } else if (t.is(filler) || t.is_symbol('(') || t.is_symbol('"') || t.is_symbol('\'')) {
      c.next();
    } else if (t.is_symbol('-') || t.is_symbol('+')) {
      return true;  // a sign: the number follows
    } else if (!skip_noun_before_of(c)) {
      l.article = was_article;
      return true;
    }
  }
  return true;
}

// A '-' or '+' right before the number is its sign; "--5" and "- 5" are refused.
constexpr bool number_sign(cursor& c, int& sign) {
  const token& t = c.at();
  if (!(t.is_symbol('-') || t.is_symbol('+'))) return true;
  const token& n = c.at(1);
  if (n.is_symbol('-') || n.is_symbol('+') || (n.is_number() && n.space_before))
    return refuse(c.r, refusal::detached_or_doubled_sign);
  if (!n.is_number()) return true;
  sign = c.text[t.begin] == '+' ? +1 : -1;
  c.next();
  return true;
}

constexpr figure_number digits_of(const decimal& d) {
  figure_number f;
  f.mantissa = d.mantissa;
  f.exponent = -d.decimals;
  f.place = d.decimals > 0 ? -d.decimals : d.trailing_zeros;
  f.whole = d.decimals == 0;
  f.found = true;
  return f;
}

constexpr bool digits(cursor& c, figure_number& f) {
  const token& t = c.at();
  if (t.digits.too_long) return refuse(c.r, refusal::number_too_long);
  if (t.digits.bad_comma) return refuse(c.r, refusal::decimal_comma_is_ambiguous);
  if (t.glued_letters) return refuse(c.r, refusal::letters_glued_to_number);
  f = digits_of(t.digits);
  if (t.ordinal_suffix) {  // "10th place"
    if (t.digits.decimals > 0) return refuse(c.r, refusal::ordinal_with_decimals);
    f.place = 0;
    f.exact = true;
  }
  if (t.glued_scale != 0) {
    f.exponent += t.glued_scale, f.place += t.glued_scale;
    f.whole = false;
  }
  c.next();
  return true;
}

constexpr figure_number named(std::uint64_t mantissa, int denominator = 0, bool exact = false) {
  figure_number f;
  f.mantissa = mantissa;
  f.denominator = denominator;
  f.whole = denominator == 0;
  f.exact = exact;
  f.found = true;
  return f;
}

// A hyphen that joins two number words: "twenty-five", "two-thirds".
constexpr void hyphen_before(cursor& c, std::uint64_t role) {
  if (c.at().is_symbol('-') && !c.at(1).space_before && c.at(1).is(role)) c.next();
}

// "five", "twenty-five", "five hundred", "two thirds", "a third", "half", "fifth".
constexpr bool number_words(cursor& c, figure_number& f, const lead_state& l) {
  const token& t = c.at();
  if (t.is(fraction) && (l.article || same_word(c.text, t, "half"))) {  // "a third", "half"
    f = named(1, t.value);
    c.next();
  } else if (t.is(hundred) && l.article) {
    f = named(100);
    c.next();
  } else if (t.is(ordinal)) {
    f = named(std::uint64_t(t.value), 0, true);
    c.next();
  } else if (t.is(cardinal)) {
    std::uint64_t n = std::uint64_t(t.value);
    c.next();
    if (n >= 20 && n % 10 == 0) hyphen_before(c, cardinal);
    if (n >= 20 && n % 10 == 0 && c.at().is(cardinal)) {  // "twenty-five"
      if (c.at().value >= 10) return refuse(c.r, refusal::number_after_figure);
      n += std::uint64_t(c.at().value);
      c.next();
    }
    f = named(n);
    if (c.at().is(hundred)) f.mantissa *= 100, c.next();
    if (n < 10) hyphen_before(c, fraction);
    if (n < 10 && c.at().is(fraction)) {  // "two thirds", "one-third"
      f = named(n, c.at().value);
      c.next();
    }
  }
  return true;
}

// "a quarter of a million", "half a million": the fraction is of the scale.
constexpr void scaled_fraction(cursor& c, figure_number& f) {
  std::size_t k = 0;
  if (c.word("of", k)) ++k;
  if (c.word("a", k)) ++k;
  if (!c.at(k).is(scale)) return;
  f.exponent = c.at(k).value;
  c.i += k + 1;
}

// What stands for the number: digits, number words, "doubled", "twice", "thousands of".
constexpr bool number(cursor& c, lead_state& l, int& char_sign) {
  if (!number_sign(c, char_sign)) return false;
  figure_number& f = c.r.number;
  const token& t = c.at();
  if (t.is(plural_count)) {  // "thousands of": at least two of them, below the next power
    if (c.r.how != statement::rounded) return refuse(c.r, refusal::qualified_range);
    c.r.how = statement::about;
    c.r.vague = true;
    c.r.vague_lo = t.value / 16;
    c.r.vague_hi = t.value % 16;
    f = named(0);
    c.next();
    return true;
  }
  if (t.is(vague)) return refuse(c.r, refusal::vague_quantity);
  if (t.is_number()) return digits(c, f);
  if (t.is(scale)) return true;  // "the trillion-level": one of the scale (scale_word)
  if (t.is(multiplied) || t.is(lexicon::multiple)) {
    // "twice as many", "double the sales": a multiple; "quadruple", "nearly double" standing
    // alone: a change by that factor, as "doubled" is.
    const bool alone = !c.at(1).is_word() || c.at(1).is(basis);
    c.r.unit = t.is(multiplied) || (alone && !same_word(c.text, t, "twice"))
                   ? phrase_unit::multiplied
                   : phrase_unit::times_as_many;
    f = named(std::uint64_t(t.value));
    f.whole = false;
    c.next();
    return true;
  }
  if (t.is(decade)) {  // "a decade": about ten years
    f = named(10);
    if (c.r.how == statement::rounded) c.r.how = statement::about;
    c.r.head = c.text_of(t);
    c.next();
    return true;
  }
  if (!number_words(c, f, l)) return false;
  if (f.denominator != 0) scaled_fraction(c, f);
  return true;
}

// "million", "hundred million"; "millionth" (an ordinal); a bare scale is one of it
// ("the trillion-level"); then "level" or "mark".
constexpr void scale_word(cursor& c) {
  figure_number& f = c.r.number;
  if (f.denominator != 0) return;
  int power = 0;
  if (c.at().is(scale)) {
    power = c.at().value;
    c.next();
  } else if (c.at().is(big_ordinal) && f.found) {
    power = same_word(c.text, c.at(), "millionth")   ? 6
            : same_word(c.text, c.at(), "billionth") ? 9
                                                     : 3;
    f.exact = true;
    c.next();
  }
  hyphen_before(c, level_noun);
  if (!f.found && power != 0) {
    f = named(1, 0, c.at().is(level_noun));
    f.whole = false;
  }
  if (c.at().is(level_noun)) c.next();
  f.exponent += power, f.place += power;
  if (power != 0) f.whole = false;
  c.scale_power = power;
}

// "20-30%", "15 to 16 per cent", "between 2 and 3 million": the second number.
constexpr bool range(cursor& c) {
  const bool between = c.r.how == statement::between;
  const token& t = c.at();
  const bool dash = t.is_symbol('-') && !t.space_before && c.at(1).is_number() &&
                    !c.at(1).space_before && c.r.number.denominator == 0;
  const bool joined = between ? c.word("and") : (c.word("to") && !c.r.level_stated);
  if (!(dash || joined) || !c.at(1).is_number())
    return between ? refuse(c.r, refusal::no_number) : true;
  c.next();
  figure_number& second = c.r.upper;
  if (!digits(c, second)) return false;
  if (second.exact) return refuse(c.r, refusal::number_after_figure);
  const int power = c.at().is(scale) ? c.at().value : 0;
  if (power != 0) c.next();
  if (power != 0 && c.scale_power == 0) {  // "1.6 to 1.7 million": the scale is both ends'
    c.r.number.exponent += power, c.r.number.place += power;
    c.scale_power = power;
  }
  if (power != 0 && power != c.scale_power) return refuse(c.r, refusal::number_after_figure);
  second.exponent += c.scale_power, second.place += c.scale_power;
  c.r.number.whole = false;
  if (c.r.how != statement::rounded && c.r.how != statement::between)
    return refuse(c.r, refusal::qualified_range);
  c.r.how = statement::between;
  c.r.range = true;
  if (value_of(second).hi < value_of(c.r.number).lo)
    return refuse(c.r, refusal::range_out_of_order);
  return true;
}

// "1.2 million-plus", "34M+", "1,000+ units", "50%+": at least the figure.
constexpr bool plus_sign(cursor& c) {
  const token& t = c.at();
  const bool plus_word = t.is(plus) || (t.is_symbol('-') && c.at(1).is(plus));
  const bool plus_symbol = t.is_symbol('+') && !t.space_before && !c.at(1).is_number();
  if (!plus_word && !plus_symbol) return true;
  c.i += t.is_symbol('-') ? 2u : 1u;
  if (c.r.range || c.r.how != statement::rounded) return refuse(c.r, refusal::two_bounds);
  c.r.how = statement::at_least;
  return true;
}

constexpr bool unit_word(cursor& c, int sign) {
  hyphen_before(c, unit);  // "a 35.2-percent share"
  const token& t = c.at();
  if (t.is(fold) || (t.is_symbol('-') && c.at(1).is(fold)))
    return refuse(c.r, refusal::fold_is_ambiguous);  // "1.4-fold"
  if (!t.is(unit)) return true;
  const phrase_unit named = unit_of(t);
  const bool money = named == phrase_unit::yuan || named == phrase_unit::us_dollars;
  if (c.r.unit != phrase_unit::none && !(money && named == c.r.unit))
    return refuse(c.r, refusal::two_units);
  c.next();
  if (named == phrase_unit::times &&
      (c.at().is(comparative) || direction_after_figure(c.text, c.at()) > 0))
    return refuse(c.r, refusal::fold_is_ambiguous);  // "three times higher", "... more than"
  if (named == phrase_unit::times && sign == 0)
    return refuse(c.r, refusal::bare_times_is_ambiguous);
  c.r.unit = named;
  if (c.at().is(unit) && !money) return refuse(c.r, refusal::two_units);  // "5 percent points"
  return true;
}

// "compared with 2021", "from 2019", "than in 2020": the year a change is measured against.
constexpr bool named_year(cursor& c) {
  const bool intro = c.at().is(comparison);
  const token& year = c.at(1);
  if (!intro || !year.is_number() || year.digits.length != 4 || year.digits.decimals != 0 ||
      year.glued_letters)
    return false;
  c.r.basis = change_basis::named_year;
  c.r.basis_year = int(year.digits.mantissa);
  c.i += 2;
  return true;
}

// After the unit: when the change was measured, and a direction stated after the figure ("a
// 22.7% dip", "13 percent lower"). A second direction contradicts the first: refused.
constexpr bool after(cursor& c, int stated_sign, int& post_sign) {
  while (!c.done()) {
    const token& t = c.at();
    if (t.is(basis)) {
      if (c.r.basis == change_basis::unstated) c.r.basis = basis_of(time_of(t));
      if (t.is(period_noun) && c.r.per == time_unit::none) c.r.per = time_of(t);  // "monthly"
      c.next();
      continue;
    }
    if (named_year(c)) continue;
    if (t.is(bound) && how_of(t) == statement::about && c.word("or so")) {  // "820,000 or so"
      if (c.r.how != statement::rounded) return refuse(c.r, refusal::two_bounds);
      c.r.how = statement::about;
      c.next();
      continue;
    }
    const int named = direction_after_figure(c.text, t);
    if (named == 0) return true;
    if (post_sign != 0 || stated_sign != 0) return refuse(c.r, refusal::contradictory_words);
    post_sign = named;
    c.next();
  }
  return true;
}

// The sign the words give: a direction word, a sign on the number, or a direction after it.
constexpr bool sign_figure(cursor& c, const lead_state& l, int char_sign, int post_sign) {
  reading& r = c.r;
  if (l.word_sign != 0 && char_sign != 0) return refuse(r, refusal::sign_and_direction_word);
  r.sign = r.level_stated ? 0 : (l.word_sign != 0 ? l.word_sign : char_sign);
  r.signed_number = l.word_sign == 0 && char_sign != 0;
  if (post_sign == 0) return true;
  if (char_sign != 0) return refuse(r, refusal::sign_and_direction_word);
  if (r.level_stated) return refuse(r, refusal::two_directions);
  r.sign = post_sign;  // "13 percent lower than", "32 percent less than": a change, no bound
  return true;
}

// "sixfold", "1.4-fold" with no number read: the words say xN or x(N+1).
constexpr bool says_fold(const cursor& c) {
  for (std::size_t k = 0; k < c.list.size; ++k) {
    const token& t = c.list.items[k];
    if (t.is(fold)) return true;
    const std::string_view w = c.text_of(t);
    if (t.is_word() && w.size() > 4 && lower_ascii(w[w.size() - 4]) == 'f' &&
        lower_ascii(w[w.size() - 1]) == 'd' && lower_ascii(w[w.size() - 2]) == 'l')
      return true;
  }
  return false;
}

constexpr bool figure(cursor& c) {
  lead_state l;
  int char_sign = 0, post_sign = 0;
  if (!lead(c, l) || !number(c, l, char_sign)) return false;
  if (!c.r.vague) scale_word(c);
  if (!c.r.number.found)
    return refuse(c.r, says_fold(c) ? refusal::fold_is_ambiguous : refusal::no_number);
  if (!c.r.vague) {
    if (!plus_sign(c) || !range(c) || !unit_word(c, l.word_sign + char_sign) || !plus_sign(c))
      return false;
    if (!after(c, l.word_sign + char_sign, post_sign)) return false;
  }
  if (!noun_phrase(c)) return false;
  if (c.r.unit == phrase_unit::none && c.r.number.denominator != 0 && c.r.number.exponent == 0)
    c.r.unit = phrase_unit::percent;  // "more than half", "a third of the sales": a share
  if (c.r.number.exact && c.r.how == statement::rounded)
    c.r.how = statement::exact;  // an ordinal, "the trillion-level"
  return sign_figure(c, l, char_sign, post_sign);
}

}  // namespace rules

constexpr reading read_figure(std::string_view text, std::size_t begin, std::size_t end) {
  cursor c(text, begin, end);
  if (c.r.ok()) rules::figure(c);
  return c.r;
}

}  // namespace nevfacts::reader

#endif  // NEVFACTS_CXX20
