// nevfacts/reported.hpp -- a figure as a source reported it: an interval and how it was said
//
// Synopsis (namespace nevfacts)
//   template <value_kind T> class reported {
//    public:
//     consteval reported(std::string_view words);           // the source's words; words that are
//                                                           // refused are a compile error whose
//                                                           // first line names the reason:
//                                                           // failure::phrase_refused_<reason>
//     consteval reported(std::string_view words, std::string_view sentence, int occurrence = 0);
//                                                           // read in its sentence (phrase.hpp)
//     static constexpr parse_result<reported> parse(std::string_view words);   // at run time,
//     static constexpr parse_result<reported> parse(words, sentence, occurrence = 0);  // no throw
//     static constexpr reported exactly(T value);           // a value of another kind: refused
//     static constexpr reported within(real_interval, statement);              // derived figures
//     constexpr real_interval interval() const;            // clipped to the kind's bounds
//     constexpr auto value() const;                   // typed: quantity<U, real_interval>, ...
//     constexpr double stated() const;  constexpr statement how() const;
//     constexpr std::string_view words() const;            // as the source wrote them
//   };
//   template <class R> class parse_result {                // the figure or why not
//     bool has_value() const; explicit operator bool() const; const R& operator*() const; ->;
//     refusal reason() const; std::string_view error() const;    // why (nevfacts/refusal.hpp)
//     std::string_view expected() const;                          // what would be read
//   };
//   struct nth_words { int occurrence; std::string_view words; };  nth(2, "35.8%")   // for claim
//   std::ostream& operator<<(std::ostream&, const reported<T>&);   // "9.5 million items"
//
//   constexpr reported<item_count> sales{"9.5 million units"};   // [9.45, 9.55] million
//   constexpr reported<share> global{"more than 60 percent"};        // [60, 100] %
//   static_assert(sales.interval().contains(9.495e6));
//
// Beyond the phrase: the unit and the noun must fit the kind ("35 GWh" is no count of
// items), a change needs a direction and a level must not state one, counts below 1,000 with
// no scale word are exact, and the value must lie within the kind's bounds.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/kind.hpp>
#include <nevfacts/ordinal.hpp>
#include <nevfacts/reader.hpp>
#include <nevfacts/refusal.hpp>

#include <optional>
#include <ostream>
#include <string_view>

