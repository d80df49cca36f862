// nevfacts/growth.hpp -- year-over-year growth and "N times" multiples
//
// Synopsis (namespace nevfacts)
//   template <class Rep = double> class basic_growth;     // value / base - 1, in percent
//   template <class Rep = double> class basic_multiple;   // value / base
//   using growth = basic_growth<double>; using multiple = basic_multiple<double>;
//   constexpr growth growth_percent(double p);            // "up 32 percent": +32 %
//   constexpr growth increase_of_times(double t);         // "an increase of 1.6 times": +160 %
//   constexpr multiple times_as_many(double t);           // "1.6 times as many": x1.6
//
//   grow(base, g) -> value          base_from(value, g) -> base
//   growth_between(value, base) -> growth
//   compound(g1, g2) -> growth      // growth over two consecutive periods
//   quantity * multiple -> quantity; base_from(value, m) -> base
//   growth + growth, growth - growth, growth + points, growth * quantity, grow() or base_from()
//   of anything but an amount (a share), growth * growth, multiple + multiple,
//   compound(growth, multiple), grow(q, multiple), growth compared with points, a share
//   with a growth (+, -, ==, <): do not compile, in words.
//
// "An increase of 1.6 times" and "1.6 times as many" differ by a whole base; the two
// spellings are distinct so that an encoder has to choose which one the source meant.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/quantity.hpp>
#include <nevfacts/real_interval.hpp>

#include <compare>
#include <limits>
#include <ostream>

namespace nevfacts {

template <class Rep = double>
class basic_growth {
 public:
  using rep = Rep;
  constexpr basic_growth() = default;
  static constexpr basic_growth from_percent(Rep p) { return basic_growth(checked(p)); }
  static constexpr basic_growth from_factor(Rep f) { return from_percent((f - 1.0) * 100.0); }

  constexpr Rep percent() const { return change_.value(); }
  constexpr Rep factor() const { return positive(1.0 + change_.value() / 100.0); }
  constexpr quantity<units::change_unit, Rep> change() const { return change_; }

  friend constexpr bool operator==(const basic_growth&, const basic_growth&) = default;
  friend constexpr auto operator<=>(const basic_growth& a,
                                    const basic_growth& b) requires std::is_same_v<Rep, double> {
    return a.percent() <=> b.percent();
  }

 private:
  constexpr explicit basic_growth(Rep p)
      : change_(quantity<units::change_unit, Rep>::from_value(p)) {}

  // A fall of 100 % or more would leave nothing (or less than nothing) to compare with.
  static constexpr double checked(double p) {
    if (!(p > -100.0)) fail(p);
    return p;
  }
  // An interval keeps only what a growth can be, as a share interval does.
  static constexpr real_interval checked(real_interval p) {
    const real_interval possible = intersect(p, {next_up(-100.0), unbounded});
    if (possible.lo > possible.hi) fail(p.hi);
    return possible;
  }
  static constexpr void fail(double p) {
    failure::growth_of_minus_100_percent_or_less(p);
    throw_domain_error("nevfacts: growth must be above -100 %");
  }
  // The factor of a growth above -100 % is above 0, even when rounding outward says less.
  static constexpr double positive(double f) { return f; }
  static constexpr real_interval positive(real_interval f) {
    return {f.lo > 0.0 ? f.lo : std::numeric_limits<double>::denorm_min(), f.hi};
  }

  quantity<units::change_unit, Rep> change_{};
};

template <class Rep = double>
class basic_multiple {
 public:
  using rep = Rep;
  constexpr basic_multiple() = default;
  static constexpr basic_multiple of(Rep factor) { return basic_multiple(factor); }
  constexpr Rep factor() const { return factor_; }
  friend constexpr bool operator==(const basic_multiple&, const basic_multiple&) = default;

