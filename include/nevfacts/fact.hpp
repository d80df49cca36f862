// nevfacts/fact.hpp -- a claim: what was said, about what, when, how sure, and where
//
// Synopsis (namespace nevfacts)
//   enum class status { actual, forecast, target, derived };
//   struct claim_set {                    // the claims a fact rests on, by id hash (at most 8)
//     constexpr bool contains(std::uint64_t id_hash) const;
//     constexpr bool within(const claim_set&) const;     // every claim here is also there
//     constexpr void add(const claim_set&);              // union; more than 8 is an error
//   };
//   struct fact {                         // one record for every kind, so registries are arrays
//     std::string_view id; const document* source; subject about;
//     std::string_view metric_id, metric_name; const kind_info* kind; period when; status state;
//     status basis;                       // a claim's status; a derived fact's: its sources'
//     real_interval value; statement how; double stated;
//     std::string_view quote, words;      // the source's sentence, and the figure's words in it
//     std::string_view rule; std::array<std::string_view, max_sources> from;   // derived facts
//     claim_set rests_on;                 // a claim: itself; a derived fact: its sources' claims
//     const share_whole* whole;           // shares: what the share is of (others: unnamed)
//     std::string_view level_metric;      // changes: the metric whose level changes (or empty)
//     constexpr bool same_series(const fact&) const;   // subject and metric
//     constexpr bool same_key(const fact&) const;      // subject, metric and period
//     constexpr bool has_key(subject, std::string_view metric_id, period) const;
//     constexpr bool from_document(const document&) const;
//     template <value_kind T> constexpr bool is_kind() const;
//   };
//   template <value_kind T> struct fact_of : fact {    // a fact that knows its value's type
//     constexpr auto typed_value() const;                // quantity<U, real_interval>, ...
//   };
//   struct text_argument { std::string_view view; };  // a literal or a view (detail/text.hpp)
//   template <value_kind T> consteval fact_of<T>
//     claim(const document&, text_argument id, subject, const metric<T>&, period, status,
//           text_argument quote, text_argument words);   // words are parsed as T in the
//                                     // quote, where they must stand as whole words; text:
//                                     // a literal or a std::string_view (detail/text.hpp)
//   ... claim(..., text_argument quote, nth_words)               // nth(2, "35.8%"): which place
//   ... claim(..., const reported<U>& value)                     // U must be T
//   struct provenance;  template <class... F> constexpr provenance sources(const F&... facts);
//   template <value_kind T> constexpr fact_of<T>
//     derived(std::string_view id, subject, const fact_of<T>& like | const metric<T>&, period,
//             real_interval, std::string_view rule, const provenance&);  // status derived
//
// The value is parsed from the quote's own words, so the number and the quote cannot drift.
// Only derivations make derived facts: a claim with status::derived does not compile. A
// derived fact rests on the union of its sources' claims, so a check can tell a figure from one
// computed out of it (nevfacts/rules.hpp). The sources are named as facts, sources(a, b), never
// as bare ids: an id cannot say whether it is a claim or a derived fact, so provenance would be
// lost (a fact with no sources: provenance{}).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/detail/text.hpp>
#include <nevfacts/document.hpp>
#include <nevfacts/kind.hpp>
#include <nevfacts/metric.hpp>
#include <nevfacts/period.hpp>
#include <nevfacts/reported.hpp>
#include <nevfacts/subject.hpp>

#include <array>
#include <string_view>

namespace nevfacts {

enum class status : unsigned char { actual, forecast, target, derived };

constexpr std::string_view to_string(status s) {
  constexpr std::string_view names[] = {"actual", "forecast", "target", "derived"};
  return names[static_cast<unsigned>(s)];
}

inline constexpr std::size_t max_sources = 4;
using source_ids = std::array<std::string_view, max_sources>;

// A claim rests on itself, a derived fact on every claim behind its sources. Eight is more than
// any derivation chain of the seeds needs (four); a longer chain is refused, never truncated.
inline constexpr std::size_t max_claims = 8;

struct claim_set {
  std::uint64_t ids[max_claims]{};  // id hashes of claims, the first `size` used
  std::size_t size = 0;

