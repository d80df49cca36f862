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
//   share_of(std::span<const quantity<U>> parts, wholes, std::span<share> out)
//                        -> out[i] = share_of(parts[i], wholes[i]), checked once (vectorises)
//   share + share, points - share, share * share, share * number, growth + points, and
//   comparing a share with points (==, <, ...): do not compile, with a message that says what
//   to write instead.
//
//   static_assert(percent(56) - percent(49.9) == points(6.1)) holds up to rounding; use
//   intervals (nevfacts/reported.hpp) to compare reported figures.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/quantity.hpp>
#include <nevfacts/real_interval.hpp>

#include <bit>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <span>
#include <stdexcept>
#include <type_traits>

namespace nevfacts {

namespace detail {
struct share_maker;
}

template <class Rep = double>
class basic_share {
 public:
  using rep = Rep;
  using points_type = quantity<units::point_unit, Rep>;

  constexpr basic_share() = default;
  static constexpr basic_share from_percent(Rep p) { return basic_share(checked(p)); }
  static constexpr basic_share from_points_above_zero(points_type p) {
    return from_percent(p.value());
  }

  constexpr Rep percent() const { return percent_; }
  constexpr Rep fraction() const { return percent_ / 100.0; }

  friend constexpr bool operator==(const basic_share&, const basic_share&) = default;
  friend constexpr auto operator<=>(const basic_share& a,
                                    const basic_share& b) requires std::is_same_v<Rep, double> {
    return a.percent_ <=> b.percent_;
  }

 private:
  friend struct detail::share_maker;  // the bulk share_of, which checks once for many

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
constexpr quantity<units::point_unit, Rep> operator-(const basic_share<Rep>& a,
                                                     const basic_share<Rep>& b) {
  return quantity<units::point_unit, Rep>::from_value(a.percent() - b.percent());
}
template <class Rep>
constexpr basic_share<Rep> operator+(const basic_share<Rep>& a,
                                     const quantity<units::point_unit, Rep>& d) {
  return basic_share<Rep>::from_percent(a.percent() + d.value());
}
template <class Rep>
constexpr basic_share<Rep> operator+(const quantity<units::point_unit, Rep>& d,
                                     const basic_share<Rep>& a) {
  return a + d;
}
template <class Rep>
constexpr basic_share<Rep> operator-(const basic_share<Rep>& a,
                                     const quantity<units::point_unit, Rep>& d) {
  return basic_share<Rep>::from_percent(a.percent() - d.value());
}

template <class Unit, class Rep>
requires units::known_unit<Unit>
constexpr quantity<Unit, Rep> operator*(const quantity<Unit, Rep>& whole,
                                        const basic_share<Rep>& s) {
  return whole * s.fraction();
}
template <class Unit, class Rep>
requires units::known_unit<Unit>
constexpr quantity<Unit, Rep> operator*(const basic_share<Rep>& s,
                                        const quantity<Unit, Rep>& whole) {
  return whole * s;
}

template <class Unit, class Rep>
constexpr basic_share<Rep> share_of(const quantity<Unit, Rep>& part,
                                    const quantity<Unit, Rep>& whole) {
  return basic_share<Rep>::from_percent(part.value() / whole.value() * 100.0);
}

namespace detail {
inline constexpr std::uint64_t hundred_percent_bits = std::bit_cast<std::uint64_t>(100.0);

// The top bit is set when p is not in [+0, 100]: the bit patterns of +0.0 ... 100.0 ... +NaN
// order like unsigned integers, and every negative (-0.0 too, a false alarm) has it set. So
// OR-ing this over many shares asks "is the largest pattern above 100's?", a max reduction
// that GCC vectorises at -O2, which it does not for a floating-point min/max (that would need
// -ffinite-math-only) nor for a loop that may throw in every iteration.
constexpr std::uint64_t outside_0_to_100(double p) {
  const std::uint64_t bits = std::bit_cast<std::uint64_t>(p);
  return (hundred_percent_bits - bits) | bits;
}

struct share_maker {
  // __restrict: out cannot overlap the quantities (another type), and GCC vectorises at -O2
  // only what needs no run-time overlap test.
  template <class Unit>
  static constexpr std::uint64_t divide(const quantity<Unit>* __restrict part,
                                        const quantity<Unit>* __restrict whole,
                                        basic_share<double>* __restrict out, std::size_t n) {
    std::uint64_t outside = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const double p = part[i].value() / whole[i].value() * 100.0;
      outside |= outside_0_to_100(p);
      out[i] = basic_share<double>(p);
    }
    return outside;
  }

