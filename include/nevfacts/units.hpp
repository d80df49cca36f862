// nevfacts/units.hpp -- the base dimensions and units of reported figures, on Boost.Units
//
// Synopsis (namespace nevfacts::units)
//   template <class Tag, long Ordinal> struct counted_dimension;    // "a count of Tag"
//   template <class Tag, long Ordinal> struct counted_base_unit;    // one Tag
//   item_unit, year_unit, yuan_unit, us_dollar_unit, point_unit, change_unit
//   constants: items, years, yuan, us_dollars
//   template <class BaseUnit, class System> using unit_of;   // a data set's units are made so
//   struct unit_words { bool none, percent, points, yuan, us_dollars; };   // what may name it
//   struct noun_words { const char* const* words; std::size_t size; bool any; };  // its nouns
//   inline constexpr noun_words any_noun;       // any noun but a measure or a currency
//   struct unit_descriptor {                    // all a unit is, to everything that reads one
//     std::string_view name, label; bool whole_numbers, counts_things; unit_words named_by;
//     noun_words nouns; bool per_year;
//   };
//   template <class Unit> struct unit_traits;   // static constexpr unit_descriptor descriptor;
//   template <class Unit> concept known_unit;   // a unit with a descriptor
//   template <class U> inline constexpr bool is_count_unit;   // its descriptor's counts_things
//
// Each counted thing is its own base dimension, so items + years does not compile, and neither
// does items * items (no reported figure is a square of a count). A data set brings the things
// it counts as units of its own (data/include/nevfacts/data/china_nev/units.hpp).
// Yuan and US dollars share the currency dimension but live in two systems with no
// conversion factor between them: money changes currency only through a dated exchange rate
// (nevfacts/money.hpp). To count or measure something else, declare a Tag and an unused
// Ordinal (nevfacts reserves 1001-1099), use counted_dimension / counted_base_unit, and give the
// unit its descriptor: then it is a kind of value too (docs/howto-add-kind.md).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/derived_dimension.hpp>
#include <boost/units/make_system.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/unit.hpp>

#include <concepts>
#include <cstddef>
#include <string_view>
#include <type_traits>

namespace nevfacts::units {

namespace bu = boost::units;

template <class Tag, long Ordinal>
struct counted_dimension : bu::base_dimension<counted_dimension<Tag, Ordinal>, Ordinal> {};

template <class Tag, long Ordinal>
struct counted_base_unit
    : bu::base_unit<counted_base_unit<Tag, Ordinal>,
                    typename counted_dimension<Tag, Ordinal>::dimension_type, Ordinal> {
  static constexpr const char* name() { return Tag::singular; }
  static constexpr const char* symbol() { return Tag::plural; }
};

#define NEVFACTS_COUNTED_TAG(tag, one, many)      \
  struct tag {                                    \
    static constexpr const char singular[] = one; \
    static constexpr const char plural[] = many;  \
  }
NEVFACTS_COUNTED_TAG(item_tag, "item", "items");
NEVFACTS_COUNTED_TAG(year_tag, "year", "years");
NEVFACTS_COUNTED_TAG(currency_tag, "currency unit", "currency units");
NEVFACTS_COUNTED_TAG(yuan_tag, "yuan", "CNY");
NEVFACTS_COUNTED_TAG(us_dollar_tag, "US dollar", "USD");
NEVFACTS_COUNTED_TAG(share_tag, "percentage point", "pp");
NEVFACTS_COUNTED_TAG(change_tag, "percent change", "% change");
#undef NEVFACTS_COUNTED_TAG

using item_base_unit = counted_base_unit<item_tag, 1006>;
using year_base_unit = counted_base_unit<year_tag, 1007>;

// Currency is one dimension with a base unit per currency, each in its own system.
using currency_dimension = counted_dimension<currency_tag, 1008>::dimension_type;
struct yuan_base_unit : bu::base_unit<yuan_base_unit, currency_dimension, 1009> {
  static constexpr const char* name() { return "yuan"; }
  static constexpr const char* symbol() { return "CNY"; }
};
struct us_dollar_base_unit : bu::base_unit<us_dollar_base_unit, currency_dimension, 1010> {
  static constexpr const char* name() { return "US dollar"; }
  static constexpr const char* symbol() { return "USD"; }
};

// Shares and relative changes are dimensionless to a physicist; here each is a dimension of
// its own so that percentage points and growth rates never convert into each other.
using share_base_unit = counted_base_unit<share_tag, 1011>;
using change_base_unit = counted_base_unit<change_tag, 1012>;

using system = bu::make_system<item_base_unit, year_base_unit, yuan_base_unit>::type;
using usd_system = bu::make_system<us_dollar_base_unit>::type;
using ratio_system = bu::make_system<share_base_unit, change_base_unit>::type;

template <class BaseUnit, class System>
using unit_of = bu::unit<typename BaseUnit::dimension_type, System>;

using item_unit = unit_of<item_base_unit, system>;
using year_unit = unit_of<year_base_unit, system>;
using yuan_unit = unit_of<yuan_base_unit, system>;
using us_dollar_unit = unit_of<us_dollar_base_unit, usd_system>;
using point_unit = unit_of<share_base_unit, ratio_system>;
using change_unit = unit_of<change_base_unit, ratio_system>;

inline constexpr item_unit items;
inline constexpr year_unit years;
inline constexpr yuan_unit yuan;
inline constexpr us_dollar_unit us_dollars;

// What a unit is, for everything that reads one: one descriptor per unit, in its unit_traits
// specialisation, and nothing else to edit when a unit is added (docs/howto-add-kind.md).
// Every field has a default, the cautious one: not whole numbers (an interval is never narrowed
// to whole numbers that the words do not promise), no count of things, named by no unit word.
// The words besides nouns that may name the unit next to a number, each the parser's
// phrase_unit of that name (nevfacts/phrase.hpp); none: no unit word, a bare number or a number
// and a noun ("35.2 GWh": nouns are the parser's family_words).
struct unit_words {
  bool none = true;
  bool percent = false;
  bool points = false;
  bool yuan = false;
  bool us_dollars = false;
};
// The nouns that name a unit's things after a number ("piles", "chargers"), lower case. A count
// reads its own nouns and the counting nouns of any thing ("units", "sets", "units of piles");
// `any`: any noun but a measure or a currency (items: "2,000 charging piles", "7 cities").
struct noun_words {
  const char* const* words = nullptr;
  std::size_t size = 0;
  bool any = false;

