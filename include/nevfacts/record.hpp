// nevfacts/record.hpp -- claims that read like a record: named fields, per-document defaults
//
// Synopsis (namespace nevfacts)
//   template <class T> struct field {                 // a field, and whether the row gave it
//     T value; bool given;  constexpr field();  constexpr field(T);
//     constexpr T or_else(T fallback) const;
//   };
//   struct figure_words {                             // "14.596 million units", or nth(2, "35.8%")
//     constexpr figure_words(const char (&)[N]);  // and anything that is a std::string_view
//     constexpr figure_words(nth_words);
//     std::string_view words; int occurrence;        // 0: the first place (where the words
//   };                                                // stand twice, both must read the same)
//   struct claim_fields {                             // in this order (designated initializers)
//     text_argument id; field<subject> about;          // a literal or a std::string_view
//     field<period> when; field<status> state;   // left out: the document's defaults
//     text_argument quote; figure_words words;
//   };
//   class claims_from {                               // one per source document
//    public:
//     constexpr claims_from(const document&, period when, status state = status::actual);
//     template <value_kind T>
//     consteval fact_of<T> claim(const metric<T>&, const claim_fields&) const;
//     constexpr const document& source() const;  constexpr period when() const;
//     constexpr status state() const;
//   };
//
//   inline constexpr claims_from doc{source, period::year(2023)};
//   inline constexpr auto nev_sales = doc.claim(sales, {
//       .id = "d000.nev_sales",
//       .about = china / chargers,
//       .quote = nev_quote,
//       .words = "9.495 million",
//   });
//
// The metric stays positional: it decides the kind of the value (and so the fact_of<T>), and
// a class template deduced from a designated initializer (aggregate CTAD) does not compile on
// Clang 14. A row states what varies; the period and the status come from the document unless
// the row names them (`.when = period::year(2024), .state = status::target`). Every row goes
// through nevfacts::claim (fact.hpp), so a named claim and a positional one make the same fact.
// A row without an id, a subject, a quote or words stops the build in a call to
// failure::a_named_claim_needs_an_id, _a_subject_about, _a_quote or _words (with the id).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/document.hpp>
#include <nevfacts/fact.hpp>
#include <nevfacts/metric.hpp>
#include <nevfacts/period.hpp>
#include <nevfacts/reported.hpp>
#include <nevfacts/subject.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace nevfacts {

// The names are the diagnostic: "call to non-constexpr function
// 'nevfacts::failure::a_named_claim_needs_words(...)'" (see nevfacts/detail/fail.hpp).
namespace failure {
inline void a_named_claim_needs_an_id() {}
inline void a_named_claim_needs_a_subject_about(std::string_view /*fact_id*/) {}
inline void a_named_claim_needs_a_quote(std::string_view /*fact_id*/) {}
inline void a_named_claim_needs_words(std::string_view /*fact_id*/) {}
}  // namespace failure

// A field and whether the row gave it: a period or status left out is the document's; a
// subject left out is an error (told by `given`: a constant evaluation under GCC's
// -fsanitize=undefined cannot compare the subject's pointers with nullptr).
template <class T>
struct field {
  T value{};
  bool given = false;

  constexpr field() = default;
  constexpr field(T v) : value(v), given(true) {}  // NOLINT: `.when = y2024` reads as a value
  constexpr T or_else(T fallback) const { return given ? value : fallback; }
};

// The figure's words, and which of their places in the quote is meant (nth(2, "35.8%")).
struct figure_words {
  std::string_view words;
  int occurrence = 0;

  constexpr figure_words() = default;
  template <std::size_t N>
  constexpr figure_words(const char (&w)[N]) : words(text_argument(w)) {}  // NOLINT: "56%"
  template <class S>
  requires(!std::is_array_v<S> &&
           std::is_convertible_v<const S&, std::string_view>) constexpr figure_words(const S& w)
      : words(w) {}  // NOLINT: a view or a pointer
  constexpr figure_words(nth_words w) : words(w.words), occurrence(w.occurrence) {}  // NOLINT
};

// One claim, field by field, in declaration order.
struct claim_fields {
  text_argument id;  // text_argument: a literal is measured in one step (nevfacts/detail/text.hpp)
  field<subject> about{};
  field<period> when{};
  field<status> state{};
  text_argument quote;
  figure_words words{};
};

// The claims of one source document: its defaults, and claim() for each row.
class claims_from {
 public:
  constexpr claims_from(const document& source, period default_when,
                        status default_state = status::actual)
      : source_(&source), when_(default_when), state_(default_state) {}

  template <value_kind T>
  consteval fact_of<T> claim(const metric<T>& m, const claim_fields& row) const {
    check_fields(row);
    const period row_when = row.when.or_else(when_);
    const status row_state = row.state.or_else(state_);
    const subject about = row.about.value;
    if (row.words.occurrence == 0)
      return nevfacts::claim(*source_, row.id, about, m, row_when, row_state, row.quote,
                             row.words.words);
    return nevfacts::claim(*source_, row.id, about, m, row_when, row_state, row.quote,
                           nth(row.words.occurrence, row.words.words));
  }

  constexpr const document& source() const { return *source_; }
  constexpr period when() const { return when_; }
  constexpr status state() const { return state_; }

 private:
  static constexpr void check_fields(const claim_fields& row) {
    if (row.id.empty()) {
      failure::a_named_claim_needs_an_id();
      throw_domain_error("nevfacts: a named claim needs an id");
    }
    if (!row.about.given) {
      failure::a_named_claim_needs_a_subject_about(row.id);
      throw_domain_error("nevfacts: a named claim needs a subject (.about)");
    }
    if (row.quote.empty()) {
      failure::a_named_claim_needs_a_quote(row.id);
      throw_domain_error("nevfacts: a named claim needs a quote");
    }
    if (row.words.words.empty()) {
      failure::a_named_claim_needs_words(row.id);
      throw_domain_error("nevfacts: a named claim needs the figure's words");
    }
  }

  const document* source_;
  period when_;
  status state_;
};

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