namespace nevfacts {

namespace detail {

// Whole-number kinds hold whole numbers: "14 consecutive years" is 14, not 13.5 to 14.5.
constexpr real_interval whole_numbers_in(real_interval i) {
  // From 2^52 on every double is a whole number (and a cast to long long could overflow).
  auto truncated = [](double x) {
    return (x >= 0x1p52 || x <= -0x1p52) ? x : static_cast<double>(static_cast<long long>(x));
  };
  auto ceil = [&](double x) {
    return is_infinite(x) ? x : truncated(x) + (truncated(x) < x ? 1.0 : 0.0);
  };
  auto floor = [&](double x) {
    return is_infinite(x) ? x : truncated(x) - (truncated(x) > x ? 1.0 : 0.0);
  };
  return {ceil(i.lo), floor(i.hi)};
}

// The kind's nouns, read case aside, a hyphen as a space ("plug-ins").
constexpr bool same_noun(std::string_view head, const char* noun) {
  std::size_t k = 0;
  for (; k < head.size(); ++k) {
    const char h = lower_ascii(head[k]) == '-' ? ' ' : lower_ascii(head[k]);
    const char n = noun[k] == '-' ? ' ' : noun[k];
    if (n == '\0' || h != n) return false;
  }
  return noun[k] == '\0';
}
constexpr bool names_one_of(std::string_view head, const units::noun_words& nouns) {
  for (std::size_t i = 0; i < nouns.size; ++i)
    if (same_noun(head, nouns.words[i])) return true;
  return false;
}
constexpr std::uint64_t roles_of_word(std::string_view w) {
  const reader::token t = reader::next_token(w, 0);
  return t.end == w.size() ? t.roles : 0;
}

// What the noun after the number counts must be what the kind counts. A kind whose unit names
// its nouns (nevfacts/units.hpp) reads those and the counting nouns ("units"), and no other
// head; a count of items takes any noun but a measure or a currency ("35 GWh" is no count);
// money, no counting noun ("5 billion units" of what?).
constexpr refusal noun_mismatch(const kind_info& k, const nevfacts::reading& r) {
  if (k.style != value_style::amount || r.head.empty()) return refusal::none;
  const std::uint64_t roles = roles_of_word(r.head);
  const bool counting = roles & lexicon::counting_noun;
  const bool not_a_count = roles & (lexicon::measure_noun | lexicon::money_noun);
  const bool money =
      (k.accepted_units & (unit_bit(phrase_unit::yuan) | unit_bit(phrase_unit::us_dollars))) != 0;
  if (money) return counting ? refusal::noun_does_not_fit_kind : refusal::none;
  if (k.nouns.any || !k.nouns.listed())
    return not_a_count && k.integral ? refusal::noun_does_not_fit_kind : refusal::none;
  if (counting) {  // "units", or "units of piles": the head after "of" must fit, if it is a noun
    if (r.of_head.empty() || names_one_of(r.of_head, k.nouns)) return refusal::none;
    return (roles_of_word(r.of_head) & (lexicon::measure_noun | lexicon::money_noun))
               ? refusal::noun_does_not_fit_kind
               : refusal::none;
  }
  if (names_one_of(r.head, k.nouns)) return refusal::none;
  return not_a_count ? refusal::noun_does_not_fit_kind : refusal::unknown_noun;
}

constexpr refusal unit_mismatch(const kind_info& k, const nevfacts::reading& r) {
  if ((k.accepted_units & unit_bit(r.unit)) == 0) return refusal::unit_does_not_fit_kind;
  if (k.per_year && r.per != time_unit::none && r.per != time_unit::year)
    return refusal::period_does_not_fit_kind;  // "22,000 units per week" is no yearly rate
  if (const refusal n = noun_mismatch(k, r); n != refusal::none) return n;
  const bool is_change = k.style == value_style::change || k.style == value_style::points;
  if (r.sign != 0 && !is_change && !r.signed_number) return refusal::change_where_level_expected;
  if (is_change && r.sign == 0 && r.unit != phrase_unit::multiplied)
    return refusal::change_without_direction;
  return refusal::none;
}

// What the words are worth as a value of the kind, or why they are not one.
struct figure_value {
  refusal reason = refusal::none;
  real_interval value{};
  statement how = statement::exact;
  double stated = 0.0;
  double last_place = 0.0;
  change_basis basis = change_basis::unstated;
};

// Kinds whose values are words read them directly; the rest are figures.
template <class T>
constexpr bool is_word_kind =
    std::is_same_v<T, direction> || std::is_same_v<T, rank> || std::is_same_v<T, calendar_day> ||
    std::is_same_v<T, date::weekday> || std::is_same_v<T, calendar_year>;

template <class T>
constexpr figure_value read_word_value(std::string_view words) {
  word_reading r;
  if constexpr (std::is_same_v<T, direction>)
    r = read_direction(words);
  else if constexpr (std::is_same_v<T, rank>)
    r = read_rank(words);
  else if constexpr (std::is_same_v<T, calendar_day>)
    r = read_calendar_day(words);
  else if constexpr (std::is_same_v<T, calendar_year>)
    r = read_calendar_year(words);
  else if constexpr (std::is_same_v<T, date::weekday>)
    r = read_weekday(words);
  if (r.reason != refusal::none) return {r.reason};
  const real_interval v{r.value, r.upper};
  return {refusal::none, v, v.is_point() ? statement::exact : statement::at_most,
          v.is_point() ? r.value : r.upper, 1.0};
}

constexpr figure_value value_of_reading(const kind_info& k, const nevfacts::reading& r) {
  if (!r.ok()) return {r.reason};
  if (const refusal why = unit_mismatch(k, r); why != refusal::none) return {why};
  const reader::kind_reading as{k.style == value_style::change, k.integral};
  const bool exact = k.integral && reader::whole_count(r);
  return {refusal::none,
          reader::interval_of(r, as),
          exact                                                           ? statement::exact
          : r.how == statement::rounded && r.shared != statement::rounded ? r.shared
                                                                          : r.how,
          reader::stated_of(r, as),
          reader::last_place_of(r, as),
          r.basis};
}

}  // namespace detail

// Every value of a kind lies within its bounds, and whole-number kinds hold whole numbers;
// an empty result means the figure cannot be of that kind.
constexpr real_interval within_kind(const kind_info& k, real_interval i) {
  const real_interval in_bounds = intersect(i, k.bounds);
  return k.integral ? detail::whole_numbers_in(in_bounds) : in_bounds;
}

constexpr real_interval clip_to_kind(const kind_info& k, real_interval i) {
  const real_interval result = within_kind(k, i);
  if (result.lo > result.hi) {
    if (k.style == value_style::percent) failure::share_outside_0_to_100_percent(i.lo);
    if (k.style == value_style::change) failure::growth_of_minus_100_percent_or_less(i.hi);
    if (k.style == value_style::rank) failure::rank_below_first_place(i.hi);
    if (k.integral && i.hi < 0) failure::negative_count(i.hi);
    if (k.style == value_style::amount && i.hi < 0) failure::negative_amount(i.hi);
    failure::invalid_interval_lower_bound_above_upper(result.lo, result.hi);
    throw_domain_error("nevfacts: the value lies outside what its kind allows");
  }
  return result;
}

template <value_kind T>
class reported;

// The words of a figure and which of their places in the quote they stand for: nth(2, "35.8%").
struct nth_words {
  int occurrence;
  std::string_view words;
};
constexpr nth_words nth(int occurrence, std::string_view words) { return {occurrence, words}; }

// parse() at run time: the figure, or the reason the words are not one (never an exception).
template <class R>
class parse_result {
 public:
  constexpr parse_result(const R& value)
      : value_(value), reason_(refusal::none) {}  // NOLINT: a result is its value
  constexpr parse_result(refusal why, std::string_view words) : reason_(why), words_(words) {}

