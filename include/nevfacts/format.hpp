// nevfacts/format.hpp -- numbers the way a person reads them in a report
//
// Synopsis (namespace nevfacts)
//   std::string format_number(double x);          // "9.495 million", "457,000", "56", "-6.1"
//   std::string format_signed(double x);          // "+6.1", "-0.5"
//   std::string format_interval(real_interval i); // "[9.45 million, 9.55 million]", "at least 60"
//
// Numbers of a million and more take a scale word; smaller ones group thousands with commas.
// Six significant digits are shown, enough for every figure a report states.
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
}  // namespace detail

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

inline std::string format_interval(real_interval i) {
  if (i.is_point()) return format_number(i.lo);
  if (is_infinite(i.hi) && is_infinite(i.lo)) return "any value";
  if (is_infinite(i.hi)) return std::string("at least ").append(format_number(i.lo));
  if (is_infinite(i.lo)) return std::string("at most ").append(format_number(i.hi));
  std::string out = "[";
  return out.append(format_number(i.lo)).append(", ").append(format_number(i.hi)).append("]");
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
