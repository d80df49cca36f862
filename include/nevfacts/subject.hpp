// nevfacts/subject.hpp -- what a figure is about: who (an entity) and what is counted (a segment)
//
// Synopsis (namespace nevfacts)
//   constexpr std::uint64_t hash_text(std::string_view, std::uint64_t seed = ...);  // 8 bytes a
//                            // step, the same value in a constant evaluation and at run time
//   constexpr std::uint64_t hash_mix(std::uint64_t, std::uint64_t);
//   struct entity  { std::string_view id, name; const entity* parent; bool has_parent;
//                    std::uint64_t hash;
//                    constexpr entity(std::string_view id, std::string_view name);
//                    constexpr entity(std::string_view id, std::string_view name,
//                                     const entity& parent);
//                    constexpr bool is(const entity&) const;                  // the same id
//                    constexpr bool within(const entity&) const; };   // Chongqing within China
//   struct segment { std::string_view id, name; std::uint64_t traits; std::uint64_t hash;
//                    constexpr bool is(const segment&) const;                 // the same id
//                    constexpr bool within(const segment&) const; };  // more traits = narrower
//   struct subject { const entity* who; const segment* what;
//                    constexpr bool same_as(subject) const; constexpr bool within(subject) const;
//                    std::string name() const; };                             // "China: chargers"
//   constexpr subject operator/(const entity&, const segment&);               // china / chargers
//
// A segment is a conjunction of traits a data set defines ("public", "fast"): fast public
// chargers {fast, public} lie within public chargers {public}, which lie within all chargers
// {}. Rules use `within` to tell a
// part from its whole and to refuse to compare figures about different things.
//
// Identity is the id, never the address in a constant evaluation: GCC's -fsanitize=undefined
// refuses to compare addresses there. At run time an equal address is a shortcut to "the same".
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/text.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace nevfacts {

inline constexpr std::uint64_t fnv_offset = 14695981039346656037ull;

namespace detail {
inline constexpr std::uint64_t hash_multiplier = 0x9e3779b97f4a7c15ull;

// Up to 8 characters as one little-endian word: what a load from memory gives at run time.
constexpr std::uint64_t little_endian_word(const char* p, std::size_t n) {
  std::uint64_t w = 0;
  for (std::size_t k = 0; k < n; ++k)
    w |= std::uint64_t(static_cast<unsigned char>(p[k])) << (8 * k);
  return w;
}
constexpr std::uint64_t load_word(const char* p) {
  if (__builtin_is_constant_evaluated() || std::endian::native != std::endian::little)
    return little_endian_word(p, 8);
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

}  // namespace detail

// Eight characters a step rather than one: a run-time lookup hashes its id, and every step
// is a multiply in one dependency chain.
constexpr std::uint64_t hash_text(std::string_view text, std::uint64_t seed = fnv_offset) {
  const char* p = text.data();
  const std::size_t n = text.size();
  std::uint64_t h = seed ^ n;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    h = (h ^ detail::load_word(p + i)) * detail::hash_multiplier;
    h ^= h >> 29;
  }
  h = (h ^ detail::little_endian_word(p + i, n - i)) * detail::hash_multiplier;
  return h ^ (h >> 32);
}
constexpr std::uint64_t hash_mix(std::uint64_t a, std::uint64_t b) {
  return (a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2))) * 1099511628211ull;
}

struct entity {
  std::string_view id;
  std::string_view name;
  const entity* parent = this;  // a root is its own parent
  bool has_parent = false;
  std::uint64_t hash = 0;

  constexpr entity(std::string_view id_, std::string_view name_)
      : id(id_), name(name_), hash(hash_text(id_)) {}
  constexpr entity(std::string_view id_, std::string_view name_, const entity& parent_)
      : id(id_), name(name_), parent(&parent_), has_parent(true), hash(hash_text(id_)) {}

  constexpr bool is(const entity& other) const {
    if (!__builtin_is_constant_evaluated() && this == &other) return true;
    return hash == other.hash && detail::same_text(id, other.id);
  }
  constexpr bool within(const entity& other) const {
    const entity* e = this;
    for (; e->has_parent; e = e->parent)
      if (e->is(other)) return true;
    return e->is(other);
  }
};

struct segment {
  std::string_view id;
  std::string_view name;
  std::uint64_t traits = 0;
  std::uint64_t hash = 0;

  constexpr segment(std::string_view id_, std::string_view name_, std::uint64_t traits_)
      : id(id_), name(name_), traits(traits_), hash(hash_text(id_)) {}

  constexpr bool is(const segment& other) const {
    if (!__builtin_is_constant_evaluated() && this == &other) return true;
    return hash == other.hash && detail::same_text(id, other.id);
  }
  constexpr bool within(const segment& other) const {
    return (traits & other.traits) == other.traits;
  }
};

struct subject {
  const entity* who = nullptr;
  const segment* what = nullptr;

  constexpr bool same_as(subject o) const { return who->is(*o.who) && what->is(*o.what); }
  constexpr bool within(subject o) const { return who->within(*o.who) && what->within(*o.what); }
  constexpr std::uint64_t hash() const { return hash_mix(who->hash, what->hash); }
  std::string name() const { return std::string(who->name) + ": " + std::string(what->name); }
  std::string id() const { return std::string(who->id) + "/" + std::string(what->id); }
};

constexpr subject operator/(const entity& who, const segment& what) { return {&who, &what}; }

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
