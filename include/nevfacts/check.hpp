// nevfacts/check.hpp -- the result of a consistency check, and how a failed one stops a build
//
// Synopsis (namespace nevfacts)
//   enum class verdict { holds, contradicts, cannot_tell, flagged };
//   #define NEVFACTS_RULES(X)   // X(name, relation): the one table of rules
//   enum class rule { share, growth, points, part_of_whole, within_capacity, agreement,
//                     exchange_rate, weekday, run_of_years, plausible_growth, forecast,
//                     direction, equal, registry };          // one per row of NEVFACTS_RULES
//   inline constexpr std::size_t rule_count;
//   constexpr std::string_view to_string(rule);             // "part_of_whole", its JSON name
//   constexpr std::string_view relation_of(rule);           // "part <= whole"
//   constexpr std::string_view to_string(verdict);
//   void failure::<rule>_rule_contradicted(id, id, id, id, implied lo, hi, stated lo, hi);
//   struct check_result {
//     rule which; verdict outcome; source_ids facts;   // the ids of the facts it used
//     std::size_t first_side;                          // facts[0, first_side) are one side,
//                                                      // the rest the other (rules.hpp)
//     real_interval implied, stated;                   // what the others imply, what was said
//     std::string_view note;
//     real_interval miss_percent;                      // check_forecast: forecast / outcome - 1
//   };
//   constexpr bool holds(const check_result&);          // false never returns at compile time:
//   template <class Results>                             // a contradiction calls
//   constexpr bool all_hold(const Results&);             // failure::<rule>_rule_contradicted
//   constexpr std::array<check_result, N1 + ...> join(const std::array<check_result, N1>&, ...);
//   constexpr bool is_flagged(const check_result&);
//   std::string explain(const check_result&);            // the same finding in full, at run time
//   template <std::size_t N>                             // ... each side in its facts' kind, and
//   std::string explain(const check_result&, const registry<N>&);   // the registry's counts
//
//   static_assert(holds(check_growth(nev_sales_2023, nev_sales_growth, nev_sales_2022)));
// A flagged result (an implausible figure, a forecast that missed) does not fail a build;
// assert it with is_flagged so that a test notices when it stops being flagged.
//
// A contradiction stops the build in failure::<rule>_rule_contradicted, called from
// detail::contradiction(rule, id, id, id, id, implied lo, hi, stated lo, hi): Clang prints that
// frame with its argument values (the fact ids and both intervals); GCC prints no values in a
// diagnostic, only the expression it was evaluating ("in 'constexpr' expansion of
// holds(check_agreement(a, b))"), which names the facts as the caller wrote them.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/detail/fail.hpp>
#include <nevfacts/detail/join.hpp>
#include <nevfacts/fact.hpp>
#include <nevfacts/format.hpp>
#include <nevfacts/real_interval.hpp>
#include <nevfacts/registry.hpp>

#include <array>
#include <string>
#include <string_view>
#include <utility>