  constexpr bool has_value() const { return reason_ == refusal::none; }
  constexpr explicit operator bool() const { return has_value(); }
  constexpr const R& operator*() const { return value_; }
  constexpr const R* operator->() const { return &value_; }
  constexpr const R& value() const {
    if (!has_value()) throw_domain_error(error());
    return value_;
  }
  constexpr refusal reason() const { return reason_; }
  constexpr std::string_view error() const { return reason_of(reason_); }       // why
  constexpr std::string_view expected() const { return expected_of(reason_); }  // what would do
  constexpr std::string_view words() const { return words_; }

  friend constexpr bool operator==(const parse_result& a, const R& b) {
    return a.has_value() && a.value_ == b;
  }

 private:
  R value_{};
  refusal reason_;
  std::string_view words_{};
};

template <value_kind T>
class reported {
 public:
  using value_type = T;
  using traits = kind_traits<T>;

  consteval reported(std::string_view words) : reported(or_fail(words, read(words))) {
    words_ = words;
  }
  // Read in its sentence: the direction of a compound, the unit that follows (nevfacts/phrase.hpp).
  consteval reported(std::string_view words, std::string_view sentence, int occurrence = 0)
      : reported(or_fail(words, read(words, sentence, occurrence))) {
    words_ = words;
  }

  static constexpr parse_result<reported> parse(std::string_view words) {
    return result(words, read(words));
  }
  static constexpr parse_result<reported> parse(std::string_view words, std::string_view sentence,
                                                int occurrence = 0) {
    return result(words, read(words, sentence, occurrence));
  }

