// nevfacts/reader/value.hpp -- the exact value of a number as written, and of a fraction word
//
// Synopsis (namespace nevfacts::reader)
//   constexpr double power_of_ten(int n);                    // exact up to 1e22
//   constexpr real_interval exact_value(std::uint64_t mantissa, int exponent);   // sure to hold
//   constexpr real_interval value_of(const figure_number&);  // mantissa x 10^exponent (/ denom.)
//   constexpr real_interval times(real_interval, real_interval);   // a point where exact
//   constexpr real_interval fraction_band(const figure_number&);   // what "a third" promises
//
// A fraction word is not rounded to a digit, so its promise is read from its neighbours: "a
// third" is nearer 1/3 than any other fraction with a denominator of at most 4 (or its own
// denominator, if that is larger), so it lies between the midpoints to 1/4 and 1/2: 29.17 % to
// 41.67 %. "Half" is 41.67 % to 58.33 %, "two thirds" 58.33 % to 70.83 %, "a quarter" 12.5 % to
// 29.17 %: a writer who had a figure nearer another simple fraction would have named that one.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/real_interval.hpp>
#include <nevfacts/reader/reading.hpp>

#include <cstdint>

namespace nevfacts::reader {

constexpr double power_of_ten(int n) {
  double p = 1.0;
  for (int i = 0; i < (n < 0 ? -n : n); ++i) p *= 10.0;  // exact up to 1e22
  return n < 0 ? 1.0 / p : p;
}

// The nearest double to mantissa * 10^exponent, and an interval that surely holds the exact value.
constexpr real_interval exact_value(std::uint64_t mantissa, int exponent) {
  const double m = double(mantissa);
  const bool m_exact = mantissa <= (1ull << 53);
  if (exponent >= 0 && exponent <= 22) {
    const double v = m * power_of_ten(exponent);
    const bool exact = m_exact && v <= 9007199254740992.0;
    return exact ? real_interval::point(v) : real_interval{next_down(v), next_up(v)};
  }
  const double v = m / power_of_ten(-exponent);
  return {next_down(next_down(v)), next_up(next_up(v))};  // two roundings: 10^-k and the quotient
}

// p / q, surely held: exact where the quotient is a double (halves, quarters).
constexpr real_interval ratio(double p, double q) {
  const double v = p / q;
  if (v * q == p) return real_interval::point(v);
  return {next_down(v), next_up(v)};
}

// a x b, a point where the product of two points is exact ("a quarter of a million": 250,000).
constexpr real_interval times(real_interval a, real_interval b) {
  if (a.is_point() && b.is_point()) {
    const double p = a.lo * b.lo;
    if (b.lo != 0.0 && p / b.lo == a.lo && p / a.lo == b.lo) return real_interval::point(p);
  }
  return a * b;
}

constexpr real_interval value_of(const figure_number& f) {
  if (f.denominator == 0) return exact_value(f.mantissa, f.exponent);
  return times(ratio(double(f.mantissa), double(f.denominator)), exact_value(1, f.exponent));
}

// The band of values nearer n/d than any other fraction a/b with b <= max(d, 4).
constexpr real_interval fraction_band(const figure_number& f) {
  const double n = double(f.mantissa), d = double(f.denominator);
  const int order = f.denominator > 4 ? f.denominator : 4;
  double below_p = 0.0, below_q = 1.0, above_p = 1.0, above_q = 1.0;  // 0/1 and 1/1 at the ends
  for (int q = 1; q <= order; ++q) {
    for (int p = 0; p <= q; ++p) {
      const double a = double(p), b = double(q);
      if (a * d < n * b && a * below_q > below_p * b) below_p = a, below_q = b;
      if (a * d > n * b && a * above_q < above_p * b) above_p = a, above_q = b;
    }
  }
  if (n >= d) return value_of(f);  // a whole ("two halves"): no neighbour above
  // The midpoints (n/d + p/q) / 2 = (n q + p d) / (2 d q), each surely held.
  const real_interval lo = ratio(n * below_q + below_p * d, 2.0 * d * below_q);
  const real_interval hi = ratio(n * above_q + above_p * d, 2.0 * d * above_q);
  return times(real_interval{lo.lo, hi.hi}, exact_value(1, f.exponent));
}

}  // namespace nevfacts::reader

#endif  // NEVFACTS_CXX20