namespace nevfacts {

enum class verdict : unsigned char { holds, contradicts, cannot_tell, flagged };

// The one table of rules, X(name, relation). A rule's name is its enumerator, its check_*
// function's suffix, its JSON name (to_string) and its failure sink's prefix
// (failure::<name>_rule_contradicted, the diagnostic of a contradiction at compile time); the
// relation says what the rule asks of the facts. A new rule is a new row
// (docs/howto-add-rule.md).
// clang-format off
#define NEVFACTS_RULES(X)                                                                      \
  X(share, "share = part / whole")                                                             \
  X(growth, "value = base x (1 + growth)")                                                     \
  X(points, "share now - share before = percentage points")                                    \
  X(part_of_whole, "part <= whole")                                                            \
  X(within_capacity, "output <= capacity x the period's length")                               \
  X(agreement, "two sources state one key alike")                                              \
  X(exchange_rate, "yuan / US dollars within the band")                                        \
  X(weekday, "the weekday named falls on the day stated")                                      \
  X(run_of_years, "two runs of years start in one year")                                       \
  X(plausible_growth, "yearly growth between two figures within the band")                     \
  X(forecast, "how far a forecast or target missed the actual")                                \
  X(direction, "the direction stated matches the change")                                      \
  X(equal, "two measures of one thing are equal")                                              \
  X(registry, "every id found once, no document says two things of one key")
// clang-format on

// GCC 12's -Wshadow takes the scoped enumerators `share` and `growth` for the types of those
// names, which they cannot hide (they are reached only as rule::share), so it is quiet here.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#endif
#define NEVFACTS_RULE_ENUMERATOR(name, relation) name,
enum class rule : unsigned char { NEVFACTS_RULES(NEVFACTS_RULE_ENUMERATOR) };
#undef NEVFACTS_RULE_ENUMERATOR
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#define NEVFACTS_RULE_COUNT(name, relation) +1
inline constexpr std::size_t rule_count = 0 NEVFACTS_RULES(NEVFACTS_RULE_COUNT);
#undef NEVFACTS_RULE_COUNT

constexpr std::string_view to_string(verdict v) {
  constexpr std::string_view names[] = {"holds", "contradicts", "cannot_tell", "flagged"};
  return names[static_cast<unsigned>(v)];
}
#define NEVFACTS_RULE_NAME(name, relation) #name,
constexpr std::string_view to_string(rule r) {
  constexpr std::string_view names[] = {NEVFACTS_RULES(NEVFACTS_RULE_NAME)};
  return names[static_cast<unsigned>(r)];
}
#undef NEVFACTS_RULE_NAME
#define NEVFACTS_RULE_RELATION(name, relation) relation,
constexpr std::string_view relation_of(rule r) {
  constexpr std::string_view relations[] = {NEVFACTS_RULES(NEVFACTS_RULE_RELATION)};
  return relations[static_cast<unsigned>(r)];
}
#undef NEVFACTS_RULE_RELATION

struct check_result {
  rule which = rule::equal;
  verdict outcome = verdict::cannot_tell;
  source_ids facts{};
  std::size_t first_side = 0;
  real_interval implied{};
  real_interval stated{};
  std::string_view note{};
  real_interval miss_percent{};
};

// The function names are the diagnostic: "call to non-constexpr function
// 'nevfacts::failure::growth_rule_contradicted(...)'", with the fact ids as arguments.
namespace failure {
#define NEVFACTS_RULE_SINK(name, relation)                                    \
  inline void name##_rule_contradicted(                                       \
      std::string_view, std::string_view, std::string_view, std::string_view, \
      double /*implied_lo*/, double /*implied_hi*/, double /*stated_lo*/, double /*stated_hi*/) {}
NEVFACTS_RULES(NEVFACTS_RULE_SINK)
#undef NEVFACTS_RULE_SINK
}  // namespace failure

namespace detail {
// Its arguments are values, not references, so that Clang's "in call to 'contradiction(...)'"
// note shows the ids and the intervals.
constexpr void contradiction(rule which, std::string_view a, std::string_view b, std::string_view c,
                             std::string_view d, double implied_lo, double implied_hi,
                             double stated_lo, double stated_hi) {
  switch (which) {
#define NEVFACTS_RULE_CASE(name, relation)                                                       \
  case rule::name:                                                                               \
    failure::name##_rule_contradicted(a, b, c, d, implied_lo, implied_hi, stated_lo, stated_hi); \
    break;
    NEVFACTS_RULES(NEVFACTS_RULE_CASE)
#undef NEVFACTS_RULE_CASE
  }
}
constexpr void report_contradiction(const check_result& r) {
  contradiction(r.which, r.facts[0], r.facts[1], r.facts[2], r.facts[3], r.implied.lo, r.implied.hi,
                r.stated.lo, r.stated.hi);
}
}  // namespace detail

constexpr bool holds(const check_result& r) {
  if (r.outcome == verdict::contradicts) detail::report_contradiction(r);
  return r.outcome != verdict::contradicts;
}

template <class Results>
constexpr bool all_hold(const Results& results) {
  for (const check_result& r : results)
    if (!holds(r)) return false;
  return true;
}

constexpr bool is_flagged(const check_result& r) { return r.outcome == verdict::flagged; }

