// nevfacts/reader/words.hpp -- values that are words: a direction, a rank, a day, a year, a weekday
//
// Synopsis (namespace nevfacts)
//   struct word_reading { refusal reason; double value, upper; };   // a rank "in the top 3": 1-3
//   constexpr word_reading read_direction(std::string_view words);  // -1 down, 0 flat, 1 up,
//                                                                   // 2 rising rapidly
//   constexpr word_reading read_rank(std::string_view words);       // "second", "top 3"
//   constexpr word_reading read_calendar_day(std::string_view words);   // days since 1970-01-01
//   constexpr word_reading read_calendar_year(std::string_view words);  // "in 2023"
//   constexpr word_reading read_weekday(std::string_view words);        // 0 Sunday ... 6
//   constexpr bool counts_repeats(std::string_view text, std::size_t at);   // "ninth straight"
//
// The same tokens and dictionary as figures (nevfacts/reader/tokens.hpp): "Upon" is not "up",
// "enterprise" holds no "rise". A direction denied or mixed ("no longer rising", "rose then
// fell") is refused, and so is a rank denied or lost ("no longer leads", "fell from the top").
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/reader/tokens.hpp>

#include <date/date.h>

#include <string_view>

namespace nevfacts {

struct word_reading {
  refusal reason = refusal::none;
  double value = 0.0;
  double upper = 0.0;  // a rank "in the top 3" is 1 to 3
};

namespace reader::detail {
// Every role the words hold, or'ed.
constexpr std::uint64_t roles_in(std::string_view words) {
  std::uint64_t roles = 0;
  for (token t = next_token(words, 0); !t.is_end(); t = next_token(words, t.end)) roles |= t.roles;
  return roles;
}
}  // namespace reader::detail

constexpr word_reading read_direction(std::string_view words) {
  using namespace lexicon;
  const std::uint64_t roles = reader::detail::roles_in(words);
  const bool rising = roles & trend_up, falling = roles & trend_down, steady = roles & trend_steady;
  if (!rising && !falling && !steady) return {refusal::no_direction};
  if ((roles & negation) || int(rising) + int(falling) + int(steady) > 1)
    return {refusal::negated_or_mixed_direction};
  const double v = falling ? -1.0 : rising ? ((roles & trend_rapid) ? 2.0 : 1.0) : 0.0;
  return {refusal::none, v, v};
}

// "for the ninth consecutive year": the token at `at` counts repeats, not a rank.
constexpr bool counts_repeats(std::string_view text, std::size_t at) {
  return reader::next_token(text, at).is(lexicon::repeat);
}

namespace reader::detail {
struct rank_count {
  int ordinal = 0, top = 0, numbers = 0;
  bool leading = false, named_number = false;  // named: after "number", "No.", "ranked"
};

// "top 3", "top-five": one of the first N.
constexpr bool top_n(std::string_view w, token& t, rank_count& n) {
  token next = next_token(w, t.end);
  if (next.is_symbol('-')) next = next_token(w, next.end);
  const bool digits = next.is_number() && next.digits.decimals == 0 && !next.glued_letters &&
                      next.digits.mantissa >= 1 && next.digits.mantissa < 1000;
  if (!digits && !next.is(lexicon::cardinal)) return false;
  n.top = digits ? int(next.digits.mantissa) : next.value;
  ++n.numbers;
  t = next;
  return true;
}

constexpr refusal rank_digits(std::string_view w, const token& t, rank_count& n) {
  const decimal& d = t.digits;
  if (t.ordinal_suffix && d.decimals > 0) return refusal::ordinal_with_decimals;
  if (d.bad_comma || d.too_long || d.decimals > 0 || d.mantissa == 0 || d.mantissa > 1'000'000 ||
      (t.glued_letters && !t.ordinal_suffix))
    return refusal::no_rank;
  if (t.ordinal_suffix && counts_repeats(w, t.end)) return refusal::none;  // "for the 9th year"
  ++n.numbers;
  if (t.ordinal_suffix || n.named_number)
    n.ordinal = int(d.mantissa);
  else if (next_token(w, t.end).is(lexicon::leading))
    n.top = int(d.mantissa);  // "the 20 top-selling brands": one of the first 20
  else
    return refusal::no_rank;  // "3 brands": a count, not a rank
  return refusal::none;
}
}  // namespace reader::detail

// "second place", "3rd", "the second-largest", "ranked third behind the leader", "number one",
// "leads the world", "top 3" (1 to 3).
constexpr word_reading read_rank(std::string_view w) {
  using namespace reader;
  reader::detail::rank_count n;
  for (token t = next_token(w, 0); !t.is_end(); t = next_token(w, t.end)) {
    const bool named = n.named_number;
    n.named_number = false;
    if (t.is(lexicon::rank_denial)) return {refusal::negated_or_lost_rank};
    if (same_word(w.data(), t, "top") && reader::detail::top_n(w, t, n)) continue;
    if (t.is_number()) {
      n.named_number = named;
      if (const refusal r = reader::detail::rank_digits(w, t, n); r != refusal::none) return {r};
      n.named_number = false;
      continue;
    }
    if (t.is(lexicon::cardinal) && next_token(w, t.end).is(lexicon::leading)) {
      n.top = t.value;  // "ten leading brands": one of the first ten
      ++n.numbers;
      continue;
    }
    if (t.is(lexicon::ordinal)) {
      if (counts_repeats(w, t.end)) continue;  // "for the ninth consecutive year"
      n.ordinal = t.value;
      ++n.numbers;
    } else if (t.is(lexicon::rank_number) && !t.is(lexicon::leading)) {
      const token next = next_token(w, t.end);
      if (next.is(lexicon::cardinal)) {  // "number one"
        n.ordinal = next.value;
        ++n.numbers;
        t = next;
      } else {
        n.named_number = next.is_number();  // "No. 2", "ranked 3"
      }
    } else if (t.is(lexicon::leading)) {
      n.leading = true;
    }
  }
  if (n.numbers > 1) return {refusal::two_ranks};
  if (n.top != 0) return {refusal::none, 1.0, double(n.top)};
  if (n.ordinal != 0) return {refusal::none, double(n.ordinal), double(n.ordinal)};
  if (n.leading) return {refusal::none, 1.0, 1.0};
  return {refusal::no_rank};
}

// "Aug. 9, 2023", "July 26, 2023": a month name, a day of one or two digits, a year of four.
constexpr word_reading read_calendar_day(std::string_view w) {
  using namespace reader;
  token t = next_token(w, 0);
  while (!t.is_end() && !t.is(lexicon::month)) t = next_token(w, t.end);
  if (t.is_end()) return {refusal::no_date};
  const unsigned month = unsigned(t.value);
  const token day = next_token(w, t.end);
  if (!day.is_number()) return {refusal::no_date};
  if (day.digits.length > 2 || day.digits.decimals > 0 ||
      (day.glued_letters && !day.ordinal_suffix))
    return {refusal::invalid_date};
  token year = next_token(w, day.end);
  if (year.is_symbol(',')) year = next_token(w, year.end);
  if (!year.is_number()) return {refusal::no_date};
  if (year.digits.length != 4 || year.glued_letters || year.digits.mantissa < 1000)
    return {refusal::invalid_date};
  if (next_token(w, year.end).is_number()) return {refusal::number_after_figure};
  const date::year_month_day ymd{date::year{int(year.digits.mantissa)}, date::month{month},
                                 date::day{unsigned(day.digits.mantissa)}};
  if (!ymd.ok()) return {refusal::invalid_date};
  const double n = double(date::sys_days(ymd).time_since_epoch().count());
  return {refusal::none, n, n};
}

// "2020", "in 2023", "since 2020", "December 2023": one number of four digits, as written.
constexpr word_reading read_calendar_year(std::string_view w) {
  using namespace reader;
  int found = 0;
  double year = 0.0;
  for (token t = next_token(w, 0); !t.is_end(); t = next_token(w, t.end)) {
    if (!t.is_number()) continue;
    const decimal& d = t.digits;
    if (d.length != 4 || t.glued_letters || d.decimals > 0 || d.bad_comma)
      return {refusal::not_a_year};
    year = double(d.mantissa);
    ++found;
  }
  if (found != 1) return {found == 0 ? refusal::not_a_year : refusal::number_after_figure};
  return {refusal::none, year, year};
}

constexpr word_reading read_weekday(std::string_view w) {
  using namespace reader;
  for (token t = next_token(w, 0); !t.is_end(); t = next_token(w, t.end))
    if (t.is(lexicon::weekday)) return {refusal::none, double(t.value), double(t.value)};
  return {refusal::no_weekday};
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
