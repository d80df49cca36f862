// nevfacts/reader/interval.hpp -- the one place a reading becomes an interval
//
// Synopsis (namespace nevfacts::reader)
//   struct kind_reading { bool relative_change; bool whole_numbers; };   // what the kind is
//   constexpr real_interval interval_of(const reading&, kind_reading);
//   constexpr double stated_of(const reading&, kind_reading);       // the number as written
//   constexpr double last_place_of(const reading&, kind_reading);   // its last digit's unit
//   constexpr real_interval widen_as_stated(real_interval point, statement, double place);
//   constexpr bool whole_count(const reading&);   // "40 companies": a count, exact
//
// What the words promise (README.md, "What the words mean"): a figure is rounded to its last
// digit, half a unit each side ("9.5 million" [9.45, 9.55] million); a percentage to the unit at
// least ("30 percent" [29.5, 30.5]); "about" one unit each side, "nearly" [x - unit, x], "just
// over" [x, x + unit]; bounds are open on one side; a range is the hull of both ends rounded;
// "thousands of" is 2,000 to 9,999; a fraction word the band nevfacts/reader/value.hpp gives;
// "doubled" x2 rounded to the unit ([1.5, 2.5]), which for a relative change is +50 % to +150 %;
// "1.6 times" (a change) +160 %; basis points are hundredths of a point. A whole number below
// 1,000 with no scale word, unit or qualifier, of a kind of whole numbers, counts exactly.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/reader/reading.hpp>
#include <nevfacts/reader/value.hpp>

namespace nevfacts::reader {

struct kind_reading {
  bool relative_change = false;  // growth: "doubled" is +100 %, not x2
  bool whole_numbers = false;    // counts: "40 companies" is exactly 40
};

constexpr real_interval widen_as_stated(real_interval point, statement how, double place) {
  const double half = place / 2.0;
  switch (how) {
    case statement::exact:
      return point;
    case statement::rounded:
    case statement::between:
      return point + real_interval{-half, half};
    case statement::about:
      return point + real_interval{-place, place};
    case statement::nearly:
      return point + real_interval{-place, 0.0};
    case statement::just_over:
      return point + real_interval{0.0, place};
    case statement::more_than:
    case statement::at_least:
      return real_interval::at_least(point.lo);
    case statement::less_than:
    case statement::at_most:
      return real_interval::at_most(point.hi);
  }
  return point;
}

constexpr bool is_bound(statement s) {
  return s == statement::more_than || s == statement::at_least || s == statement::less_than ||
         s == statement::at_most;
}

constexpr bool whole_count(const reading& r) {
  const figure_number& f = r.number;
  return f.whole && !r.range && !r.vague && f.denominator == 0 && r.unit == phrase_unit::none &&
         r.how == statement::rounded && r.shared == statement::rounded && f.exponent == 0 &&
         f.mantissa < 1000;
}

namespace detail {

// The unit of the figure's last significant digit: a percentage is rounded to the unit at least.
constexpr double place_of(const figure_number& f, bool percentage) {
  return power_of_ten((percentage && f.place > 0) ? 0 : f.place);
}

// "a third": its band; "more than half": the fraction itself is the bound. In per cent for a
// share ("half" of a whole), as it is for a scale ("half a million").
constexpr real_interval fraction_interval(const reading& r) {
  const real_interval scale = real_interval::point(r.unit == phrase_unit::percent ? 100.0 : 1.0);
  const real_interval exact = times(value_of(r.number), scale);
  if (r.how == statement::exact || is_bound(r.how)) return widen_as_stated(exact, r.how, 0.0);
  const real_interval band = times(fraction_band(r.number), scale);
  if (r.how == statement::nearly) return {band.lo, exact.hi};
  if (r.how == statement::just_over) return {exact.lo, band.hi};
  return band;  // as written, "about"
}

constexpr real_interval unsigned_interval(const reading& r, bool percentage) {
  if (r.vague) return {2.0 * power_of_ten(r.vague_lo), power_of_ten(r.vague_hi + 1) - 1.0};
  if (r.number.denominator != 0) return fraction_interval(r);
  const statement how = r.how;
  const double place = place_of(r.number, percentage);
  real_interval first = widen_as_stated(value_of(r.number), how, place);
  if (r.shared != statement::rounded)  // "surpassing 1.09 million units in Europe": both readings
    first = hull(first, widen_as_stated(value_of(r.number), r.shared, place));
  if (!r.range) return first;
  const real_interval last =
      widen_as_stated(value_of(r.upper), statement::rounded, place_of(r.upper, percentage));
  return {first.lo, last.hi};
}

}  // namespace detail

namespace detail {
// The figure in the kind's units: "1.6 times" (a change) is +160 %, 25 basis points 0.25 points,
// "doubled" x2 or, as a relative change, +100 %.
constexpr real_interval in_kind_units(real_interval v, phrase_unit u, kind_reading kind) {
  switch (u) {
    case phrase_unit::times:
      return v * 100.0;
    case phrase_unit::basis_points:
      return v / 100.0;
    case phrase_unit::multiplied:
    case phrase_unit::times_as_many:
      return kind.relative_change ? (v - 1.0) * 100.0 : v;
    default:
      return v;
  }
}
constexpr bool is_percentage(phrase_unit u) {
  return u == phrase_unit::percent || u == phrase_unit::points || u == phrase_unit::basis_points;
}
}  // namespace detail

constexpr real_interval interval_of(const reading& r, kind_reading kind) {
  real_interval v = detail::unsigned_interval(r, detail::is_percentage(r.unit));
  if (kind.whole_numbers && whole_count(r)) v = real_interval::point(value_of(r.number).lo);
  if (r.sign != 0 && v.lo < 0.0 && v.hi >= 0.0)  // "an increase of up to 5%": 0 to 5, a rise
    v.lo = 0.0;
  return detail::in_kind_units(r.sign < 0 ? -v : v, r.unit, kind);
}

// The number as written (a range's middle, a fraction's value), signed, in the kind's units.
constexpr double stated_of(const reading& r, kind_reading kind) {
  double x = value_of(r.number).mid();
  if (r.vague) x = 2.0 * power_of_ten(r.vague_lo);
  if (r.number.denominator != 0 && r.unit == phrase_unit::percent) x *= 100.0;
  if (r.range) x = detail::unsigned_interval(r, detail::is_percentage(r.unit)).mid();
  return detail::in_kind_units(real_interval::point(r.sign < 0 ? -x : x), r.unit, kind).mid();
}

// The unit of the figure's last digit, in the kind's units (0: a fraction word, no digit).
constexpr double last_place_of(const reading& r, kind_reading kind) {
  if (r.number.denominator != 0) return 0.0;
  const double place = r.vague ? power_of_ten(r.vague_lo)
                               : detail::place_of(r.number, detail::is_percentage(r.unit));
  const bool percent_change = r.unit == phrase_unit::times ||
                              (kind.relative_change && (r.unit == phrase_unit::multiplied ||
                                                        r.unit == phrase_unit::times_as_many));
  if (percent_change) return place * 100.0;
  return r.unit == phrase_unit::basis_points ? place / 100.0 : place;
}

}  // namespace nevfacts::reader

#endif  // NEVFACTS_CXX20