namespace detail {
// The sides' kind where the rule alone says it; the other rules compare facts of one kind.
inline constexpr kind_info yearly_growth{
    "% a year", "growth_percent_a_year", {next_up(-100.0), unbounded},
    false,      value_style::change,     0};
inline constexpr kind_info forecast_miss{"%",   "percent",           {-unbounded, unbounded},
                                         false, value_style::change, 0};
inline const kind_info* kind_of_sides(rule r) {
  switch (r) {
    case rule::share:
      return &kind_traits<share>::info;
    case rule::points:
      return &kind_traits<percentage_points>::info;
    case rule::exchange_rate:
      return &kind_traits<cny_per_usd>::info;
    case rule::weekday:
      return &kind_traits<calendar_day>::info;
    case rule::run_of_years:
      return &kind_traits<calendar_year>::info;
    case rule::plausible_growth:
      return &yearly_growth;
    default:
      return nullptr;
  }
}
// Otherwise the kind of this fact of the check: the value (growth), the change (direction), or
// the first fact.
constexpr std::size_t fact_with_kind_of_sides(rule r) {
  return r == rule::growth ? 2 : r == rule::direction ? 1 : 0;
}
// A note that only named the unit, which the sides now print.
constexpr bool note_names_the_unit(rule r) {
  return r == rule::weekday || r == rule::exchange_rate || r == rule::plausible_growth;
}

inline std::string side_text(const kind_info* k, real_interval i) {
  if (k == nullptr) return format_interval(i);
  std::string out;
  // A day that a weekday was matched to says its weekday too: "Wednesday 2023-08-09".
  if (k->style == value_style::day && i.is_point() && fits_int(i.lo))
    out.append(format_value(kind_traits<date::weekday>::info,
                            double(weekday_of_day(int(i.lo)).c_encoding())))
        .append(" ");
  return out.append(format_value(*k, i));
}

inline std::string explain_with(const check_result& r, const kind_info* sides,
                                std::string_view checked) {
  std::string text{to_string(r.which)};
  text.append(" rule ").append(to_string(r.outcome));
  const char* separator = " for ";
  for (auto id : r.facts)
    if (!id.empty()) text.append(std::exchange(separator, ", ")).append(id);
  // The registry's check compares two facts only when it finds a contradiction.
  const bool compares = r.which != rule::registry || r.outcome == verdict::contradicts;
  if (!checked.empty()) text.append(": ").append(checked);
  if (compares)
    text.append(": implied ")
        .append(side_text(sides, r.implied))
        .append(", stated ")
        .append(side_text(sides, r.stated));
  if (!r.note.empty() && !(note_names_the_unit(r.which) && sides != nullptr))
    text.append(compares ? " (" : ": ").append(r.note).append(compares ? ")" : "");
  if (r.which == rule::forecast)
    text.append(", missed by ").append(format_value(forecast_miss, r.miss_percent));
  return text;
}
}  // namespace detail

// Kinds named by the rule print as their kind (a year, a date, a share); the others as numbers.
inline std::string explain(const check_result& r) {
  return detail::explain_with(r, detail::kind_of_sides(r.which), {});
}

// With the facts the check read, every side prints in its kind ("[9.45 million, 9.55 million]
// items"), and the registry's check says how many facts and keys it went through.
template <std::size_t N>
std::string explain(const check_result& r, const registry<N>& facts) {
  const kind_info* sides = detail::kind_of_sides(r.which);
  if (sides == nullptr) {
    const fact* f = facts.find(r.facts[detail::fact_with_kind_of_sides(r.which)]);
    if (f != nullptr) sides = f->kind;
  }
  if (r.which != rule::registry) return detail::explain_with(r, sides, {});
  std::size_t keys = 0;
  for (std::size_t i = 0; i < N; ++i)
    if (facts.index_of_key(facts[i].about, facts[i].metric_id, facts[i].when) == i)
      ++keys;  // a key's first fact
  const std::string checked = std::to_string(N)
                                  .append(" facts, ")
                                  .append(std::to_string(keys))
                                  .append(" keys (subject, metric, period)");
  return detail::explain_with(r, sides, checked);
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
