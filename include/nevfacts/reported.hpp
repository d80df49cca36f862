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
//   std::ostream& operator<<(std::ostream&, const reported<T>&);   // "9.5 million vehicles"
//
//   constexpr reported<vehicle_count> sales{"9.5 million units"};   // [9.45, 9.55] million
//   constexpr reported<share> global{"more than 60 percent"};        // [60, 100] %
//   static_assert(sales.interval().contains(9.495e6));
//
// Beyond the phrase: the unit and the noun must fit the kind ("13 companies" is no count of
// vehicles), a change needs a direction and a level must not state one, counts below 1,000 with
// no scale word are exact, and the value must lie within the kind's bounds.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/kind.hpp>
#include <nevfacts/ordinal.hpp>
#include <nevfacts/phrase.hpp>
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

// What a kind's nouns count: "13 companies" is not a number of vehicles (none: items, anything
// counted but money and measures). The nouns of each family are phrase.hpp's family_words (one
// row per noun); a new counted kind specialises family_of_kind (the extension point). A counted
// kind of a family refuses a head noun it does not know ("120 countries", "2,000 charging piles").
template <class T>
inline constexpr noun_family family_of_kind =
    std::is_same_v<T, vehicle_count> || std::is_same_v<T, vehicle_rate> ? noun_family::vehicles
    : std::is_same_v<T, company_count>                                  ? noun_family::companies
    : std::is_same_v<T, cluster_count>                                  ? noun_family::clusters
    : std::is_same_v<T, platform_count>                                 ? noun_family::platforms
    : std::is_same_v<T, person_count>                                   ? noun_family::people
    : std::is_same_v<T, year_count>                                     ? noun_family::years
    : std::is_same_v<T, cny_amount> || std::is_same_v<T, usd_amount>    ? noun_family::money
                                                                        : noun_family::none;

template <class T>
constexpr refusal noun_mismatch(const kind_info& k, const parsed_phrase& p) {
  if (k.style != value_style::amount) return refusal::none;
  constexpr noun_family wanted = family_of_kind<T>;
  constexpr bool known_head_wanted = wanted != noun_family::none && wanted != noun_family::money;
  const noun_reading noun = read_noun(p.noun.empty() ? p.context_noun : p.noun, known_head_wanted);
  const noun_family family = noun.family;
  if (noun.head_unknown) return refusal::unknown_noun;
  if (family == noun_family::none) return refusal::none;
  if (family == noun_family::units)  // "units" of whatever is counted, never of money
    return wanted == noun_family::money ? refusal::noun_does_not_fit_kind : refusal::none;
  if (wanted == noun_family::none) {
    const bool counted = family != noun_family::money && family != noun_family::measures;
    return counted || !k.integral ? refusal::none : refusal::noun_does_not_fit_kind;
  }
  return family == wanted ? refusal::none : refusal::noun_does_not_fit_kind;
}

template <class T>
constexpr refusal unit_mismatch(const kind_info& k, const parsed_phrase& p) {
  if ((k.accepted_units & unit_bit(p.unit)) == 0) return refusal::unit_does_not_fit_kind;
  if constexpr (std::is_same_v<T, vehicle_rate>) {  // "22,000 cars per week" is not a yearly rate
    constexpr std::string_view other_periods[] = {
        "week",    "weeks",    "weekly",    "month",     "months", "monthly", "day",    "days",
        "daily",   "hour",     "hours",     "hourly",    "minute", "minutes", "second", "seconds",
        "quarter", "quarters", "quarterly", "half",      "halves", "h1",      "h2",     "q1",
        "q2",      "q3",       "q4",        "fortnight", "night",  "shift"};
    for (auto w : other_periods)
      if (contains_word(p.after_number, w) || contains_word(p.context_noun, w))
        return refusal::period_does_not_fit_kind;
  }
  if (const refusal r = noun_mismatch<T>(k, p); r != refusal::none) return r;
  const bool is_change = k.style == value_style::change || k.style == value_style::points;
  if (p.sign != 0 && !is_change && !p.signed_number) return refusal::change_where_level_expected;
  if (is_change && p.sign == 0 && p.unit != phrase_unit::multiplied)
    return refusal::change_without_direction;
  return refusal::none;
}

// What the words are worth as a value of the kind, or why they are not one.
struct reading {
  refusal reason = refusal::none;
  real_interval value{};
  statement how = statement::exact;
  double stated = 0.0;
  double last_place = 0.0;
};

// Kinds whose values are words read them directly; the rest go through parse_phrase.
template <class T>
constexpr bool is_word_kind =
    std::is_same_v<T, direction> || std::is_same_v<T, rank> || std::is_same_v<T, calendar_day> ||
    std::is_same_v<T, date::weekday> || std::is_same_v<T, calendar_year>;