  template <class V>
  static constexpr reported exactly(const V& v) {
    static_assert(std::is_same_v<V, T>,
                  "nevfacts: reported<T>::exactly takes a value of its own kind (a count of one "
                  "thing is not a count of another, a share is not percentage points)");
    if constexpr (std::is_same_v<V, T>)
      return within(traits::number(v), statement::exact);
    else
      return within({}, statement::exact);
  }
  static constexpr reported within(real_interval i, statement how) {
    return reported(clip(i), how, i.is_bounded() ? i.mid() : (is_infinite(i.hi) ? i.lo : i.hi),
                    0.0);
  }

  constexpr real_interval interval() const { return interval_; }
  constexpr auto value() const { return traits::typed(interval_); }
  constexpr double stated() const { return stated_; }
  constexpr double last_place() const { return last_place_; }
  constexpr statement how() const { return how_; }
  constexpr change_basis basis() const { return basis_; }      // a change: what it compares with
  constexpr std::string_view words() const { return words_; }  // the source's words, if parsed
  static constexpr const kind_info& kind() { return traits::info; }

  friend constexpr bool operator==(const reported&, const reported&) = default;

 private:
  friend class parse_result<reported>;
  constexpr reported() = default;
  constexpr reported(real_interval i, statement how, double stated, double place)
      : interval_(i), how_(how), stated_(stated), last_place_(place) {}

  static constexpr real_interval clip(real_interval i) { return clip_to_kind(traits::info, i); }

  static constexpr detail::figure_value checked(detail::figure_value r) {
    if (r.reason != refusal::none) return r;
    const real_interval allowed = within_kind(traits::info, r.value);
    if (allowed.lo > allowed.hi || is_nan(allowed.lo) || is_nan(allowed.hi) || is_nan(r.stated))
      return {refusal::outside_kind_bounds};
    r.value = allowed;
    return r;
  }
  static constexpr detail::figure_value read(std::string_view words) {
    if constexpr (detail::is_word_kind<T>)
      return checked(detail::read_word_value<T>(words));
    else
      return checked(detail::value_of_reading(traits::info, read_words(words)));
  }
  static constexpr detail::figure_value read(std::string_view words, std::string_view sentence,
                                             int occurrence) {
    if constexpr (detail::is_word_kind<T>) {
      const std::size_t at = find_words(sentence, words, occurrence);
      if (at == std::string_view::npos) return {refusal::words_not_in_sentence};
      if constexpr (std::is_same_v<
                        T, rank>) {  // "ranked first for the ninth consecutive year": not 9th
        if (counts_repeats(sentence, at + words.size())) return {refusal::no_rank};
      }
      return checked(detail::read_word_value<T>(words));
    } else {
      return checked(
          detail::value_of_reading(traits::info, read_words(words, sentence, occurrence)));
    }
  }
  static constexpr reported from(const detail::figure_value& r) {
    reported out(r.value, r.how, r.stated, r.last_place);
    out.basis_ = r.basis;
    return out;
  }
  static constexpr parse_result<reported> result(std::string_view words,
                                                 const detail::figure_value& r) {
    if (r.reason != refusal::none) return {r.reason, words};
    reported out = from(r);
    out.words_ = words;
    return out;
  }
  static constexpr reported or_fail(std::string_view words, const detail::figure_value& r) {
    if (r.reason != refusal::none) {
      failure::refuse_phrase(r.reason, words);
      throw_domain_error(reason_of(r.reason));
    }
    return from(r);
  }

  real_interval interval_{};
  statement how_ = statement::exact;
  double stated_ = 0.0;
  double last_place_ = 0.0;
  change_basis basis_ = change_basis::unstated;
  std::string_view words_{};
};

template <value_kind T>
std::ostream& operator<<(std::ostream& out, const reported<T>& r) {
  const kind_info& k = kind_traits<T>::info;
  switch (r.how()) {
    case statement::exact:
    case statement::rounded:
      return out << format_value(k, r.stated());
    case statement::about:
      return out << "about " << format_value(k, r.stated());
    case statement::between:
      return out << format_value(k, r.interval());
    default:
      return out << to_string(r.how()) << ' ' << format_value(k, r.stated());
  }
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
