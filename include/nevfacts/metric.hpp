// nevfacts/metric.hpp -- what is measured, with the kind of value it can hold fixed in its type
//
// Synopsis (namespace nevfacts)
//   struct share_whole { subject of; std::string_view metric_id; bool is_named;  // a share's whole
//                        constexpr bool named() const;
//                        constexpr bool same_as(const share_whole&) const; };
//   template <value_kind Q> constexpr share_whole whole_of(subject, const metric<Q>&);
//   struct change_level { std::string_view metric_id; constexpr bool named() const; };  // changes
//   template <value_kind Q> constexpr change_level change_of(const metric<Q>& level);
//   template <value_kind T> struct metric {
//     std::string_view id, name; std::uint64_t hash;
//     share_whole whole;                  // shares only
//     change_level level;                 // growth, percentage points, direction only
//     constexpr metric(std::string_view id, std::string_view name);
//     constexpr metric(std::string_view id, std::string_view name, share_whole)
//       requires T is share;
//     constexpr metric(std::string_view id, std::string_view name, change_level)
//       requires T is growth, percentage_points or direction;
//   };
//
//   inline constexpr metric<item_count> sales{"sales", "sales"};
//   inline constexpr metric<share> market_share{"market_share", "market share"};
//   // a fact of `sales` can only hold a count: claim(..., sales, ..., "56%") does not compile
//   inline constexpr metric<share> public_share{"public_share", "share of public chargers",
//                                           whole_of(china / public_chargers, sales)};
//   inline constexpr metric<growth> sales_growth{"sales_growth", "sales growth", change_of(sales)};
//
// A share names its whole: 56 % of all sales and 56 % of public-charger sales are different
// figures, and rules compare shares of one whole only (nevfacts/rules.hpp). A share metric made
// without a whole is "of an unnamed whole": it is comparable only with shares of its own metric.
// A change (growth, percentage points, a direction) names the level it is the change of: a
// growth of exports says nothing about sales, and the rules that apply a change to a level
// (check_growth, check_points, check_direction, derive_base, derive_earlier_share) refuse a
// change of another metric, and a change metric that names no level.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/kind.hpp>
#include <nevfacts/subject.hpp>

#include <string_view>

namespace nevfacts {

// What a share is a share of: the subject and the metric of the whole ("sales of public chargers
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

// The metric a change is the change of ("sales" for sales growth); unnamed: empty.
struct change_level {
  std::string_view metric_id{};
  constexpr bool named() const { return !metric_id.empty(); }
};

template <class T>
inline constexpr bool is_change_value =
    std::is_same_v<T, growth> || std::is_same_v<T, percentage_points> ||
    std::is_same_v<T, direction>;

template <value_kind T>
struct metric {
  using value_type = T;
  std::string_view id;
  std::string_view name;
  std::uint64_t hash = 0;
  share_whole whole{};   // shares only: what the share is of
  change_level level{};  // changes only: the metric whose level changes

  constexpr metric(std::string_view id_, std::string_view name_)
      : id(id_), name(name_), hash(hash_text(id_)) {}
  constexpr metric(std::string_view id_, std::string_view name_,
                   share_whole of) requires std::is_same_v<T, share>
      : id(id_), name(name_), hash(hash_text(id_)), whole(of) {}
  constexpr metric(std::string_view id_, std::string_view name_,
                   change_level of) requires is_change_value<T>
      : id(id_), name(name_), hash(hash_text(id_)), level(of) {}
};

template <value_kind Q>
constexpr share_whole whole_of(subject of, const metric<Q>& m) {
  static_assert(
      requires { typename quantity_unit<Q>::type; },
      "nevfacts: a share is a share of an amount (sales, production): the whole's metric must "
      "count "
      "something");
  return {of, m.id, true};
}

template <value_kind Q>
constexpr change_level change_of(const metric<Q>& level) {
  constexpr bool level_is_not_a_change = !is_change_value<Q>;
  static_assert(
      level_is_not_a_change,
      "nevfacts: change_of(level) names the metric whose level changes (sales, a market share), "
      "not another change");
  return {level.id};
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
