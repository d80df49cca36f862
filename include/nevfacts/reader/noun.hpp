// nevfacts/reader/noun.hpp -- the words after a figure: what it counts, and what they must not say
//
// Synopsis (namespace nevfacts::reader)
//   struct noun_head { std::string_view head, of; };   // "units of piles": "units", "piles"
//   constexpr noun_head head_of(std::string_view text, std::size_t begin, std::size_t end);
//
// The noun phrase runs from the first word after the unit to the first word that ends it
// ("of", "in", "sold", a basis, a bound, punctuation); its head is its last word, unless that
// word ends in "-ed" or "-ing" and another stands before it ("companies involved"). Where the
// head is a counting noun ("units", "sets") and "of" follows, the head of what follows is kept
// too. Which heads fit which kind is the kind's business: a unit's descriptor names its nouns
// (nevfacts/units.hpp). What the words must not say after a figure: another number ("nine point
// five million"), a counting word nevfacts does not read ("12 crore"), another currency, a
// second unit; a bound written after the noun ("20,000 units or more") is the figure's.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/reader/cursor.hpp>

#include <cstddef>
#include <string_view>

namespace nevfacts::reader {

struct noun_head {
  std::string_view head{};  // the head word of the noun phrase ("companies")
  std::string_view of{};    // after a counting noun and "of": its head ("units of piles")
};

namespace detail {

constexpr bool ends_noun_phrase(const token& t) {
  using namespace lexicon;
  if (t.is_number()) return true;
  if (t.type == token_type::symbol) return !(t.symbol == '-' || t.symbol == '\'');
  return t.is(noun_end | basis | or_more | or_less | bound | per) &&
         !t.is(counting_noun | money_noun | measure_noun);
}

constexpr bool ends_like_a_verb(std::string_view w) {
  auto ends = [&](const char* tail, std::size_t n) {
    if (w.size() <= n + 1) return false;
    for (std::size_t i = 0; i < n; ++i)
      if (lower_ascii(w[w.size() - n + i]) != tail[i]) return false;
    return true;
  };
  return ends("ed", 2) || ends("ing", 3);
}

// The head of the noun phrase that starts at `at`, and where the phrase ends.
constexpr std::string_view phrase_head(std::string_view text, std::size_t& at, std::size_t end) {
  std::string_view head{}, before{};
  for (;;) {
    const token t = next_token(text.data(), end, at);
    if (t.is_end() || ends_noun_phrase(t)) break;
    at = t.end;
    if (!t.is_word() || t.is(lexicon::compound)) continue;  // "-", "'", "and": not the head
    before = head;
    std::size_t word_end = t.end;
    for (token dash = next_token(text.data(), end, word_end);
         dash.is_symbol('-') && !dash.space_before;) {
      const token joined = next_token(text.data(), end, dash.end);  // "plug-in", "e-buses"
      if (!joined.is_word() || joined.space_before) break;
      word_end = at = joined.end;
      dash = next_token(text.data(), end, word_end);
    }
    head = text.substr(t.begin, word_end - t.begin);
  }
  if (!before.empty() && ends_like_a_verb(head)) return before;  // "companies involved"
  return head;
}

}  // namespace detail

constexpr noun_head head_of(std::string_view text, std::size_t begin, std::size_t end) {
  noun_head out;
  std::size_t at = begin;
  while (at < end) {  // fillers before the noun: "the", "new"
    const token t = next_token(text.data(), end, at);
    if (t.is_end() || !t.is(lexicon::filler) || t.is(lexicon::noun_end)) break;
    at = t.end;
  }
  const token first = next_token(text.data(), end, at);
  out.head = detail::phrase_head(text, at, end);
  const token after = next_token(text.data(), end, at);
  if (first.is(lexicon::counting_noun) && same_word(text.data(), after, "of")) {
    std::size_t of = after.end;
    out.of = detail::phrase_head(text, of, end);
  }
  return out;
}

namespace rules {

using namespace lexicon;

// Characters a figure's words may hold after the number: letters, digits, spaces and
// , . % $ - ' / ( ) & : "
constexpr bool allowed_symbol(char c) {
  return c == ',' || c == '.' || c == '%' || c == '$' || c == '-' || c == '\'' || c == '/' ||
         c == '(' || c == ')' || c == '&' || c == ':' || c == '"';
}

// A bound written after the noun: "20,000 units or more", "or more units".
constexpr bool trailing_bound(cursor& c, std::size_t from, std::size_t& noun_begin,
                              std::size_t& noun_end) {
  for (std::size_t k = from; k < c.list.size; ++k) {
    const token& t = c.list.items[k];
    const bool or_so = t.is(bound) && same_word(c.text, t, "or so");  // "820,000 units or so"
    if (!t.is(or_more) && !t.is(or_less) && !or_so) continue;
    if (c.r.range || c.r.how != statement::rounded) return refuse(c.r, refusal::two_bounds);
    c.r.how = or_so ? statement::about : t.is(or_more) ? statement::at_least : statement::at_most;
    if (k == from)
      noun_begin = t.end;
    else
      noun_end = c.list.items[k - 1].end;
    return true;
  }
  return true;
}

// What the words after the figure must not say.
constexpr bool noun_words_fit(cursor& c, std::size_t from) {
  bool money_named = false, first = true;
  for (std::size_t k = from; k < c.list.size; ++k, first = false) {
    const token& t = c.list.items[k];
    if (t.type == token_type::symbol && !allowed_symbol(t.symbol))
      return refuse(c.r, refusal::unexpected_character);
    if (t.is_number() || t.is(cardinal | scale | hundred) || c.word("point", k - c.i))
      return refuse(c.r, refusal::number_after_figure);
    if (first && t.is(unknown_scale)) return refuse(c.r, refusal::unknown_scale);
    if (t.is(other_currency)) return refuse(c.r, refusal::another_currency);
    if (t.is(period_noun) && c.r.per == time_unit::none) c.r.per = time_of(t);
    if (!t.is(money_noun)) continue;
    money_named = true;
    const bool money_unit = c.r.unit == phrase_unit::yuan || c.r.unit == phrase_unit::us_dollars;
    if (money_unit && t.is(unit) && unit_of(t) != c.r.unit) return refuse(c.r, refusal::two_units);
  }
  const bool money_unit = c.r.unit == phrase_unit::yuan || c.r.unit == phrase_unit::us_dollars;
  if (money_named && !money_unit && c.r.unit != phrase_unit::none)
    return refuse(c.r, refusal::two_units);  // "5% yuan"
  return true;
}

// The grammar's last rule: the rest of the words is the noun.
constexpr bool noun_phrase(cursor& c) {
  if (!noun_words_fit(c, c.i)) return false;
  std::size_t begin = c.done() ? c.end_token.begin : c.at().begin, end = c.end_token.begin;
  if (!trailing_bound(c, c.i, begin, end)) return false;
  const std::string_view text(c.text, c.size);
  c.r.noun = text.substr(begin, end > begin ? end - begin : 0);
  if (c.r.head.empty()) {
    const noun_head h = head_of(text, begin, end);
    c.r.head = h.head;
    c.r.of_head = h.of;
  }
  c.i = c.list.size;
  return true;
}

}  // namespace rules

}  // namespace nevfacts::reader

#endif  // NEVFACTS_CXX20
