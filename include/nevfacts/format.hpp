// nevfacts/format.hpp -- numbers the way a person reads them in a report
//
// Synopsis (namespace nevfacts)
//   std::string format_number(double x);          // "9.495 million", "457,000", "56", "-6.1"
//   std::string format_signed(double x);          // "+6.1", "-0.5"
//   std::string format_interval(real_interval i); // "[9.45 million, 9.55 million]", "at least 60"
//   std::string format_interval(real_interval i, bool whole_numbers);   // no decimals if true
//   int rounding_exponent(real_interval i, bool whole_numbers);  // the ends' last digit: 10^e
//   std::string format_lower_end(double x, int e), format_upper_end(double x, int e);
//                                                 // x rounded outward to a multiple of 10^e
//
// Numbers of a million and more take a scale word; smaller ones group thousands with commas.
// A number alone (and a point interval) shows six significant digits, enough for every figure a
// report states. An interval's ends show no more digits than its width justifies: they are
// rounded outward to two significant digits of the width ([11.7563 million, 11.7666 million]
// prints [11.756 million, 11.767 million]), an end beside an open one to three significant
// digits ("at least 145.565" prints "at least 145"). Rounding outward keeps the printed interval
// around the computed one, except that an end at most 16 ulps past a decimal prints as that
// decimal: the arithmetic widens every result by an ulp, so 24.04999999999999 is the words' 24.05.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/real_interval.hpp>
#include <nevfacts/scale.hpp>

#include <cmath>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace nevfacts {

