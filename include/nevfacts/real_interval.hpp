// nevfacts/real_interval.hpp -- closed intervals of real numbers with outward-rounded arithmetic
//
// Synopsis
//   constexpr double next_up(double x);     // the next double towards +inf
//   constexpr double next_down(double x);   // the next double towards -inf
//   inline constexpr double unbounded;      // +inf, an open end
//
//   struct real_interval {
//     double lo, hi;                                  // lo <= hi; either may be infinite
//     static constexpr real_interval point(double);
//     static constexpr real_interval hull(double a, double b);
//     static constexpr real_interval at_least(double), at_most(double);
//     constexpr bool contains(double) const;  constexpr bool contains(real_interval) const;
//     constexpr bool overlaps(real_interval) const;
//     constexpr double mid() const; constexpr double width() const;
//     constexpr bool is_point() const; constexpr bool is_bounded() const;
//   };
//   + - * / between intervals and with doubles, unary -; intersect(a, b); hull(a, b);
//   certainly_less(a, b), possibly_less(a, b); == compares the bounds exactly.
//
// Every operation rounds outward by one ulp, so the result contains every real number the
// operands allow even though the double operation rounded to nearest. Dividing by an interval
// that contains zero is an error (compile error in a constant expression, std::domain_error at
// run time), never a silent infinity.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/fail.hpp>

#include <cstdint>
#include <limits>

namespace nevfacts {

inline constexpr double unbounded = std::numeric_limits<double>::infinity();

constexpr bool is_nan(double x) { return x != x; }
constexpr bool is_infinite(double x) { return x == unbounded || x == -unbounded; }

constexpr double next_up(double x) {
  if (is_nan(x) || x == unbounded) return x;
  if (x == 0.0) return std::numeric_limits<double>::denorm_min();
  // The builtin std::bit_cast wraps: a constant evaluation pays for the call, once an interval.
  const auto bits = __builtin_bit_cast(std::uint64_t, x);
  return __builtin_bit_cast(double, x > 0.0 ? bits + 1 : bits - 1);
}

constexpr double next_down(double x) { return -next_up(-x); }

struct real_interval {
  double lo = 0.0;
  double hi = 0.0;

  static constexpr real_interval point(double x) { return {x, x}; }
  static constexpr real_interval hull(double a, double b) {
    return a <= b ? real_interval{a, b} : real_interval{b, a};
  }
  static constexpr real_interval at_least(double x) { return {x, unbounded}; }
  static constexpr real_interval at_most(double x) { return {-unbounded, x}; }

  constexpr bool contains(double x) const { return lo <= x && x <= hi; }
  constexpr bool contains(real_interval o) const { return lo <= o.lo && o.hi <= hi; }
  constexpr bool overlaps(real_interval o) const { return lo <= o.hi && o.lo <= hi; }
  constexpr bool is_point() const { return lo == hi; }
  constexpr bool is_bounded() const { return !is_infinite(lo) && !is_infinite(hi); }
  constexpr double width() const { return hi - lo; }
  constexpr double mid() const {
    return is_bounded() ? lo + (hi - lo) / 2 : (is_infinite(lo) ? hi : lo);
  }

  friend constexpr bool operator==(real_interval, real_interval) = default;
};

namespace detail {
// Widen a rounded-to-nearest result so that it surely contains the exact one.
constexpr real_interval widen(double lo, double hi) { return {next_down(lo), next_up(hi)}; }

// 0 * inf is taken as 0: an open bound times an exact zero bounds nothing away from zero.
constexpr double times(double a, double b) { return (a == 0.0 || b == 0.0) ? 0.0 : a * b; }

// inf / inf is taken as 0: another corner of the same division already reaches the infinity.
constexpr double quotient(double a, double b) {
  return (is_infinite(a) && is_infinite(b)) ? 0.0 : a / b;
}

constexpr double min4(double a, double b, double c, double d) {
  const double ab = a < b ? a : b, cd = c < d ? c : d;
  return ab < cd ? ab : cd;
}
constexpr double max4(double a, double b, double c, double d) {
  const double ab = a > b ? a : b, cd = c > d ? c : d;
  return ab > cd ? ab : cd;
}
}  // namespace detail

constexpr real_interval operator-(real_interval a) { return {-a.hi, -a.lo}; }
constexpr real_interval operator+(real_interval a, real_interval b) {
  return detail::widen(a.lo + b.lo, a.hi + b.hi);
}
constexpr real_interval operator-(real_interval a, real_interval b) {
  return detail::widen(a.lo - b.hi, a.hi - b.lo);
}

constexpr real_interval operator*(real_interval a, real_interval b) {
  using detail::times;
  const double p[4] = {times(a.lo, b.lo), times(a.lo, b.hi), times(a.hi, b.lo), times(a.hi, b.hi)};
  return detail::widen(detail::min4(p[0], p[1], p[2], p[3]), detail::max4(p[0], p[1], p[2], p[3]));
}

constexpr real_interval reciprocal(real_interval b) {
  if (b.contains(0.0)) {
    failure::division_by_interval_containing_zero();
    throw_domain_error("nevfacts: division by an interval that contains zero");
  }
  return detail::widen(1.0 / b.hi, 1.0 / b.lo);
}

constexpr real_interval operator/(real_interval a, real_interval b) {
  if (b.contains(0.0)) return a * reciprocal(b);  // raises
  using detail::quotient;
  const double p[4] = {quotient(a.lo, b.lo), quotient(a.lo, b.hi), quotient(a.hi, b.lo),
                       quotient(a.hi, b.hi)};
  return detail::widen(detail::min4(p[0], p[1], p[2], p[3]), detail::max4(p[0], p[1], p[2], p[3]));
}

constexpr real_interval operator+(real_interval a, double b) { return a + real_interval::point(b); }
constexpr real_interval operator+(double a, real_interval b) { return real_interval::point(a) + b; }
constexpr real_interval operator-(real_interval a, double b) { return a - real_interval::point(b); }
constexpr real_interval operator-(double a, real_interval b) { return real_interval::point(a) - b; }
constexpr real_interval operator*(real_interval a, double b) { return a * real_interval::point(b); }
constexpr real_interval operator*(double a, real_interval b) { return real_interval::point(a) * b; }
constexpr real_interval operator/(real_interval a, double b) { return a / real_interval::point(b); }
constexpr real_interval operator/(double a, real_interval b) { return real_interval::point(a) / b; }

constexpr real_interval& operator+=(real_interval& a, real_interval b) { return a = a + b; }
constexpr real_interval& operator-=(real_interval& a, real_interval b) { return a = a - b; }
constexpr real_interval& operator*=(real_interval& a, real_interval b) { return a = a * b; }
constexpr real_interval& operator/=(real_interval& a, real_interval b) { return a = a / b; }

constexpr real_interval intersect(real_interval a, real_interval b) {
  return {a.lo > b.lo ? a.lo : b.lo, a.hi < b.hi ? a.hi : b.hi};
}
constexpr real_interval hull(real_interval a, real_interval b) {
  return {a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi};
}
constexpr bool certainly_less(real_interval a, real_interval b) { return a.hi < b.lo; }
constexpr bool possibly_less(real_interval a, real_interval b) { return a.lo < b.hi; }

// A double is the degenerate interval: generic code reads either through these.
constexpr double lower(double x) { return x; }
constexpr double upper(double x) { return x; }
constexpr double lower(real_interval x) { return x.lo; }
constexpr double upper(real_interval x) { return x.hi; }

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
