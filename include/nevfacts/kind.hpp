// nevfacts/kind.hpp -- what kind of value a figure is, known at compile time and kept at run time
//
// Synopsis (namespace nevfacts)
//   enum class value_style { amount, percent, points, change, factor, rank, year, day, direction,
//                            weekday };
//   struct kind_info {                       // one per value type
//     std::string_view name, unit; real_interval bounds; bool integral;
//     value_style style; unsigned accepted_units;   // phrase_unit bits the words may name
//   };
//   template <class T> struct kind_traits {  // specialised for every value type T
//     static constexpr kind_info info;
//     using interval_type;                   // T with real_interval bounds, or real_interval
//     static constexpr interval_type typed(real_interval);
//     static constexpr real_interval number(T);
//   };                                       // quantity<Unit>: from the unit's descriptor
//   template <class T> concept value_kind;
//   constexpr bool same_kind(const kind_info&, const kind_info&);   // by unit and name
//   std::string format_value(const kind_info&, real_interval);   // "9.495 million items"
//   std::string format_value(const kind_info&, double);
//
// A kind of the value types in nevfacts: quantities of nevfacts units, share,
// percentage_points, growth, multiple, cny_per_usd, rank, calendar_year, calendar_day,
// direction, date::weekday. A quantity of a new unit is a kind once its unit has a descriptor
// (nevfacts/units.hpp, docs/howto-add-kind.md); another value type specialises kind_traits.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/format.hpp>
#include <nevfacts/growth.hpp>
#include <nevfacts/money.hpp>
#include <nevfacts/ordinal.hpp>
#include <nevfacts/reader.hpp>
#include <nevfacts/quantity.hpp>
#include <nevfacts/share.hpp>

#include <string>
#include <type_traits>