// Every text here is built by appending to one string: GCC 12 at -O3 reports a false
// -Wrestrict on `"literal" + std::string` (its string::insert), in our builds and in users'.
namespace detail {
inline std::string significant(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", x);
  return buffer;
}

// Below a million: six significant digits, thousands grouped ("12,345.5", "457,000").
inline std::string grouped(double x) {
  const double magnitude = std::fabs(x);
  int whole_digits = 1;
  for (double p = 10.0; p <= magnitude && whole_digits < 7; p *= 10.0) ++whole_digits;
  char digits[40];
  std::snprintf(digits, sizeof digits, "%.*f", whole_digits >= 6 ? 0 : 6 - whole_digits, magnitude);
  std::string_view text = digits;
  if (text.find('.') != std::string_view::npos) {
    text = text.substr(0, text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.remove_suffix(1);
  }
  const std::size_t point = std::min(text.find('.'), text.size());
  std::string out;
  if (x < 0 && text != "0") out += '-';
  for (std::size_t i = 0; i < point; ++i) {
    if (i > 0 && (point - i) % 3 == 0) out += ',';
    out += text[i];
  }
  out.append(text.substr(point));
  return out;
}

// Rounded to six significant digits first, so that 999,999,999 reads "1 billion".
inline double to_six_digits(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", x);
  return std::strtod(buffer, nullptr);
}

// An end k x 10^e, written exactly: "9.45 million", "34,400", "7.2641", "-20".
inline std::string decimal_text(long long k, int e) {
  const unsigned long long magnitude =
      k < 0 ? 0ull - static_cast<unsigned long long>(k) : static_cast<unsigned long long>(k);
  std::string digits = std::to_string(magnitude);
  const int lead = magnitude == 0 ? 0 : int(digits.size()) - 1 + e;  // 10^lead: leading digit
  const int scale = lead >= 12 ? 12 : lead >= 9 ? 9 : lead >= 6 ? 6 : 0;
  const int point = e - scale;  // the digits are units of 10^point once scaled
  std::string whole, fraction;
  if (point >= 0) {
    whole = magnitude == 0 ? "0" : digits.append(std::size_t(point), '0');
  } else {
    const std::size_t decimals = std::size_t(-point);
    if (digits.size() <= decimals) digits.insert(0, decimals - digits.size() + 1, '0');
    whole = digits.substr(0, digits.size() - decimals);
    fraction = digits.substr(digits.size() - decimals);
    fraction.erase(fraction.find_last_not_of('0') + 1);
  }
  std::string out = k < 0 ? "-" : "";
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (scale == 0 && i > 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  if (!fraction.empty()) out.append(".").append(fraction);
  if (scale == 12)
    out.append(" trillion");
  else if (scale == 9)
    out.append(" billion");
  else if (scale == 6)
    out.append(" million");
  return out;
}

// k x 10^e as the double nearest to it (strtod is exact to the nearest).
inline double decimal_value(long long k, int e) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%lldE%d", k, e);
  return std::strtod(buffer, nullptr);
}

// An end this close past a decimal is that decimal: each operation of a chain (a parse, a
// product, a quotient) widened it by an ulp.
inline constexpr int ulps_of_widening = 16;

// The largest k with k x 10^e <= x (give or take ulps_of_widening). strtod rounds monotonically,
// so decimal_value(k, e) <= y implies k x 10^e <= y plus half an ulp.
inline long long floor_multiple(double x, int e) {
  double tolerated = x;
  for (int i = 0; i < ulps_of_widening; ++i) tolerated = next_up(tolerated);
  long long k = static_cast<long long>(std::floor(x / std::pow(10.0, e))) + 1;
  while (decimal_value(k, e) > tolerated) --k;
  return k;
}

// Ends are whole multiples of 10^e with at most 15 digits, so that k fits and stays exact; and
// 10^e is a normal double (a subnormal end, 1e-320, would make x / 10^e overflow k).
inline int usable_exponent(double x, int e) {
  const int lead = x == 0.0 ? 0 : int(std::floor(std::log10(std::fabs(x))));
  return std::max({e, lead - 14, -300});
}
}  // namespace detail

inline std::string format_lower_end(double x, int e) {
  if (is_infinite(x)) return x > 0 ? "inf" : "-inf";
  e = detail::usable_exponent(x, e);
  return detail::decimal_text(detail::floor_multiple(x, e), e);
}

inline std::string format_upper_end(double x, int e) {
  if (is_infinite(x)) return x > 0 ? "inf" : "-inf";
  e = detail::usable_exponent(x, e);
  return detail::decimal_text(-detail::floor_multiple(-x, e), e);
}

inline int rounding_exponent(real_interval i, bool whole_numbers) {
  int e = 0;
  if (i.is_bounded() && i.width() > 0) {
    e = int(std::floor(std::log10(i.width()))) - 1;
  } else {
    const double end = is_infinite(i.lo) ? i.hi : i.lo;
    e = end == 0.0 || is_infinite(end) ? 0 : int(std::floor(std::log10(std::fabs(end)))) - 2;
  }
  return whole_numbers ? std::max(e, 0) : e;
}

inline std::string format_number(double x) {
  if (is_infinite(x)) return x > 0 ? "inf" : "-inf";
  x = detail::to_six_digits(x);
  const double magnitude = std::fabs(x);
  if (magnitude >= trillion) return detail::significant(x / trillion).append(" trillion");
  if (magnitude >= billion) return detail::significant(x / billion).append(" billion");
  if (magnitude >= million) return detail::significant(x / million).append(" million");
  return detail::grouped(x);
}

inline std::string format_signed(double x) {
  std::string out = x > 0 ? "+" : "";
  return out.append(format_number(x));
}

inline std::string format_interval(real_interval i, bool whole_numbers) {
  if (i.is_point()) return format_number(i.lo);
  if (is_infinite(i.hi) && is_infinite(i.lo)) return "any value";
  const int e = rounding_exponent(i, whole_numbers);
  if (is_infinite(i.hi)) return std::string("at least ").append(format_lower_end(i.lo, e));
  if (is_infinite(i.lo)) return std::string("at most ").append(format_upper_end(i.hi, e));
  std::string out = "[";
  return out.append(format_lower_end(i.lo, e))
      .append(", ")
      .append(format_upper_end(i.hi, e))
      .append("]");
}

inline std::string format_interval(real_interval i) { return format_interval(i, false); }

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
