// nevfacts/delta.hpp -- an absolute change of a level between two periods, in the level's unit
//
// Synopsis (namespace nevfacts)
//   template <class Level> class delta {       // Level: a quantity (a count, an amount)
//    public:
//     static constexpr delta of(Level amount);   // "up 300,000 units": +300,000 of the unit
//     constexpr Level amount() const;            // signed
//   };
//   constexpr delta<L> change_between(L later, L earlier);   // later - earlier
//   L + delta<L> -> L;  L - delta<L> -> L;  delta<L> + delta<L> -> delta<L>;  -delta<L>
//
//   static_assert((100.0 * units::items + delta<item_count>{}).value() == 100.0);
//
// Beside growth (a ratio of two periods, nevfacts/growth.hpp) and percentage points (a
// difference of two shares, share.hpp), a delta is a difference of two levels, in their own
// unit: "a net increase of 2.84 million charging piles". A delta is not a level (it may be
// negative, and a level plus a level is another level), so the two do not mix: a level's words
// are refused for a delta ("300,000 units" says no direction) and a delta's for a level.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/quantity.hpp>

#include <type_traits>

namespace nevfacts {

template <class Level>
class delta {
 public:
  using level_type = Level;
  constexpr delta() = default;
  static constexpr delta of(Level amount) { return delta(amount); }
  constexpr Level amount() const { return amount_; }

  friend constexpr bool operator==(const delta&, const delta&) = default;
  friend constexpr Level operator+(Level level, const delta& d) { return level + d.amount_; }
  friend constexpr Level operator-(Level level, const delta& d) { return level - d.amount_; }
  friend constexpr delta operator+(const delta& a, const delta& b) {
    return delta(a.amount_ + b.amount_);
  }
  friend constexpr delta operator-(const delta& d) { return delta(-d.amount_); }

 private:
  constexpr explicit delta(Level amount) : amount_(amount) {}
  Level amount_{};
};

template <class Level>
constexpr delta<Level> change_between(Level later, Level earlier) {
  return delta<Level>::of(later - earlier);
}

template <class T>
inline constexpr bool is_delta = false;
template <class Level>
inline constexpr bool is_delta<delta<Level>> = true;

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
