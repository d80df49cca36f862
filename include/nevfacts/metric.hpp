// nevfacts/metric.hpp -- what is measured, with the kind of value it can hold fixed in its type
//
// Synopsis (namespace nevfacts)
//   struct share_whole { subject of; std::string_view metric_id; bool is_named;   // what a share is of
//                        constexpr bool named() const; constexpr bool same_as(const share_whole&) const; };
//   template <value_kind Q> constexpr share_whole whole_of(subject, const metric<Q>&);
//   template <value_kind T> struct metric {
//     std::string_view id, name; std::uint64_t hash; share_whole whole;   // whole: shares only
//     constexpr metric(std::string_view id, std::string_view name);
//     constexpr metric(std::string_view id, std::string_view name, share_whole) requires T is share;
//   };
//
//   inline constexpr metric<vehicle_count> sales{"sales", "sales"};
//   inline constexpr metric<share> market_share{"market_share", "market share"};
//   // a fact of `sales` can only hold vehicles: claim(..., sales, ..., "56%") does not compile
//   inline constexpr metric<share> pc_share{"pc_share", "share of passenger-car sales",
//                                           whole_of(china / passenger_cars, sales)};
//
// A share names its whole: 56 % of passenger-car sales and 56 % of NEV sales are different
// figures, and rules compare shares of one whole only (nevfacts/rules.hpp). A share metric made
// without a whole is "of an unnamed whole": it is comparable only with shares of its own metric.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/kind.hpp>
#include <nevfacts/subject.hpp>

#include <string_view>

namespace nevfacts {

// What a share is a share of: the subject and the metric of the whole ("sales of passenger cars
// in China"). A flag, not a null test, says whether it is named: GCC's -fsanitize=undefined
// refuses pointer-to-null comparisons in constant expressions.
struct share_whole {
  subject of{};
  std::string_view metric_id{};
  bool is_named = false;

  constexpr bool named() const { return is_named; }
  constexpr bool same_as(const share_whole& o) const {
    if (named() != o.named()) return false;
    return !named() || (of.same_as(o.of) && detail::same_text(metric_id, o.metric_id));
  }
};

template <value_kind T>
struct metric {
  using value_type = T;
  std::string_view id;
  std::string_view name;
  std::uint64_t hash = 0;
  share_whole whole{};  // shares only: what the share is of

  constexpr metric(std::string_view id_, std::string_view name_) : id(id_), name(name_), hash(hash_text(id_)) {}
  constexpr metric(std::string_view id_, std::string_view name_, share_whole of)
    requires std::is_same_v<T, share>
      : id(id_), name(name_), hash(hash_text(id_)), whole(of) {}
};

template <value_kind Q>
constexpr share_whole whole_of(subject of, const metric<Q>& m) {
  static_assert(requires { typename quantity_unit<Q>::type; },
                "nevfacts: a share is a share of an amount (sales, production): the whole's metric must count "
                "something");
  return {of, m.id, true};
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