  // After a possible alarm: the exact check of the scalar form, with its failure, for the
  // first share outside. No share outside 0 % to 100 % is left behind.
  static constexpr void check(std::span<basic_share<double>> out) {
    for (const basic_share<double>& s : out)
      if (!(0.0 <= s.percent_ && s.percent_ <= 100.0)) {
        const double bad = s.percent_;
        for (basic_share<double>& t : out) t = basic_share<double>();
        basic_share<double>::checked(bad);
      }
  }
};
}  // namespace detail

// out[i] = share_of(parts[i], wholes[i]) for every i, failing as that would on the first share
// outside 0 % to 100 %, but checked once after all the divisions, so that the loop has no exit
// and vectorises. Failure leaves out all 0 %.
template <class Unit>
constexpr void share_of(std::span<const quantity<Unit>> parts,
                        std::type_identity_t<std::span<const quantity<Unit>>> wholes,
                        std::span<share> out) {
  if (wholes.size() != parts.size() || out.size() != parts.size())
    throw std::invalid_argument("nevfacts: share_of needs as many wholes and shares as parts");
  // GCC vectorises at -O2 only a loop with no remainder: whole blocks of 8, then the rest.
  const std::size_t n = parts.size(), blocks = n & ~std::size_t(7);
  const std::uint64_t outside =
      detail::share_maker::divide(parts.data(), wholes.data(), out.data(), blocks) |
      detail::share_maker::divide(parts.data() + blocks, wholes.data() + blocks,
                                  out.data() + blocks, n - blocks);
  if (outside >> 63) detail::share_maker::check(out);
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
constexpr basic_share<Rep> operator-(const quantity<units::point_unit, Rep>&,
                                     const basic_share<Rep>&) {
  static_assert(
      dependent_false<T>,
      "nevfacts: percentage points - share is meaningless; write share - percentage points");
  return {};
}
template <class Rep, class T = void>
constexpr basic_share<Rep> operator*(const basic_share<Rep>&, const basic_share<Rep>&) {
  static_assert(
      dependent_false<T>,
      "nevfacts: share * share is meaningless here; apply a share to a quantity (whole * share)");
  return {};
}

template <class Rep, class T = void>
constexpr basic_share<Rep> operator*(const basic_share<Rep>&, double) {
  static_assert(dependent_false<T>,
                "nevfacts: share * number is meaningless; apply a share to a quantity (whole * "
                "share), or add "
                "percentage points to it");
  return {};
}

// A share is a level, percentage points a change: neither is more or less than the other.
template <class T>
constexpr void reject_share_against_points() {
  static_assert(dependent_false<T>,
                "nevfacts: a share (a level) cannot be compared with percentage points (a change); "
                "subtract two "
                "shares to get points, or add points to a share");
}
#define NEVFACTS_REJECT_SHARE_POINTS(op)                                                         \
  template <class Rep, class T = void>                                                           \
  constexpr bool operator op(const basic_share<Rep>&, const quantity<units::point_unit, Rep>&) { \
    reject_share_against_points<T>();                                                            \
    return false;                                                                                \
  }                                                                                              \
  template <class Rep, class T = void>                                                           \
  constexpr bool operator op(const quantity<units::point_unit, Rep>&, const basic_share<Rep>&) { \
    reject_share_against_points<T>();                                                            \
    return false;                                                                                \
  }
NEVFACTS_REJECT_SHARE_POINTS(==)
NEVFACTS_REJECT_SHARE_POINTS(!=)
NEVFACTS_REJECT_SHARE_POINTS(<)
NEVFACTS_REJECT_SHARE_POINTS(<=)
NEVFACTS_REJECT_SHARE_POINTS(>)
NEVFACTS_REJECT_SHARE_POINTS(>=)
#undef NEVFACTS_REJECT_SHARE_POINTS

inline std::ostream& operator<<(std::ostream& out, const share& s) {
  return out << format_number(s.percent()) << " %";
}
inline std::ostream& operator<<(std::ostream& out, const basic_share<real_interval>& s) {
  return out << format_interval(s.percent()) << " %";
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