  constexpr bool contains(std::uint64_t h) const {
    for (std::size_t i = 0; i < size; ++i)
      if (ids[i] == h) return true;
    return false;
  }
  constexpr bool within(const claim_set& o) const {
    for (std::size_t i = 0; i < size; ++i)
      if (!o.contains(ids[i])) return false;
    return true;
  }
  constexpr void add(std::uint64_t h) {
    if (contains(h)) return;
    if (size == max_claims) {
      failure::fact_rests_on_more_than_8_claims(size + 1);
      throw_domain_error("nevfacts: a fact rests on more than 8 claims");
    }
    ids[size++] = h;
  }
  constexpr void add(const claim_set& o) {
    for (std::size_t i = 0; i < o.size; ++i) add(o.ids[i]);
  }
};

constexpr std::uint64_t key_hash_of(subject about, std::uint64_t metric_hash, period when) {
  return hash_mix(hash_mix(about.hash(), metric_hash),
                  (std::uint64_t(std::uint32_t(when.first)) << 32) | std::uint32_t(when.last));
}

inline constexpr share_whole no_whole{};

struct fact {
  std::string_view id;
  const document* source = nullptr;
  subject about{};
  std::string_view metric_id;
  std::string_view metric_name;
  const kind_info* kind = nullptr;
  period when{};
  status state = status::actual;
  status basis = status::actual;  // what it rests on: actual figures, or forecasts or targets
  real_interval value{};
  statement how = statement::exact;
  double stated = 0.0;
  std::string_view quote;
  std::string_view words;
  std::string_view rule;
  source_ids from{};
  std::uint64_t id_hash = 0;
  std::uint64_t key_hash = 0;
  claim_set rests_on{};
  const share_whole* whole = &no_whole;  // never null: constant evaluation does not compare to null
  std::string_view level_metric{};       // growth, points, direction: the metric id of the level

  constexpr bool from_document(const document& d) const {
    return state != status::derived && source->id == d.id;
  }
  template <value_kind T>
  constexpr bool is_kind() const {
    return same_kind(*kind, kind_traits<T>::info);
  }
  constexpr bool same_series(const fact& o) const {
    return about.same_as(o.about) && metric_id == o.metric_id;
  }
  constexpr bool same_key(const fact& o) const { return has_key(o.about, o.metric_id, o.when); }
  // The cheap tests first (the period, the entity and segment hashes, the metric id's length),
  // characters last: a registry asks this of every fact that shares a slot, all of it in one
  // constant evaluation that Clang's step limit bounds.
  constexpr bool has_key(subject s, std::string_view metric, period p) const {
    if (when.first != p.first || when.last != p.last) return false;
    if (about.who->hash != s.who->hash || about.what->hash != s.what->hash ||
        metric_id.size() != metric.size())
      return false;
    return detail::same_text(metric_id, metric) && about.who->is(*s.who) && about.what->is(*s.what);
  }
  constexpr std::size_t source_count() const {
    std::size_t n = 0;
    while (n < max_sources && !from[n].empty()) ++n;
    return n;
  }
};

constexpr bool same_document(const fact& a, const fact& b) {
  return a.state != status::derived && b.state != status::derived && a.source->id == b.source->id;
}

template <value_kind T>
struct fact_of : fact {
  using value_type = T;
  constexpr auto typed_value() const { return kind_traits<T>::typed(value); }
};

namespace detail {
template <value_kind T>
constexpr const share_whole* whole_of_metric(const metric<T>& m) {
  if constexpr (std::is_same_v<T, share>)
    return &m.whole;
  else
    return &no_whole;
}

// The fact a claim makes, once its words are found: it rests on itself alone.
template <value_kind T, value_kind U>
consteval fact_of<T> claimed(const document& doc, std::string_view id, subject about,
                             const metric<T>& m, period when, status state, std::string_view quote,
                             const reported<U>& figure) {
  if (state == status::derived) {
    failure::a_claim_cannot_be_status_derived_only_derivations_make_derived_facts(id);
    throw_domain_error("nevfacts: a claim cannot have status derived");
  }
  // One prvalue, no local: constant evaluation copies a returned local field by field.
  const std::uint64_t id_hash = hash_text(id);
  return fact_of<T>{{id,
                     &doc,
                     about,
                     m.id,
                     m.name,
                     &kind_traits<T>::info,
                     when,
                     state,
                     state,
                     figure.interval(),
                     figure.how(),
                     figure.stated(),
                     quote,
                     figure.words(),
                     {},
                     {},
                     id_hash,
                     key_hash_of(about, m.hash, when),
                     claim_set{{id_hash}, 1},
                     whole_of_metric(m),
                     m.level.metric_id}};
}

// The words read in their quote (its sentence): words that do not stand in it as whole words
// are named with the claim's id; words that do but are refused name the reason.
template <value_kind T>
consteval reported<T> read_in_quote(std::string_view id, std::string_view quote,
                                    std::string_view words, int occurrence) {
  const auto read = reported<T>::parse(words, quote, occurrence);
  if (!read) {
    if (read.reason() == refusal::words_not_in_sentence)
      failure::figure_words_not_in_quote(id, words);
    failure::refuse_phrase(read.reason(), words);
  }
  return *read;
}
}  // namespace detail

template <value_kind T, value_kind U>
consteval fact_of<T> claim(const document& doc, text_argument id, subject about, const metric<T>& m,
                           period when, status state, text_argument quote,
                           const reported<U>& figure) {
  static_assert(std::is_same_v<T, U>,
                "nevfacts: the metric's kind and the reported value's kind differ; a metric holds "
                "one kind of value (sales hold a count, a market share holds a share)");
  // A claim's value comes from its quote's words, found as whole words ("2.5 million" does not
  // stand in "12.5 million"); a value built without words is not a claim.
  if (figure.words().empty() || find_words(quote.view, figure.words()) == std::string_view::npos)
    failure::figure_words_not_in_quote(id.view, figure.words());
  return detail::claimed<T>(doc, id.view, about, m, when, state, quote.view, figure);
}

// The words were found in the quote as they were read: no second search.
template <value_kind T>
consteval fact_of<T> claim(const document& doc, text_argument id, subject about, const metric<T>& m,
                           period when, status state, text_argument quote, text_argument words) {
  return detail::claimed<T>(doc, id.view, about, m, when, state, quote.view,
                            detail::read_in_quote<T>(id.view, quote.view, words.view, 0));
}

// Words that stand more than once in the quote: nth(2, "35.8%") says which place is meant.
template <value_kind T>
consteval fact_of<T> claim(const document& doc, text_argument id, subject about, const metric<T>& m,
                           period when, status state, text_argument quote, nth_words words) {
  return detail::claimed<T>(
      doc, id.view, about, m, when, state, quote.view,
      detail::read_in_quote<T>(id.view, quote.view, words.words, words.occurrence));
}

// What a derived fact comes from: the ids of its sources and the claims behind them.
struct provenance {
  source_ids from{};
  claim_set claims{};
  status basis = status::actual;