  constexpr noun_words() = default;
  template <std::size_t N>
  constexpr noun_words(const char* const (&list)[N]) : words(list), size(N) {}  // NOLINT
  constexpr bool listed() const { return size != 0; }
};
inline constexpr noun_words any_noun = [] {
  noun_words n;
  n.any = true;
  return n;
}();
struct unit_descriptor {
  std::string_view name{};     // what a person reads after the number: "items", "CNY"
  std::string_view label{};    // what a machine reads in a "unit" field: "count", "CNY"
  bool whole_numbers = false;  // a count: "13 items" is 13, "35.2 GWh" is no count
  bool counts_things = false;  // of things, so one count times another counts nothing (years are
                               // whole numbers but not things: a rate times years is a count)
  unit_words named_by{};
  noun_words nouns{};     // what the words after its number may name
  bool per_year = false;  // a yearly rate: "per week", "daily" do not fit it
};

template <class Unit>
struct unit_traits;  // specialise with: static constexpr unit_descriptor descriptor{...};

#define NEVFACTS_UNIT_DESCRIPTOR(unit_type, ...)              \
  template <>                                                 \
  struct unit_traits<unit_type> {                             \
    static constexpr unit_descriptor descriptor{__VA_ARGS__}; \
  }
inline constexpr const char* year_nouns[] = {"years", "year", "decade"};
NEVFACTS_UNIT_DESCRIPTOR(item_unit, .name = "items", .label = "count", .whole_numbers = true,
                         .counts_things = true, .nouns = any_noun);
NEVFACTS_UNIT_DESCRIPTOR(year_unit, .name = "years", .label = "years", .whole_numbers = true,
                         .nouns = year_nouns);
// Reports in yuan often leave the currency unsaid ("revenue of 231.84 billion"); in dollars, no.
NEVFACTS_UNIT_DESCRIPTOR(yuan_unit, .name = "CNY", .label = "CNY",
                         .named_by = {.none = true, .yuan = true});
NEVFACTS_UNIT_DESCRIPTOR(us_dollar_unit, .name = "USD", .label = "USD",
                         .named_by = {.none = false, .us_dollars = true});
NEVFACTS_UNIT_DESCRIPTOR(point_unit, .name = "pp", .label = "percentage_points",
                         .named_by = {.none = false, .points = true});
NEVFACTS_UNIT_DESCRIPTOR(change_unit, .name = "% change", .label = "growth_percent",
                         .named_by = {.none = false, .percent = true});
#undef NEVFACTS_UNIT_DESCRIPTOR

template <class Unit>
concept known_unit = requires {
  { unit_traits<Unit>::descriptor } -> std::convertible_to<unit_descriptor>;
};

}  // namespace nevfacts::units

