// nevfacts/registry.hpp -- many facts of different kinds, looked up in constant time
//
// Synopsis (namespace nevfacts)
//   template <std::size_t N> class registry {
//    public:
//     constexpr explicit registry(const fact (&facts)[N]);   // two facts with one id: error
//     constexpr explicit registry(const std::array<fact, N>&);
//     constexpr std::size_t size() const;  begin(), end(), operator[](i)
//     constexpr const fact* find(std::string_view id) const;
//     template <value_kind T> constexpr std::optional<fact_of<T>>
//       find(const metric<T>&, subject, period) const;         // the first fact of that key
//     constexpr std::size_t next_of_same_key(std::size_t index) const;   // N when none is left
//     template <class Pred> constexpr std::size_t count_if(Pred) const;
//   };
//   template <class... F> constexpr auto make_registry(const F&... facts);  // fact_of<T>s
//   constexpr std::array<fact, N1 + N2 + ...> join(const std::array<fact, N1>&, ...);
//
// Each fact brings the hashes of its id and its key (subject, metric, period), computed when
// the fact itself was made, so building a registry is one pass of integer work and a lookup
// is one probe of an open-addressing table. Measured: 10,000 facts fit the default constexpr
// limits of GCC 12 and Clang 14 (about 64 Clang steps a fact, and about 220 more for each fact
// whose key an earlier fact has: keep that under a fifth of the facts, or split the registry).
// Facts with one key are chained, so sources that report the same figure can be found together.
#pragma once

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/detail/join.hpp>
#include <nevfacts/fact.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace nevfacts {

namespace detail {
constexpr std::size_t table_size_for(std::size_t n) {
  std::size_t size = 2;
  while (size < 2 * n) size *= 2;
  return size;
}
}  // namespace detail

template <std::size_t N>
class registry {
 public:
  static constexpr std::size_t table_size = detail::table_size_for(N);
  static constexpr std::uint32_t empty = 0;  // slots hold index + 1

  constexpr explicit registry(const fact (&facts)[N]) {
    for (std::size_t i = 0; i < N; ++i) facts_[i] = facts[i];
    index_all();
  }
  constexpr explicit registry(const std::array<fact, N>& facts) : facts_(facts) { index_all(); }

  constexpr std::size_t size() const { return N; }
  constexpr const fact* begin() const { return facts_.data(); }
  constexpr const fact* end() const { return facts_.data() + N; }
  constexpr const fact& operator[](std::size_t i) const { return facts_[i]; }

  constexpr const fact* find(std::string_view id) const {
    const std::uint64_t h = hash_text(id);
    for (std::size_t slot = h & (table_size - 1);; slot = (slot + 1) & (table_size - 1)) {
      const std::uint32_t at = id_table_[slot];
      if (at == empty) return nullptr;
      if (facts_[at - 1].id_hash == h && facts_[at - 1].id == id) return &facts_[at - 1];
    }
  }

  template <value_kind T>
  constexpr std::optional<fact_of<T>> find(const metric<T>& m, subject about, period when) const {
    const std::size_t i = first_of_key(key_hash_of(about, m.hash, when), about, m.id, when);
    if (i == N || !facts_[i].template is_kind<T>()) return std::nullopt;
    fact_of<T> typed;
    static_cast<fact&>(typed) = facts_[i];
    return typed;
  }

  constexpr std::size_t index_of_key(subject about, std::string_view metric_id, period when) const {
    return first_of_key(key_hash_of(about, hash_text(metric_id), when), about, metric_id, when);
  }
  constexpr std::size_t next_of_same_key(std::size_t i) const { return next_same_key_[i]; }

  template <class Pred>
  constexpr std::size_t count_if(Pred pred) const {
    std::size_t n = 0;
    for (const fact& f : facts_) n += pred(f) ? 1 : 0;
    return n;
  }

 private:
  constexpr void index_all() {
    for (std::size_t i = 0; i < N; ++i) {
      insert_id(i);
      insert_key(i);
    }
  }

  constexpr void insert_id(std::size_t i) {
    for (std::size_t slot = facts_[i].id_hash & (table_size - 1);; slot = (slot + 1) & (table_size - 1)) {
      const std::uint32_t at = id_table_[slot];
      if (at == empty) {
        id_table_[slot] = std::uint32_t(i + 1);
        return;
      }
      if (facts_[at - 1].id_hash == facts_[i].id_hash && facts_[at - 1].id == facts_[i].id) {
        failure::duplicate_fact_id(facts_[i].id);
        throw_domain_error("nevfacts: two facts share one id");
      }
    }
  }

  // The first fact of a key owns the slot; later ones are chained behind it in order.
  constexpr void insert_key(std::size_t i) {
    next_same_key_[i] = N;
    for (std::size_t slot = facts_[i].key_hash & (table_size - 1);; slot = (slot + 1) & (table_size - 1)) {
      const std::uint32_t at = key_table_[slot];
      if (at == empty) {
        key_table_[slot] = std::uint32_t(i + 1);
        return;
      }
      if (facts_[at - 1].key_hash == facts_[i].key_hash && facts_[at - 1].same_key(facts_[i])) {
        std::size_t last = at - 1;
        while (next_same_key_[last] != N) last = next_same_key_[last];
        next_same_key_[last] = i;
        return;
      }
    }
  }

  constexpr std::size_t first_of_key(std::uint64_t h, subject about, std::string_view metric_id, period when) const {
    for (std::size_t slot = h & (table_size - 1);; slot = (slot + 1) & (table_size - 1)) {
      const std::uint32_t at = key_table_[slot];
      if (at == empty) return N;
      const fact& f = facts_[at - 1];
      if (f.key_hash == h && f.about.same_as(about) && f.metric_id == metric_id && f.when == when) return at - 1;
    }
  }

  std::array<fact, N> facts_{};
  std::array<std::uint32_t, table_size> id_table_{};
  std::array<std::uint32_t, table_size> key_table_{};
  std::array<std::size_t, N> next_same_key_{};
};

template <std::size_t N>
registry(const std::array<fact, N>&) -> registry<N>;

template <class... F>
constexpr auto make_registry(const F&... facts) {
  const fact all[] = {static_cast<const fact&>(facts)...};
  return registry<sizeof...(F)>(all);
}

}  // namespace nevfacts
