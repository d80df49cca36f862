// nevfacts/reader/compound.hpp -- what the figures of a compound share: direction, bound, basis
//
// Synopsis (namespace nevfacts::reader)
//   constexpr bool complete_from_sentence(reading&, std::string_view sentence);
//
// "The production and sales ... will be 9.587 million and 9.495 million respectively, a
// year-on-year increase of 35.8% and 37.9% respectively": the words "37.9%" say no direction;
// their compound does. Read backward from the words, through figures and the words of a compound
// ("and", units, scales, "respectively", "year on year"), the nearest direction word is theirs,
// and so is one bound ("more than 70% and 40%") when no other figure stands between; a bound
// that does belongs to its own figure ("nearly 1 million and 500,000 units": the 500,000 is
// refused), unless the compound says "respectively", which distributes it ("surpassed 9.58
// million and 9.49 million units respectively": both surpassed). Read forward, a direction after
// the figures ("35.8% and 37.9% higher") and the basis ("3.2% year on year and 10.7% month on
// month": each figure has its own) complete the reading.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/reader/sentence.hpp>

#include <cstddef>
#include <string_view>

namespace nevfacts::reader {

namespace detail {

struct shared {
  int sign = 0;
  statement how = statement::rounded;  // rounded: no bound shared
  bool bound_of_another_figure = false;
};

// "more than": the bound the word before "than" names.
constexpr statement bound_before_than(const clause& c, const token& than) {
  const token w = c.before(than.begin);
  if (same_word(c.s.data(), w, "more")) return statement::more_than;
  if (same_word(c.s.data(), w, "less") || same_word(c.s.data(), w, "fewer"))
    return statement::less_than;
  return statement::rounded;
}

// Read backward, a token may end an entry of several words ("year on year", "per cent"): the
// longest entry that ends where it ends, starting up to three words earlier.
constexpr token whole_entry_before(const clause& c, token t) {
  token best = t;
  std::size_t start = t.begin;
  for (int words = 0; words < 3 && start > 0; ++words) {
    start = start_before(c.s.substr(0, start), start);
    const token longer = next_token(c.s.data(), t.end, start);
    if (longer.end == t.end && longer.is_word() && longer.roles != 0) best = longer;
  }
  return best;
}

constexpr shared read_backward(const clause& c) {
  shared out;
  bool figure_between = false;
  for (token t = c.before(c.begin); !t.is_end() && t.end <= c.begin; t = c.before(t.begin)) {
    if (ends_clause(c.s.data(), c.s.size(), t)) break;
    t = whole_entry_before(c, t);
    if (t.is(lexicon::rise | lexicon::fall)) {
      out.sign = t.is(lexicon::fall) ? -1 : +1;
      break;
    }
    if (t.is(lexicon::bound) || t.is(lexicon::than)) {
      const statement how = t.is(lexicon::bound) ? lexicon::how_of(t) : bound_before_than(c, t);
      if (how == statement::rounded || out.how != statement::rounded) break;
      out.how = how;
      out.bound_of_another_figure = figure_between;
      if (t.is(lexicon::than)) t = c.before(t.begin);  // past "more"
      continue;
    }
    if (!in_compound(t)) break;
    figure_between = figure_between || t.is_number();
    if (t.begin == 0) break;
  }
  return out;
}

// After the figures: a direction ("35.8% and 37.9% higher"), a basis, "respectively".
struct after_compound {
  int sign = 0;
  change_basis basis = change_basis::unstated;
  int basis_year = 0;
  bool respectively = false;
};
constexpr after_compound read_forward(const clause& c) {
  after_compound out;
  for (token t = c.after(c.end); !ends_clause(c.s.data(), c.s.size(), t); t = c.after(t.end)) {
    if (same_word(c.s.data(), t, "respectively")) out.respectively = true;
    if (t.is(lexicon::basis) && out.basis == change_basis::unstated) {
      out.basis = basis_of(lexicon::time_of(t));
      continue;
    }
    const token year = c.after(t.end);
    if (t.is(lexicon::comparison) && year.is_number() && year.digits.length == 4 &&
        year.digits.decimals == 0 && out.basis == change_basis::unstated) {
      out.basis = change_basis::named_year;
      out.basis_year = int(year.digits.mantissa);
      t = year;
      continue;
    }
    if (const int sign = direction_after_figure(c.s.data(), t); sign != 0 && out.sign == 0) {
      out.sign = sign;
      continue;
    }
    if (!in_compound(t)) break;
  }
  return out;
}

constexpr bool share_compound(reading& r, const clause& c) {
  const after_compound forward = read_forward(c);
  if (r.basis == change_basis::unstated) {
    r.basis = forward.basis;
    r.basis_year = forward.basis_year;
  }
  if (r.sign != 0 || r.level_stated) return true;
  const shared back = read_backward(c);
  if (back.how != statement::rounded && r.how == statement::rounded) {
    if (back.bound_of_another_figure && !forward.respectively)
      return refuse(r, refusal::bound_of_another_figure);
    r.shared = back.how;  // "more than 70% and 40%": the words may be of either
  }
  const int sign = back.sign != 0 ? back.sign : forward.sign;
  if (sign != 0) {
    r.sign = sign;
    r.sign_in_sentence = true;
  }
  return true;
}

}  // namespace detail

// Fills in what the words r.begin..r.end leave to their sentence, in place (false: refused).
constexpr bool complete_from_sentence(reading& r, std::string_view sentence) {
  using namespace detail;
  const clause c{sentence, r.begin, r.end};
  if (r.unit == phrase_unit::none && r.noun.empty() && !unit_after_compound(r, c)) return false;
  return currency_before(r, c) && bound_after(r, c) && share_compound(r, c);
}

}  // namespace nevfacts::reader

#endif  // NEVFACTS_CXX20