  // No ids-only form: an id cannot tell a claim from a derived fact, and a derived fact named
  // as if it were a claim would hide the claims it rests on. Name the facts: sources(a, b).
  constexpr provenance() = default;
  constexpr void add(const fact& f, std::size_t at) {
    from[at] = f.id;
    claims.add(f.rests_on);
    if (static_cast<unsigned>(f.basis) > static_cast<unsigned>(basis)) basis = f.basis;
  }
};

// A figure computed from a forecast is a forecast: the basis is the least certain source's
// (actual < forecast < target).
template <class... F>
constexpr provenance sources(const F&... facts) {
  static_assert(sizeof...(F) <= max_sources, "nevfacts: a derived fact has at most 4 sources");
  provenance p;
  std::size_t at = 0;
  (p.add(static_cast<const fact&>(facts), at++), ...);
  return p;
}

namespace detail {
template <value_kind T>
constexpr fact_of<T> make_derived(std::string_view id, subject about, std::string_view metric_id,
                                  std::string_view metric_name, period when, real_interval value,
                                  std::string_view rule, const provenance& p,
                                  const share_whole* whole, std::string_view level_metric) {
  const real_interval clipped = clip_to_kind(kind_traits<T>::info, value);
  return fact_of<T>{{id,
                     nullptr,
                     about,
                     metric_id,
                     metric_name,
                     &kind_traits<T>::info,
                     when,
                     status::derived,
                     p.basis,
                     clipped,
                     statement::exact,
                     clipped.mid(),
                     {},
                     {},
                     rule,
                     p.from,
                     hash_text(id),
                     key_hash_of(about, hash_text(metric_id), when),
                     p.claims,
                     whole,
                     level_metric}};
}
}  // namespace detail

template <value_kind T>
constexpr fact_of<T> derived(std::string_view id, subject about, const metric<T>& m, period when,
                             real_interval value, std::string_view rule, const provenance& from) {
  return detail::make_derived<T>(id, about, m.id, m.name, when, value, rule, from,
                                 detail::whole_of_metric(m), m.level.metric_id);
}
template <value_kind T>
constexpr fact_of<T> derived(std::string_view id, subject about, const fact_of<T>& like,
                             period when, real_interval value, std::string_view rule,
                             const provenance& from) {
  return detail::make_derived<T>(id, about, like.metric_id, like.metric_name, when, value, rule,
                                 from, like.whole, like.level_metric);
}
// Sources named by bare ids (source_ids{"a", "b"}, {"a", "b"}): refused, see the synopsis.
template <value_kind T, class Like>
constexpr fact_of<T> derived(std::string_view, subject, const Like&, period, real_interval,
                             std::string_view, source_ids) {
  constexpr bool sources_named_as_facts = dependent_false<Like>;
  static_assert(
      sources_named_as_facts,
      "nevfacts: derived(...) names its sources as facts, sources(a, b), not by id: an id cannot "
      "tell a "
      "claim from a derived fact, and the claims a derived source rests on would be lost");
  return {};
}
}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
