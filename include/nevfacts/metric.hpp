// nevfacts/metric.hpp -- what is measured, with the kind of value it can hold fixed in its type
//
// Synopsis (namespace nevfacts)
//   template <value_kind T> struct metric {
//     std::string_view id, name; std::uint64_t hash;
//     constexpr metric(std::string_view id, std::string_view name);
//   };
//
//   inline constexpr metric<vehicle_count> sales{"sales", "sales"};
//   inline constexpr metric<share> market_share{"market_share", "market share"};
//   // a fact of `sales` can only hold vehicles: claim(..., sales, ..., "56%") does not compile
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/kind.hpp>
#include <nevfacts/subject.hpp>

#include <string_view>

namespace nevfacts {

template <value_kind T>
struct metric {
  using value_type = T;
  std::string_view id;
  std::string_view name;
  std::uint64_t hash = 0;

  constexpr metric(std::string_view id_, std::string_view name_) : id(id_), name(name_), hash(hash_text(id_)) {}
};

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
