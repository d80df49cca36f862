// nevfacts/share.hpp -- shares (levels) and percentage points (differences of shares)
//
// Synopsis (namespace nevfacts)
//   template <class Rep = double> class basic_share;   // a part of a whole, 0 % to 100 %
//   using share = basic_share<double>;
//   constexpr share percent(double p);                 // 56 % as a share
//   percentage_points (nevfacts/quantity.hpp), points(double)
//
//   share - share        -> percentage_points   (change of a level)
//   share +/- points     -> share
//   quantity * share     -> quantity            (the part of a whole)
//   share_of(part, whole)-> share
//   share + share, points - share, share * share, growth + points: do not compile, with a
//   message that says what to write instead.
//
//   static_assert(percent(56) - percent(49.9) == points(6.1)) holds up to rounding; use
//   intervals (nevfacts/reported.hpp) to compare reported figures.
#pragma once

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/quantity.hpp>
#include <nevfacts/real_interval.hpp>

#include <compare>
#include <ostream>

namespace nevfacts {

template <class Rep = double>
class basic_share {
 public:
  using rep = Rep;
  using points_type = quantity<units::point_unit, Rep>;

  constexpr basic_share() = default;
  static constexpr basic_share from_percent(Rep p) { return basic_share(checked(p)); }
  static constexpr basic_share from_points_above_zero(points_type p) { return from_percent(p.value()); }

  constexpr Rep percent() const { return percent_; }
  constexpr Rep fraction() const { return percent_ / 100.0; }

  friend constexpr bool operator==(const basic_share&, const basic_share&) = default;
  friend constexpr auto operator<=>(const basic_share& a, const basic_share& b)
    requires std::is_same_v<Rep, double>
  { return a.percent_ <=> b.percent_; }

 private:
  constexpr explicit basic_share(Rep p) : percent_(p) {}

  static constexpr double checked(double p) {
    if (!(0.0 <= p && p <= 100.0)) {
      failure::share_outside_0_to_100_percent(p);
      throw_domain_error("nevfacts: a share must lie between 0 % and 100 %");
    }
    return p;
  }
  // An interval share keeps only what a share can be; outward rounding may have pushed a
  // bound just past 0 % or 100 %.
  static constexpr real_interval checked(real_interval p) {
    const real_interval within = intersect(p, {0.0, 100.0});
    if (within.lo > within.hi) {
      failure::share_outside_0_to_100_percent(p.lo);
      throw_domain_error("nevfacts: a share must lie between 0 % and 100 %");
    }
    return within;
  }

  Rep percent_{};
};

using share = basic_share<double>;

constexpr share percent(double p) { return share::from_percent(p); }

template <class Rep>
constexpr quantity<units::point_unit, Rep> operator-(const basic_share<Rep>& a, const basic_share<Rep>& b) {
  return quantity<units::point_unit, Rep>::from_value(a.percent() - b.percent());
}
template <class Rep>
constexpr basic_share<Rep> operator+(const basic_share<Rep>& a, const quantity<units::point_unit, Rep>& d) {
  return basic_share<Rep>::from_percent(a.percent() + d.value());
}
template <class Rep>
constexpr basic_share<Rep> operator+(const quantity<units::point_unit, Rep>& d, const basic_share<Rep>& a) {
  return a + d;
}
template <class Rep>
constexpr basic_share<Rep> operator-(const basic_share<Rep>& a, const quantity<units::point_unit, Rep>& d) {
  return basic_share<Rep>::from_percent(a.percent() - d.value());
}

template <class Unit, class Rep>
  requires units::known_unit<Unit>
constexpr quantity<Unit, Rep> operator*(const quantity<Unit, Rep>& whole, const basic_share<Rep>& s) {
  return whole * s.fraction();
}
template <class Unit, class Rep>
  requires units::known_unit<Unit>
constexpr quantity<Unit, Rep> operator*(const basic_share<Rep>& s, const quantity<Unit, Rep>& whole) {
  return whole * s;
}

template <class Unit, class Rep>
constexpr basic_share<Rep> share_of(const quantity<Unit, Rep>& part, const quantity<Unit, Rep>& whole) {
  return basic_share<Rep>::from_percent(part.value() / whole.value() * 100.0);
}

// What does not make sense, said in words.
template <class Rep, class T = void>
constexpr basic_share<Rep> operator+(const basic_share<Rep>&, const basic_share<Rep>&) {
  static_assert(dependent_false<T>,
                "nevfacts: share + share is meaningless; a share is a level. Subtract two shares "
                "to get percentage points, or add percentage points to a share");
  return {};
}
template <class Rep, class T = void>
constexpr basic_share<Rep> operator-(const quantity<units::point_unit, Rep>&, const basic_share<Rep>&) {
  static_assert(dependent_false<T>,
                "nevfacts: percentage points - share is meaningless; write share - percentage points");
  return {};
}
template <class Rep, class T = void>
constexpr basic_share<Rep> operator*(const basic_share<Rep>&, const basic_share<Rep>&) {
  static_assert(dependent_false<T>,
                "nevfacts: share * share is meaningless here; apply a share to a quantity (whole * share)");
  return {};
}

inline std::ostream& operator<<(std::ostream& out, const share& s) {
  return out << format_number(s.percent()) << " %";
}
inline std::ostream& operator<<(std::ostream& out, const basic_share<real_interval>& s) {
  return out << format_interval(s.percent()) << " %";
}

}  // namespace nevfacts