namespace nevfacts {

enum class value_style : unsigned char {
  amount,
  percent,
  points,
  change,
  factor,
  rank,
  year,
  day,
  direction,
  weekday
};

constexpr unsigned unit_bit(phrase_unit u) { return 1u << static_cast<unsigned>(u); }

struct kind_info {
  std::string_view name;  // what a person reads after the number
  std::string_view unit;  // what a machine reads in a "unit" field
  real_interval bounds;   // every value of the kind lies here
  bool integral;          // counts and positions are whole numbers
  value_style style;
  unsigned accepted_units;    // the phrase_unit bits the source's words may name
  units::noun_words nouns{};  // the nouns that may follow its number (units.hpp)
  bool per_year = false;      // a yearly rate
};

template <class T>
struct kind_traits;

// Kinds are told apart by their names, never by address in a constant evaluation (GCC's
// -fsanitize=undefined refuses address comparisons there); at run time one address is one kind.
constexpr bool same_kind(const kind_info& a, const kind_info& b) {
  if (!__builtin_is_constant_evaluated() && &a == &b) return true;
  return a.unit == b.unit && a.name == b.name;
}

template <class T>
concept value_kind = requires {
  { kind_traits<T>::info } -> std::convertible_to<kind_info>;
};

inline constexpr real_interval non_negative{0.0, unbounded};

namespace detail {
// A unit's descriptor (nevfacts/units.hpp) in the parser's terms.
constexpr unsigned phrase_units_of(units::unit_words w) {
  return (w.none ? unit_bit(phrase_unit::none) : 0u) |
         (w.percent ? unit_bit(phrase_unit::percent) : 0u) |
         (w.points ? unit_bit(phrase_unit::points) : 0u) |
         (w.yuan ? unit_bit(phrase_unit::yuan) : 0u) |
         (w.us_dollars ? unit_bit(phrase_unit::us_dollars) : 0u);
}
}  // namespace detail

// Every quantity of a known unit is a kind, as its descriptor says: to add one, describe the unit.
template <units::known_unit Unit>
struct kind_traits<quantity<Unit>> {
  static constexpr const units::unit_descriptor& unit = units::unit_traits<Unit>::descriptor;
  static constexpr kind_info info{unit.name,           unit.label,
                                  non_negative,        unit.whole_numbers,
                                  value_style::amount, detail::phrase_units_of(unit.named_by),
                                  unit.nouns,          unit.per_year};
  using interval_type = quantity<Unit, real_interval>;
  static constexpr interval_type typed(real_interval i) { return interval_type::from_value(i); }
  static constexpr real_interval number(const quantity<Unit>& q) {
    return real_interval::point(q.value());
  }
};

template <>
struct kind_traits<percentage_points> {
  static constexpr kind_info info{
      "pp",
      "percentage_points",
      {-100.0, 100.0},
      false,
      value_style::points,
      unit_bit(phrase_unit::points) | unit_bit(phrase_unit::basis_points)};
  using interval_type = quantity<units::point_unit, real_interval>;
  static constexpr interval_type typed(real_interval i) { return interval_type::from_value(i); }
  static constexpr real_interval number(const percentage_points& q) {
    return real_interval::point(q.value());
  }
};

template <>
struct kind_traits<share> {
  static constexpr kind_info info{
      "%", "percent", {0.0, 100.0}, false, value_style::percent, unit_bit(phrase_unit::percent)};
  using interval_type = basic_share<real_interval>;
  static constexpr interval_type typed(real_interval i) { return interval_type::from_percent(i); }
  static constexpr real_interval number(const share& s) {
    return real_interval::point(s.percent());
  }
};

template <>
struct kind_traits<growth> {
  static constexpr kind_info info{"% y/y",
                                  "growth_percent",
                                  {next_up(-100.0), unbounded},
                                  false,
                                  value_style::change,
                                  unit_bit(phrase_unit::percent) | unit_bit(phrase_unit::times) |
                                      unit_bit(phrase_unit::multiplied)};
  using interval_type = basic_growth<real_interval>;
  static constexpr interval_type typed(real_interval i) { return interval_type::from_percent(i); }
  static constexpr real_interval number(const growth& g) {
    return real_interval::point(g.percent());
  }
};

template <>
struct kind_traits<multiple> {
  static constexpr kind_info info{
      "times",
      "times",
      non_negative,
      false,
      value_style::factor,
      unit_bit(phrase_unit::times_as_many) | unit_bit(phrase_unit::multiplied)};
  using interval_type = basic_multiple<real_interval>;
  static constexpr interval_type typed(real_interval i) { return interval_type::of(i); }
  static constexpr real_interval number(const multiple& m) {
    return real_interval::point(m.factor());
  }
};

template <>
struct kind_traits<cny_per_usd> {
  static constexpr kind_info info{"CNY per USD", "CNY_per_USD",       non_negative,
                                  false,         value_style::amount, unit_bit(phrase_unit::none)};
  using interval_type = real_interval;
  static constexpr interval_type typed(real_interval i) { return i; }
  static constexpr real_interval number(const cny_per_usd& r) {
    return real_interval::point(r.value());
  }
};

#define NEVFACTS_ORDINAL_KIND(type, word, label, low, style_, to_number)                        \
  template <>                                                                                   \
  struct kind_traits<type> {                                                                    \
    static constexpr kind_info info{                                                            \
        word, label, {low, unbounded}, true, value_style::style_, unit_bit(phrase_unit::none)}; \
    using interval_type = real_interval;                                                        \
    static constexpr interval_type typed(real_interval i) { return i; }                         \
    static constexpr real_interval number(const type& v) {                                      \
      return real_interval::point(to_number);                                                   \
    }                                                                                           \
  };
NEVFACTS_ORDINAL_KIND(rank, "place", "rank", 1.0, rank, double(v.position))
NEVFACTS_ORDINAL_KIND(calendar_year, "", "year", -unbounded, year, double(v.value))
NEVFACTS_ORDINAL_KIND(calendar_day, "", "date", -unbounded, day, double(v.day_number))
NEVFACTS_ORDINAL_KIND(direction, "", "direction", -1.0, direction,
                      double(static_cast<signed char>(v)))
NEVFACTS_ORDINAL_KIND(date::weekday, "", "weekday", 0.0, weekday, double(v.c_encoding()))
#undef NEVFACTS_ORDINAL_KIND

namespace detail {
// Whole-number styles print what the number names; a value no int can hold prints as a number
// (a cast would be undefined behaviour).
constexpr bool fits_int(double x) { return x >= -2147483648.0 && x <= 2147483647.0; }
inline constexpr double first_day_printed = -354285.0;  // 1000-01-01, days since 1970-01-01
inline constexpr double last_day_printed = 2932896.0;   // 9999-12-31

// A number's text, decorated as its kind is read: "56 %", "+6.1 pp", "+37.9 % y/y", "x1.6", "#2".
// Amounts take their unit after the whole value, so this leaves them bare.
inline std::string decorated(const kind_info& k, std::string number) {
  const bool positive = !number.empty() && number != "0" && number[0] != '-';
  std::string out;
  switch (k.style) {
    case value_style::percent:
      return number.append(" ").append(k.name);
    case value_style::points:
    case value_style::change:
      return out.append(positive ? "+" : "").append(number).append(" ").append(k.name);
    case value_style::factor:
      return out.append("x").append(number);
    case value_style::rank:
      return out.append("#").append(number);
    default:
      return number;
  }
}

// Whole-number styles print what the number names (a year, a date, a direction, a weekday).
inline bool names_a_thing(value_style s) {
  return s == value_style::year || s == value_style::day || s == value_style::direction ||
         s == value_style::weekday;
}

inline std::string format_point(const kind_info& k, double x) {
  static constexpr const char* weekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                             "Thursday", "Friday", "Saturday"};
  switch (k.style) {
    case value_style::year:
      if (fits_int(x) && x == double(int(x))) return std::to_string(int(x));
      break;
    case value_style::day:  // days of years 1000 to 9999 only: date.h overflows near INT_MAX
      if (x >= first_day_printed && x <= last_day_printed && x == double(int(x)))
        return to_string(period::to_ymd(int(x)));
      break;
    case value_style::direction:
      if (x == -1.0 || x == 0.0 || x == 1.0 || x == 2.0)
        return std::string(to_string(static_cast<direction>(int(x))));
      return "?";
    case value_style::weekday:
      return (x >= 0 && x < 7 && x == double(int(x))) ? weekdays[int(x)] : "?";
    case value_style::amount:
      return format_number(x).append(" ").append(k.name);
    default:
      return decorated(k, format_number(x));
  }
  return format_number(x);
}
}  // namespace detail