// Readable errors for mixing units. Boost.Units rejects these too, but with kilobytes of
// template diagnostics; these overloads are found by argument-dependent lookup (the units'
// tags live here) and are chosen only when Boost.Units has no operator for the pair.
namespace nevfacts::units {

template <class... T>
inline constexpr bool mixing_rejected = false;

// Each refusal is a named constant first, so that Clang prints its name, not the unit types.
template <class Unit1, class Unit2>
constexpr void reject_mixed_units() {
  constexpr bool units_can_mix = mixing_rejected<Unit1, Unit2>;
  if constexpr (std::is_same_v<typename Unit1::dimension_type, typename Unit2::dimension_type>)
    static_assert(units_can_mix,
                  "nevfacts: cannot mix amounts in different currencies (such as yuan and US "
                  "dollars); convert one of them with a dated exchange_rate first");
  else
    static_assert(units_can_mix,
                  "nevfacts: cannot mix quantities of different kinds (such as items and "
                  "years); the two units are named in the template arguments");
}

template <class Unit1, class Unit2>
concept different_units = !std::is_same_v<Unit1, Unit2>;

#define NEVFACTS_REJECT_MIXED(op, result)                                  \
  template <class D1, class S1, class D2, class S2, class X, class Y>      \
  requires different_units<bu::unit<D1, S1>, bu::unit<D2, S2>>             \
  constexpr result operator op(const bu::quantity<bu::unit<D1, S1>, X>& a, \
                               const bu::quantity<bu::unit<D2, S2>, Y>&) { \
    reject_mixed_units<bu::unit<D1, S1>, bu::unit<D2, S2>>();              \
    (void)a;                                                               \
    return {};                                                             \
  }
NEVFACTS_REJECT_MIXED(+, bool)
NEVFACTS_REJECT_MIXED(-, bool)
NEVFACTS_REJECT_MIXED(==, bool)
NEVFACTS_REJECT_MIXED(<, bool)
NEVFACTS_REJECT_MIXED(<=, bool)
NEVFACTS_REJECT_MIXED(>, bool)
NEVFACTS_REJECT_MIXED(>=, bool)
#undef NEVFACTS_REJECT_MIXED

// Boost.Units would make "items squared"; no reported figure is one. More specialised than
// Boost.Units' operator* for two quantities, so it is chosen for a pair of one unit.
template <class U, class X>
requires known_unit<U>
constexpr bool operator*(const bu::quantity<U, X>& a, const bu::quantity<U, X>&) {
  constexpr bool product_counts_something = mixing_rejected<U, X>;
  static_assert(product_counts_something,
                "nevfacts: a quantity times a quantity of the same unit (items * items) "
                "counts nothing; "
                "multiply a quantity by a number, a share or a multiple");
  (void)a;
  return {};
}

// A bare number has no unit: 5.0 of what?
template <class U, class X, class T = void>
requires known_unit<U>
constexpr bool operator+(const bu::quantity<U, X>&, double) {
  constexpr bool number_has_a_unit = mixing_rejected<U, T>;
  static_assert(number_has_a_unit,
                "nevfacts: a quantity plus a bare number: say what the number counts "
                "(5.0 * units::items)");
  return {};
}
template <class U, class X, class T = void>
requires known_unit<U>
constexpr bool operator-(const bu::quantity<U, X>&, double) {
  constexpr bool number_has_a_unit = mixing_rejected<U, T>;
  static_assert(number_has_a_unit,
                "nevfacts: a quantity minus a bare number: say what the number counts "
                "(5.0 * units::items)");
  return {};
}

// Nor does a count of one thing times a count of another (items * pieces); a count per
// year times years is a count, so years and rates are not among these.
template <class U>
inline constexpr bool is_count_unit = false;
template <known_unit U>
inline constexpr bool is_count_unit<U> = unit_traits<U>::descriptor.counts_things;
template <class U1, class U2, class X>
requires(is_count_unit<U1>&& is_count_unit<U2>&& different_units<U1, U2>) constexpr bool operator*(
    const bu::quantity<U1, X>& a, const bu::quantity<U2, X>&) {
  constexpr bool product_counts_something = mixing_rejected<U1, U2>;
  static_assert(product_counts_something,
                "nevfacts: a count times a count of another thing counts nothing; "
                "multiply a count by a number, a share or a multiple");
  (void)a;
  return {};
}

}  // namespace nevfacts::units

#endif  // NEVFACTS_CXX20