template <class T>
constexpr reading read_word_value(std::string_view words) {
  word_reading r;
  if constexpr (std::is_same_v<T, direction>)
    r = read_direction(words);
  else if constexpr (std::is_same_v<T, rank>)
    r = read_rank(words);
  else if constexpr (std::is_same_v<T, calendar_day>)
    r = read_calendar_day(words);
  else if constexpr (std::is_same_v<T, calendar_year>)
    r = read_calendar_year(words);
  else if constexpr (std::is_same_v<T, date::weekday>) {
    if (auto w = parse_weekday(words))
      r = {refusal::none, double(w->c_encoding()), double(w->c_encoding())};
    else
      r = {refusal::no_weekday};
  }
  if (r.reason != refusal::none) return {r.reason};
  const real_interval v{r.value, r.upper};
  return {refusal::none, v, v.is_point() ? statement::exact : statement::at_most,
          v.is_point() ? r.value : r.upper, 1.0};
}

template <class T>
constexpr reading read_phrase(const kind_info& k, const parsed_phrase& p) {
  if (!p.ok()) return {p.reason};
  if (const refusal r = unit_mismatch<T>(k, p); r != refusal::none) return {r};
  reading out{refusal::none, p.value, p.how, p.stated, p.last_place};
  if (p.unit == phrase_unit::times) {  // "an increase of 1.6 times" is +160 %
    out.value = p.value * 100.0;
    out.stated = p.stated * 100.0;
    out.last_place = p.last_place * 100.0;
  } else if (p.unit == phrase_unit::multiplied &&
             k.style == value_style::change) {  // "doubled": x2, +100 %
    out.value = (p.value - 1.0) * 100.0;
    out.stated = (p.stated - 1.0) * 100.0;
    out.last_place = p.last_place * 100.0;
  }
  if (k.integral && p.whole_count) {  // "40 companies", "10 consecutive years": counted exactly
    out.value = real_interval::point(p.stated);
    out.how = statement::exact;
  }
  return out;
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
                  "nevfacts: reported<T>::exactly takes a value of its own kind (a count of "
                  "vehicles is not a count "
                  "of companies, a share is not percentage points)");
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
  constexpr std::string_view words() const { return words_; }  // the source's words, if parsed
  static constexpr const kind_info& kind() { return traits::info; }

  friend constexpr bool operator==(const reported&, const reported&) = default;

 private:
  friend class parse_result<reported>;
  constexpr reported() = default;
  constexpr reported(real_interval i, statement how, double stated, double place)
      : interval_(i), how_(how), stated_(stated), last_place_(place) {}

  static constexpr real_interval clip(real_interval i) { return clip_to_kind(traits::info, i); }

  static constexpr detail::reading checked(detail::reading r) {
    if (r.reason != refusal::none) return r;
    const real_interval allowed = within_kind(traits::info, r.value);
    if (allowed.lo > allowed.hi || is_nan(allowed.lo) || is_nan(allowed.hi) || is_nan(r.stated))
      return {refusal::outside_kind_bounds};
    r.value = allowed;
    return r;
  }
  static constexpr detail::reading read(std::string_view words) {
    if constexpr (detail::is_word_kind<T>)
      return checked(detail::read_word_value<T>(words));
    else
      return checked(detail::read_phrase<T>(traits::info, parse_phrase(words)));
  }
  static constexpr detail::reading read(std::string_view words, std::string_view sentence,
                                        int occurrence) {
    if constexpr (detail::is_word_kind<T>) {
      const std::size_t at = find_words(sentence, words, occurrence);
      if (at == std::string_view::npos) return {refusal::words_not_in_sentence};
      if constexpr (std::is_same_v<
                        T, rank>) {  // "ranked first for the ninth consecutive year": not 9th
        if (detail::counts_repeats(detail::phrase_cursor(sentence.substr(at + words.size()))))
          return {refusal::no_rank};
      }
      return checked(detail::read_word_value<T>(words));
    } else {
      return checked(
          detail::read_phrase<T>(traits::info, parse_phrase(words, sentence, occurrence)));
    }
  }
  static constexpr reported from(const detail::reading& r) {
    return reported(r.value, r.how, r.stated, r.last_place);
  }
  static constexpr parse_result<reported> result(std::string_view words, const detail::reading& r) {
    if (r.reason != refusal::none) return {r.reason, words};
    reported out = from(r);
    out.words_ = words;
    return out;
  }
  static constexpr reported or_fail(std::string_view words, const detail::reading& r) {
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
