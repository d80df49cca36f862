// nevfacts/subject.hpp -- what a figure is about: who (an entity) and what is counted (a segment)
//
// Synopsis (namespace nevfacts)
//   constexpr std::uint64_t hash_text(std::string_view, std::uint64_t seed = ...);   // FNV-1a
//   struct entity  { std::string_view id, name; const entity* parent; std::uint64_t hash;
//                    constexpr entity(std::string_view id, std::string_view name, const entity* parent = nullptr);
//                    constexpr bool within(const entity&) const; };           // Chongqing within China
//   struct segment { std::string_view id, name; std::uint64_t traits; std::uint64_t hash;
//                    constexpr bool within(const segment&) const; };          // more traits = narrower
//   struct subject { const entity* who; const segment* what;
//                    constexpr bool same_as(subject) const; constexpr bool within(subject) const;
//                    std::string name() const; };                             // "China: NEVs"
//   constexpr subject operator/(const entity&, const segment&);               // china / nev
//
// A segment is a conjunction of traits a data set defines ("passenger", "new energy",
// "Chinese brand"): Chinese-brand passenger cars {passenger, chinese_brand} lie within
// passenger cars {passenger}, which lie within all vehicles {}. Rules use `within` to tell a
// part from its whole and to refuse to compare figures about different things.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace nevfacts {

inline constexpr std::uint64_t fnv_offset = 14695981039346656037ull;

constexpr std::uint64_t hash_text(std::string_view text, std::uint64_t seed = fnv_offset) {
  std::uint64_t h = seed;
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}
constexpr std::uint64_t hash_mix(std::uint64_t a, std::uint64_t b) {
  return (a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2))) * 1099511628211ull;
}

struct entity {
  std::string_view id;
  std::string_view name;
  const entity* parent = nullptr;
  std::uint64_t hash = 0;

  constexpr entity(std::string_view id_, std::string_view name_, const entity* parent_ = nullptr)
      : id(id_), name(name_), parent(parent_), hash(hash_text(id_)) {}

  constexpr bool within(const entity& other) const {
    for (const entity* e = this; e != nullptr; e = e->parent)
      if (e == &other) return true;
    return false;
  }
};

struct segment {
  std::string_view id;
  std::string_view name;
  std::uint64_t traits = 0;
  std::uint64_t hash = 0;

  constexpr segment(std::string_view id_, std::string_view name_, std::uint64_t traits_)
      : id(id_), name(name_), traits(traits_), hash(hash_text(id_)) {}

  constexpr bool within(const segment& other) const { return (traits & other.traits) == other.traits; }
};

struct subject {
  const entity* who = nullptr;
  const segment* what = nullptr;

  constexpr bool same_as(subject o) const { return who == o.who && what == o.what; }
  constexpr bool within(subject o) const { return who->within(*o.who) && what->within(*o.what); }
  constexpr std::uint64_t hash() const { return hash_mix(who->hash, what->hash); }
  std::string name() const { return std::string(who->name) + ": " + std::string(what->name); }
  std::string id() const { return std::string(who->id) + "/" + std::string(what->id); }
};

constexpr subject operator/(const entity& who, const segment& what) { return {&who, &what}; }

}  // namespace nevfacts
