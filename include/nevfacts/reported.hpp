// nevfacts/reported.hpp -- a figure as a source reported it: an interval and how it was said
//
// Synopsis (namespace nevfacts)
//   template <value_kind T> class reported {
//    public:
//     consteval reported(std::string_view words);           // the source's words; a phrase
//                                                           // that does not parse, or names a
//                                                           // unit the kind cannot have, is a
//                                                           // compile error naming the phrase
//     static constexpr std::optional<reported> parse(std::string_view words);  // at run time
//     static constexpr reported exactly(T value);           // a value of another kind: refused
//     static constexpr reported within(real_interval, statement);              // derived figures
//     constexpr real_interval interval() const;            // clipped to the kind's bounds
//     constexpr auto value() const;                        // typed: quantity<U, real_interval>, ...
//     constexpr double stated() const;  constexpr statement how() const;
//     constexpr std::string_view words() const;            // as the source wrote them
//   };
//   std::ostream& operator<<(std::ostream&, const reported<T>&);   // "9.5 million vehicles"
//
//   constexpr reported<vehicle_count> sales{"9.5 million units"};   // [9.45, 9.55] million
//   constexpr reported<share> global{"more than 60 percent"};        // [60, 100] %
//   static_assert(sales.interval().contains(9.495e6));
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/kind.hpp>
#include <nevfacts/ordinal.hpp>
#include <nevfacts/phrase.hpp>

#include <optional>
#include <ostream>
#include <string_view>

namespace nevfacts {

namespace detail {

// Whole-number kinds hold whole numbers: "14 consecutive years" is 14, not 13.5 to 14.5.
constexpr real_interval whole_numbers_in(real_interval i) {
  // From 2^52 on every double is a whole number (and a cast to long long could overflow).
  auto truncated = [](double x) { return (x >= 0x1p52 || x <= -0x1p52) ? x : static_cast<double>(static_cast<long long>(x)); };
  auto ceil = [&](double x) { return is_infinite(x) ? x : truncated(x) + (truncated(x) < x ? 1.0 : 0.0); };
  auto floor = [&](double x) { return is_infinite(x) ? x : truncated(x) - (truncated(x) > x ? 1.0 : 0.0); };
  return {ceil(i.lo), floor(i.hi)};
}

constexpr std::string_view unit_mismatch(const kind_info& k, const parsed_phrase& p) {
  if ((k.accepted_units & unit_bit(p.unit)) == 0) return "the phrase names a unit this kind of value cannot have";
  const bool is_change = k.style == value_style::change || k.style == value_style::points;
  if (p.sign != 0 && !is_change) return "the phrase states a change ('increase of', 'up'); this kind is a level";
  return {};
}

// Reads words that are not numbers for the kinds whose values are words.
template <class T>
constexpr std::optional<real_interval> read_word_value(std::string_view words) {
  if constexpr (std::is_same_v<T, direction>) {
    if (auto d = parse_direction(words)) return real_interval::point(double(static_cast<signed char>(*d)));
  } else if constexpr (std::is_same_v<T, rank>) {
    if (auto r = parse_leading_rank(words)) return real_interval::point(double(r->position));
  } else if constexpr (std::is_same_v<T, calendar_day>) {
    if (auto d = parse_calendar_day(words)) return real_interval::point(double(d->day_number));
  } else if constexpr (std::is_same_v<T, date::weekday>) {
    if (auto w = parse_weekday(words)) return real_interval::point(double(w->c_encoding()));
  }
  return std::nullopt;
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
class reported {
 public:
  using value_type = T;
  using traits = kind_traits<T>;

  consteval reported(std::string_view words) : reported(parse_or_fail(words)) { words_ = words; }

  static constexpr std::optional<reported> parse(std::string_view words) {
    std::optional<reported> result;
    if (auto word_value = detail::read_word_value<T>(words)) {
      result = within(*word_value, statement::exact);
    } else {
      const parsed_phrase p = parse_phrase(words);
      if (!p.ok() || !detail::unit_mismatch(traits::info, p).empty()) return std::nullopt;
      const real_interval allowed = within_kind(traits::info, p.unit == phrase_unit::times ? p.value * 100.0 : p.value);
      if (allowed.lo > allowed.hi) return std::nullopt;
      result = from_phrase(p);
    }
    result->words_ = words;
    return result;
  }

  template <class V>
  static constexpr reported exactly(const V& v) {
    static_assert(std::is_same_v<V, T>,
                  "nevfacts: reported<T>::exactly takes a value of its own kind (a count of vehicles is not a count "
                  "of companies, a share is not percentage points)");
    if constexpr (std::is_same_v<V, T>) return within(traits::number(v), statement::exact);
    else return within({}, statement::exact);
  }
  static constexpr reported within(real_interval i, statement how) {
    return reported(clip(i), how, i.is_bounded() ? i.mid() : (is_infinite(i.hi) ? i.lo : i.hi), 0.0);
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
  constexpr reported(real_interval i, statement how, double stated, double place)
      : interval_(i), how_(how), stated_(stated), last_place_(place) {}

  static constexpr real_interval clip(real_interval i) { return clip_to_kind(traits::info, i); }
  static constexpr reported from_phrase(const parsed_phrase& p) {
    // A year is a name, not a measurement: "2020" is 2020, not 2015 to 2025.
    if (traits::info.style == value_style::year) return reported(clip(real_interval::point(p.stated)), statement::exact, p.stated, 1.0);
    const bool times = p.unit == phrase_unit::times;  // "an increase of 1.6 times" is +160 %
    const real_interval value = times ? p.value * 100.0 : p.value;
    return reported(clip(value), p.how, times ? p.stated * 100.0 : p.stated, times ? p.last_place * 100.0 : p.last_place);
  }

  static constexpr reported parse_or_fail(std::string_view words) {
    if (auto word_value = detail::read_word_value<T>(words)) return within(*word_value, statement::exact);
    const parsed_phrase p = parse_phrase(words);
    if (!p.ok()) failure::unparsable_phrase(words, p.error);
    if (auto why = detail::unit_mismatch(traits::info, p); !why.empty()) failure::phrase_does_not_fit_kind(words, traits::info.unit);
    return from_phrase(p);
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
    case statement::rounded: return out << format_value(k, r.stated());
    case statement::about: return out << "about " << format_value(k, r.stated());
    default: return out << to_string(r.how()) << ' ' << format_value(k, r.stated());
  }
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
