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
//       find(const metric<T>&, subject, period, status wanted = status::actual) const;
//                                              // the first fact of that key with that status
//     constexpr key_range facts_of_key(subject, std::string_view metric_id, period) const;
//                                              // every fact of the key, in registry order
//     constexpr std::size_t next_of_same_key(std::size_t index) const;   // N when none is left
//     template <class Pred> constexpr std::size_t count_if(Pred) const;
//   };
//   template <class... F> constexpr auto make_registry(const F&... facts);  // fact_of<T>s
//   constexpr std::array<fact, N1 + N2 + ...> join(const std::array<fact, N1>&, ...);
//
// Each fact brings the hashes of its id and its key (subject, metric, period), computed when
// the fact itself was made, so building a registry is one pass of integer work and a lookup
// is one probe of an open-addressing table. The whole registry is built in one constant
// evaluation, so Clang's limit of 1,048,576 steps bounds its size. Measured with Clang 14 on
// bench/gen_registry.py's facts: about 13 steps a fact, and about 100 more for each fact whose
// key an earlier fact has (its ids are compared character by character): 30,000 facts of which
// 11 % restate a key take about 740,000. With half of them restating keys, split at ~16,000.
// (GCC 12's limits are further off: 262,144 iterations of one loop.)
// Facts with one key are chained, so sources that report the same figure can be found together.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/detail/join.hpp>
#include <nevfacts/fact.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

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

  constexpr explicit registry(const fact (&facts)[N])
      : registry(facts, std::make_index_sequence<N>()) {}
  constexpr explicit registry(const std::array<fact, N>& facts)
      : registry(facts.data(), std::make_index_sequence<N>()) {}

  constexpr std::size_t size() const { return N; }
  constexpr const fact* begin() const { return facts_; }
  constexpr const fact* end() const { return facts_ + N; }
  constexpr const fact& operator[](std::size_t i) const { return facts_[i]; }

  constexpr const fact* find(std::string_view id) const {
    const std::uint64_t h = hash_text(id);
    for (std::size_t slot = h & mask;; slot = (slot + 1) & mask) {
      const std::uint32_t at = id_table_[slot];
      if (at == empty) return nullptr;
      if (facts_[at - 1].id_hash == h && detail::same_text(facts_[at - 1].id, id))
        return &facts_[at - 1];
    }
  }

  // A key may hold an actual figure, a forecast of it and a derived estimate: a lookup says
  // which it wants, actual unless asked.
  template <value_kind T>
  constexpr std::optional<fact_of<T>> find(const metric<T>& m, subject about, period when,
                                           status wanted = status::actual) const {
    const std::size_t first = first_of_key(key_hash_of(about, m.hash, when), about, m.id, when);
    for (std::size_t i = first; i != N; i = next_of_same_key(i))
      if (facts_[i].state == wanted && facts_[i].template is_kind<T>())
        return fact_of<T>{facts_[i]};  // one copy, not a default-constructed fact and then a copy
    return std::nullopt;
  }

  class key_range {
   public:
    class iterator {
     public:
      constexpr iterator(const registry* r, std::size_t i) : r_(r), i_(i) {}
      constexpr const fact& operator*() const { return (*r_)[i_]; }
      constexpr iterator& operator++() {
        i_ = r_->next_of_same_key(i_);
        return *this;
      }
      constexpr bool operator==(const iterator& o) const { return i_ == o.i_; }

     private:
      const registry* r_;
      std::size_t i_;
    };
    constexpr key_range(const registry* r, std::size_t first) : r_(r), first_(first) {}
    constexpr iterator begin() const { return {r_, first_}; }
    constexpr iterator end() const { return {r_, N}; }

   private:
    const registry* r_;
    std::size_t first_;
  };
  constexpr key_range facts_of_key(subject about, std::string_view metric_id, period when) const {
    return {this, index_of_key(about, metric_id, when)};
  }

  constexpr std::size_t index_of_key(subject about, std::string_view metric_id, period when) const {
    return first_of_key(key_hash_of(about, hash_text(metric_id), when), about, metric_id, when);
  }
  constexpr std::size_t next_of_same_key(std::size_t i) const {
    return next_same_key_[i] == empty ? N : next_same_key_[i] - 1;
  }

  template <class Pred>
  constexpr std::size_t count_if(Pred pred) const {
    std::size_t n = 0;
    for (const fact& f : *this) n += pred(f) ? 1 : 0;
    return n;
  }

 private:
  static constexpr std::size_t mask = table_size - 1;

  // Building a registry is what Clang's constexpr step limit bounds, and Clang counts
  // statements, not expressions: the facts are copied in the initializer (no statement at all;
  // default-constructing them first would cost ten steps a fact, one per std::string_view),
  // and each probe of an insert is one statement.
  template <std::size_t... I>
  constexpr registry(const fact* facts, std::index_sequence<I...>) : facts_{facts[I]...} {
    for (std::size_t i = 0; i < N; ++i) {
      insert_id(i);
      insert_key(i);
    }
  }

  constexpr void insert_id(std::size_t i) {
    std::size_t slot = facts_[i].id_hash & mask;
    for (; id_table_[slot] != empty; slot = (slot + 1) & mask)
      if (facts_[id_table_[slot] - 1].id_hash == facts_[i].id_hash)
        refuse_same_id(id_table_[slot] - 1, i);
    id_table_[slot] = std::uint32_t(i + 1);
  }
  constexpr void refuse_same_id(std::size_t earlier, std::size_t i) const {
    if (!detail::same_text(facts_[earlier].id, facts_[i].id)) return;
    failure::duplicate_fact_id(facts_[i].id);
    throw_domain_error("nevfacts: two facts share one id");
  }

  // The first fact of a key owns the slot; later ones are chained behind it in order.
  constexpr void insert_key(std::size_t i) {
    const fact& f = facts_[i];
    std::size_t slot = f.key_hash & mask;
    for (; key_table_[slot] != empty; slot = (slot + 1) & mask)
      if (key_matches(facts_[key_table_[slot] - 1], f.key_hash, f.about, f.metric_id, f.when))
        return chain(key_table_[slot] - 1, i);
    key_table_[slot] = std::uint32_t(i + 1);
  }
  constexpr void chain(std::size_t first, std::size_t i) {
    std::size_t last = first;
    while (next_same_key_[last] != empty) last = next_same_key_[last] - 1;
    next_same_key_[last] = std::uint32_t(i + 1);
  }

  static constexpr bool key_matches(const fact& f, std::uint64_t key_hash, subject about,
                                    std::string_view metric_id, period when) {
    return f.key_hash == key_hash && f.has_key(about, metric_id, when);
  }
  constexpr std::size_t first_of_key(std::uint64_t h, subject about, std::string_view metric_id,
                                     period when) const {
    for (std::size_t slot = h & mask;; slot = (slot + 1) & mask) {
      const std::uint32_t at = key_table_[slot];
      if (at == empty) return N;
      if (key_matches(facts_[at - 1], h, about, metric_id, when)) return at - 1;
    }
  }

  // Plain arrays, not std::array, whose operator[] is two or three more calls in a constant
  // evaluation. (One element at least: a zero-length array is not C++.)
  static constexpr std::size_t storage = N > 0 ? N : 1;
  fact facts_[storage];
  std::uint32_t id_table_[table_size]{};
  std::uint32_t key_table_[table_size]{};
  std::uint32_t next_same_key_[storage]{};  // index + 1 of the next fact of the key, or empty
};

template <std::size_t N>
registry(const std::array<fact, N>&) -> registry<N>;

template <class... F>
constexpr auto make_registry(const F&... facts) {
  const fact all[] = {static_cast<const fact&>(facts)...};
  return registry<sizeof...(F)>(all);
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
