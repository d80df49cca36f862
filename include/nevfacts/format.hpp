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

#include <nevfacts/real_interval.hpp>
#include <nevfacts/scale.hpp>

#include <cmath>
#include <cstdio>
#include <string>

namespace nevfacts {

namespace detail {
inline std::string significant(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", x);
  return buffer;
}

inline std::string grouped(double x) {
  std::string digits = significant(std::fabs(x));
  if (digits.find_first_of(".e") != std::string::npos) return (x < 0 ? "-" : "") + digits;
  for (auto at = static_cast<long>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
  return (x < 0 ? "-" : "") + digits;
}
}  // namespace detail

inline std::string format_number(double x) {
  if (is_infinite(x)) return x > 0 ? "inf" : "-inf";
  const double magnitude = std::fabs(x);
  if (magnitude >= trillion) return detail::significant(x / trillion) + " trillion";
  if (magnitude >= billion) return detail::significant(x / billion) + " billion";
  if (magnitude >= million) return detail::significant(x / million) + " million";
  return detail::grouped(x);
}

inline std::string format_signed(double x) { return (x > 0 ? "+" : "") + format_number(x); }

inline std::string format_interval(real_interval i) {
  if (i.is_point()) return format_number(i.lo);
  if (is_infinite(i.hi) && is_infinite(i.lo)) return "any value";
  if (is_infinite(i.hi)) return "at least " + format_number(i.lo);
  if (is_infinite(i.lo)) return "at most " + format_number(i.hi);
  return "[" + format_number(i.lo) + ", " + format_number(i.hi) + "]";
}

}  // namespace nevfacts