inline std::string format_value(const kind_info& k, double x) { return detail::format_point(k, x); }

// An interval's ends are rounded outward to the digits its width justifies (format.hpp); the ends
// of years, dates, directions and weekdays are whole and print as what they name.
inline std::string format_value(const kind_info& k, real_interval i) {
  const bool named = detail::names_a_thing(k.style);
  // Whole ends widened by the arithmetic ([2014.9999999999998, 2015.0000000000002]) are whole.
  if (named && i.is_bounded() && detail::fits_int(i.lo) && detail::fits_int(i.hi))
    i = {double(detail::floor_multiple(i.lo, 0)), double(-detail::floor_multiple(-i.hi, 0))};
  if (i.is_point()) return detail::format_point(k, i.lo);
  const bool plain = k.style == value_style::amount;
  // An end at the kind's bound is shown as open ("at least 60 %"), and rounded as such.
  const bool open_above = is_infinite(i.hi) || i.hi >= k.bounds.hi;
  const bool open_below = !open_above && (is_infinite(i.lo) || i.lo <= k.bounds.lo);
  const real_interval shown = open_above   ? real_interval::at_least(i.lo)
                              : open_below ? real_interval::at_most(i.hi)
                                           : i;
  const int e = rounding_exponent(shown, k.integral);
  auto lower = [&](double x) {
    return named ? detail::format_point(k, x) : detail::decorated(k, format_lower_end(x, e));
  };
  auto upper = [&](double x) {
    return named ? detail::format_point(k, x) : detail::decorated(k, format_upper_end(x, e));
  };
  std::string out;
  if (open_above)
    out.append("at least ").append(lower(i.lo));
  else if (open_below)
    out.append("at most ").append(upper(i.hi));
  else
    out.append("[").append(lower(i.lo)).append(", ").append(upper(i.hi)).append("]");
  if (plain) out.append(" ").append(k.name);
  return out;
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