 private:
  constexpr explicit basic_multiple(Rep f) : factor_(f) {}
  Rep factor_{};
};

using growth = basic_growth<double>;
using multiple = basic_multiple<double>;

constexpr growth growth_percent(double p) { return growth::from_percent(p); }
constexpr growth increase_of_times(double t) { return growth::from_percent(t * 100.0); }
constexpr multiple times_as_many(double t) { return multiple::of(t); }

namespace detail {
template <class Q>
inline constexpr bool is_boost_quantity = false;
template <class Unit, class Rep>
inline constexpr bool is_boost_quantity<quantity<Unit, Rep>> = true;
template <class Q>
constexpr void require_grown_amount() {
  static_assert(is_boost_quantity<Q>,
                "nevfacts: grow() and base_from() apply a growth to an amount (a count, yuan); a "
                "share changes "
                "by percentage points (share + points), not by a growth rate");
}
}  // namespace detail

template <class Q, class Rep>
constexpr Q grow(const Q& base, const basic_growth<Rep>& g) {
  detail::require_grown_amount<Q>();
  if constexpr (detail::is_boost_quantity<Q>)
    return base * g.factor();
  else
    return base;
}
template <class Q, class Rep>
constexpr Q base_from(const Q& value, const basic_growth<Rep>& g) {
  detail::require_grown_amount<Q>();
  if constexpr (detail::is_boost_quantity<Q>)
    return value / g.factor();
  else
    return value;
}
template <class Unit, class Rep>
constexpr basic_growth<Rep> growth_between(const quantity<Unit, Rep>& value,
                                           const quantity<Unit, Rep>& base) {
  return basic_growth<Rep>::from_factor(value.value() / base.value());
}
template <class Rep>
constexpr basic_growth<Rep> compound(const basic_growth<Rep>& first,
                                     const basic_growth<Rep>& second) {
  return basic_growth<Rep>::from_factor(first.factor() * second.factor());
}

template <class Unit, class Rep>
constexpr quantity<Unit, Rep> operator*(const quantity<Unit, Rep>& base,
                                        const basic_multiple<Rep>& m) {
  return base * m.factor();
}
template <class Unit, class Rep>
constexpr quantity<Unit, Rep> base_from(const quantity<Unit, Rep>& value,
                                        const basic_multiple<Rep>& m) {
  return value / m.factor();
}

template <class Rep, class T = void>
constexpr basic_growth<Rep> operator+(const basic_growth<Rep>&, const basic_growth<Rep>&) {
  static_assert(dependent_false<T>,
                "nevfacts: growth + growth is wrong; growth rates compound. Use compound(a, b)");
  return {};
}
template <class Rep, class T = void>
constexpr basic_growth<Rep> operator-(const basic_growth<Rep>&, const basic_growth<Rep>&) {
  static_assert(dependent_false<T>,
                "nevfacts: growth - growth is not a growth; compare the factors, or the values");
  return {};
}
template <class Rep, class T = void>
constexpr basic_growth<Rep> operator+(const basic_growth<Rep>&,
                                      const quantity<units::point_unit, Rep>&) {
  static_assert(dependent_false<T>,
                "nevfacts: growth + percentage points is meaningless; points change a share, "
                "growth changes a value over time");
  return {};
}
template <class Rep, class T = void>
constexpr basic_growth<Rep> operator+(const quantity<units::point_unit, Rep>&,
                                      const basic_growth<Rep>&) {
  static_assert(dependent_false<T>,
                "nevfacts: percentage points + growth is meaningless; points change a share, "
                "growth changes a value over time");
  return {};
}
template <class Unit, class Rep, class T = void>
constexpr quantity<Unit, Rep> operator*(const quantity<Unit, Rep>& q, const basic_growth<Rep>&) {
  static_assert(dependent_false<T>,
                "nevfacts: quantity * growth is ambiguous; write grow(base, growth) for the new "
                "value or base_from(value, growth) for the old one");
  return q;
}
template <class Rep, class T = void>
constexpr basic_growth<Rep> operator+(const basic_growth<Rep>&, const basic_multiple<Rep>&) {
  static_assert(dependent_false<T>,
                "nevfacts: growth + multiple is meaningless; convert one with growth::from_factor");
  return {};
}

// More refusals in words, for operators and calls nevfacts does not define.
template <class Rep, class T = void>
constexpr basic_growth<Rep> operator*(const basic_growth<Rep>&, const basic_growth<Rep>&) {
  constexpr bool growths_multiply = dependent_false<T>;
  static_assert(growths_multiply,
                "nevfacts: growth * growth is meaningless; growth rates compound: compound(a, b)");
  return {};
}
template <class Rep, class T = void>
constexpr basic_multiple<Rep> operator+(const basic_multiple<Rep>&, const basic_multiple<Rep>&) {
  constexpr bool multiples_add = dependent_false<T>;
  static_assert(multiples_add,
                "nevfacts: multiple + multiple is meaningless; a multiple scales an amount "
                "(quantity * multiple)");
  return {};
}
template <class Rep, class T = void>
constexpr basic_growth<Rep> compound(const basic_growth<Rep>&, const basic_multiple<Rep>&) {
  constexpr bool compound_takes_growths = dependent_false<T>;
  static_assert(compound_takes_growths,
                "nevfacts: compound() takes two growths; make the multiple a growth "
                "first with growth::from_factor");
  return {};
}
template <class Q, class Rep, class T = void>
constexpr Q grow(const Q& base, const basic_multiple<Rep>&) {
  constexpr bool grow_takes_a_growth = dependent_false<T>;
  static_assert(grow_takes_a_growth,
                "nevfacts: grow() takes a growth; scale an amount by a multiple with "
                "quantity * multiple");
  return base;
}
#define NEVFACTS_REFUSE_GROWTH_VS_POINTS(op)                                                      \
  template <class Rep, class T = void>                                                            \
  constexpr bool operator op(const basic_growth<Rep>&, const quantity<units::point_unit, Rep>&) { \
    constexpr bool growth_compares_with_points = dependent_false<T>;                              \
    static_assert(growth_compares_with_points,                                                    \
                  "nevfacts: a growth in per cent and percentage points are "                     \
                  "different kinds of change and do not compare");                                \
    return false;                                                                                 \
  }
NEVFACTS_REFUSE_GROWTH_VS_POINTS(<)
NEVFACTS_REFUSE_GROWTH_VS_POINTS(<=)
NEVFACTS_REFUSE_GROWTH_VS_POINTS(>)
NEVFACTS_REFUSE_GROWTH_VS_POINTS(>=)
NEVFACTS_REFUSE_GROWTH_VS_POINTS(==)
#undef NEVFACTS_REFUSE_GROWTH_VS_POINTS

// A share and a growth (share.hpp) are different kinds: no sum, difference or comparison.
template <class Rep>
class basic_share;
#define NEVFACTS_REFUSE_SHARE_WITH_GROWTH(op)                                     \
  template <class Rep, class T = void>                                            \
  constexpr bool operator op(const basic_share<Rep>&, const basic_growth<Rep>&) { \
    constexpr bool share_mixes_with_growth = dependent_false<T>;                  \
    static_assert(share_mixes_with_growth,                                        \
                  "nevfacts: a share and a growth are different kinds; a share "  \
                  "changes by percentage points (share + points(2.2))");          \
    return false;                                                                 \
  }
NEVFACTS_REFUSE_SHARE_WITH_GROWTH(+)
NEVFACTS_REFUSE_SHARE_WITH_GROWTH(-)
NEVFACTS_REFUSE_SHARE_WITH_GROWTH(==)
NEVFACTS_REFUSE_SHARE_WITH_GROWTH(<)
#undef NEVFACTS_REFUSE_SHARE_WITH_GROWTH

inline std::ostream& operator<<(std::ostream& out, const growth& g) {
  return out << format_signed(g.percent()) << " % y/y";
}
inline std::ostream& operator<<(std::ostream& out, const basic_growth<real_interval>& g) {
  return out << format_interval(g.percent()) << " % y/y";
}
inline std::ostream& operator<<(std::ostream& out, const multiple& m) {
  return out << "x" << format_number(m.factor());
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
