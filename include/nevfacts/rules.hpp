// nevfacts/rules.hpp -- relations between facts, each evaluated to a check_result
//
// Synopsis (namespace nevfacts); every function is constexpr and works the same at run time
//   rule and its two sides (stated side | implied side, see "Sides" below)
//   check_share(part, whole, share)             share = part / whole        {share} | {part, whole}
//   check_growth(value, growth, base)         value = base x (1 + growth) {value} | {base, growth}
//   check_points(share_now, share_before, pp)   now - before = pp           {pp} | {now, before}
//   check_part_of_whole(part, whole)            part <= whole               {part} | {whole}
//   check_within_capacity(output, capacity)     output <= capacity x length {output} | {capacity}
//   check_agreement(a, b)                       one key, two sources        {a} | {b}
//   check_exchange_rate(cny, usd, band)         cny / usd within band       {cny} | {usd}
//   check_weekday(named, day)                   "on Wednesday" is that day  {named} | {day}
//   check_run_of_years(a, b)                    two runs start together     {a} | {b}
//   check_plausible_growth(from, to, band)      yearly growth within band   {to} | {from}
//   check_forecast(forecast, outcome)           how far a forecast missed   {forecast} | {outcome}
//   check_direction(direction, change)          "continues to rise"         {direction} | {change}
//   check_equal(a, b)                           two measures of one thing   {a} | {b}
//   check_registry(registry)                    ids found, no document says two things of one key
// Derivations (each a fact with status derived, the ids it came from and the claims it rests on):
//   derive_base(id, value, growth), derive_whole(id, part, share, whole_subject),
//   derive_earlier_share(id, share_now, pp), derive_rate(id, cny, usd, rate_metric),
//   derive_first_year(id, run, year_metric)
//
// Scope. Facts about different things (a segment and an unrelated segment, a quarter and a
// different year, a growth of another subject or year) are never compared or combined: every
// fact a rule or derivation reads is tested, the share's and the growth's too, and asking is a
// compile error, failure::facts_about_different_scopes_cannot_be_compared. What each tests:
//   share, points, growth, derivations: subject, period and series of every argument;
//   agreement, forecast: one key (subject, metric, period);
//   equal: subject and period (the metrics may differ: "five aspects" and a list of five);
//   part_of_whole: the part's subject within the whole's, its period within, one metric;
//   within_capacity: the output's subject within the capacity's, the capacity's period
//     overlapping the output's (a capacity is stated at a time, the output is over a period);
//   run_of_years: subject and metric; the periods differ by design (runs end in different years);
//   weekday: subject, and the day within the window the weekday can mean;
//   direction: related subjects, one period; exchange_rate: subject and period;
//   plausible_growth: one series, the later period later (else
//     failure::plausible_growth_takes_the_earlier_figure_first); bands: lower <= upper;
//   derive_first_year reads one fact only: there is nothing to compare.
// Changes. A growth, percentage points or a direction names the level it changes
// (change_of(sales), nevfacts/metric.hpp): check_growth, derive_base, check_points and
// derive_earlier_share require it to be the level's metric
// (failure::change_is_of_another_metric_than_the_level_it_is_applied_to), check_direction that
// the direction and the change name one level; a change metric naming no level is refused
// (failure::change_metric_names_no_level_name_it_with_change_of). A share does not grow by a per
// cent (check_growth, derive_base refuse it); check_plausible_growth takes levels, not changes.
// Arguments of the wrong kind are refused by static_assert naming the kinds each rule takes.
// Shares. A share names its whole (nevfacts/metric.hpp); two shares are compared only if they
// are shares of one whole (failure::shares_of_different_wholes_cannot_be_compared), and the
// whole a share is held against (check_share, derive_whole) must be the whole it names.
// Status. Agreement, equality, run and exchange-rate checks compare like with like (actual with
// actual, a forecast with a forecast; a derived fact has its sources' status): a forecast
// against an actual is check_forecast, which takes the forecast or target first and the actual
// second; a forecast against a target is refused in its own words. check_growth: the value has the
// status of the less certain of base and growth (a forecast value from a forecast growth on an
// actual base), so a forecast never counts as borne out by actuals. derive_rate takes two facts of
// one status. part_of_whole bounds whatever the status (the first half's actual sales bound the
// forecast for the year); plausible_growth asks what growth a later target would take.
// Sides. Each check compares a stated side with what its other side implies. A check is
// evidence only if each side rests on a claim the other does not: if every claim behind one
// side is also behind the other, one side was computed from (some of) the other's claims and the
// check can only hold (base = value / (1 + g) against value, or a whole = part / share against
// the part). Such a check does not compile:
// failure::check_cannot_fail_both_sides_rest_on_the_same_claims(rule, derived fact, other fact).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/check.hpp>
#include <nevfacts/detail/fail.hpp>
#include <nevfacts/fact.hpp>
#include <nevfacts/real_interval.hpp>
#include <nevfacts/registry.hpp>

#include <initializer_list>
#include <type_traits>

namespace nevfacts {

namespace detail {

constexpr void require_scope(bool related, const fact& a, const fact& b) {
  if (!related) {
    failure::facts_about_different_scopes_cannot_be_compared(a.id, b.id);
    throw_domain_error("nevfacts: facts about different scopes cannot be compared");
  }
}

// Only shares have wholes; two shares are comparable when they are of one whole.
constexpr bool is_share(const fact& f) { return f.kind->style == value_style::percent; }
constexpr bool same_whole(const fact& a, const fact& b) {
  if (!is_share(a) || !is_share(b)) return true;
  return a.whole->same_as(*b.whole);
}
constexpr void require_same_whole(const fact& a, const fact& b) {
  if (!same_whole(a, b)) {
    failure::shares_of_different_wholes_cannot_be_compared(a.id, b.id);
    throw_domain_error("nevfacts: shares of different wholes cannot be compared");
  }
}
// The fact used as a share's whole must be the whole the share names (if it names one).
constexpr void require_named_whole(const fact& s, subject whole_about,
                                   std::string_view whole_metric, const fact& other) {
  if (!s.whole->named()) return;
  if (!s.whole->of.same_as(whole_about) || !detail::same_text(s.whole->metric_id, whole_metric)) {
    failure::share_is_of_another_whole_than_the_fact_used_as_its_whole(s.id, other.id);
    throw_domain_error("nevfacts: the share is of another whole");
  }
}
// A forecast against a target is not a question for check_forecast either: say so.
constexpr void require_like_with_like(const fact& a, const fact& b) {
  if (a.basis != b.basis && a.basis != status::actual && b.basis != status::actual) {
    failure::a_forecast_and_a_target_cannot_agree_they_are_different_kinds_of_claim(a.id, b.id);
    throw_domain_error("nevfacts: a forecast and a target are different kinds of claim");
  }
  if (a.basis != b.basis) {
    failure::forecast_and_actual_cannot_agree_compare_them_with_check_forecast(a.id, b.id);
    throw_domain_error(
        "nevfacts: a forecast or target and an actual are compared by check_forecast");
  }
}
constexpr void require_like_in_derivation(const fact& a, const fact& b) {
  if (a.basis != b.basis) {
    failure::derivation_mixes_an_actual_with_a_forecast_or_target(a.id, b.id);
    throw_domain_error("nevfacts: a derivation mixes an actual with a forecast or target");
  }
}
// A change (growth, points) applied to a level must be a change of the level's metric.
constexpr void require_named_level(const fact& change) {
  if (change.level_metric.empty()) {
    failure::change_metric_names_no_level_name_it_with_change_of(change.id);
    throw_domain_error(
        "nevfacts: the change's metric names no level: name it with change_of(level metric)");
  }
}
constexpr void require_change_of(const fact& change, const fact& level) {
  require_named_level(change);
  if (!detail::same_text(change.level_metric, level.metric_id)) {
    failure::change_is_of_another_metric_than_the_level_it_is_applied_to(change.id, level.id);
    throw_domain_error("nevfacts: the change is of another metric than the level");
  }
}
constexpr void require_band(real_interval band) {
  if (band.lo > band.hi) {
    failure::band_lower_above_upper(band.lo, band.hi);
    throw_domain_error("nevfacts: band lower above upper");
  }
}
constexpr bool same_subject_and_period(const fact& a, const fact& b) {
  return a.about.same_as(b.about) && a.when == b.when;
}

// Its arguments are values, so that Clang's "in call to" note prints the rule and both ids.
constexpr void refuse_check_that_cannot_fail(bool refused, std::string_view rule_name,
                                             std::string_view derived_id,
                                             std::string_view other_id) {
  if (!refused) return;
  failure::check_cannot_fail_both_sides_rest_on_the_same_claims(rule_name, derived_id, other_id);
  throw_domain_error("nevfacts: a check whose sides rest on the same claims cannot fail");
}

// See "Sides" in the synopsis: refused when the claims of one side lie within the other's.
// Indices, not pointers: GCC's -fsanitize=undefined refuses to compare addresses in constant
// expressions.
constexpr std::size_t first_derived(std::initializer_list<const fact*> side) {
  std::size_t i = 0;
  for (const fact* f : side) {
    if (f->state == status::derived) return i;
    ++i;
  }
  return side.size();
}
constexpr void require_independent(rule r, std::initializer_list<const fact*> stated,
                                   std::initializer_list<const fact*> implied) {
  claim_set a, b;
  for (const fact* f : stated) a.add(f->rests_on);
  for (const fact* f : implied) b.add(f->rests_on);
  const bool a_within_b = a.within(b), b_within_a = b.within(a);
  if (!a_within_b && !b_within_a) return;
  // Name the derived fact of the side that covers the other, and a fact of the other side.
  const auto covering = a_within_b ? implied : stated;
  const auto covered = a_within_b ? stated : implied;
  const std::size_t in_covering = first_derived(covering), in_covered = first_derived(covered);
  const fact& named = in_covering < covering.size() ? *covering.begin()[in_covering]
                      : in_covered < covered.size() ? *covered.begin()[in_covered]
                                                    : *covering.begin()[0];
  const fact& other = in_covering == covering.size() && in_covered < covered.size()
                          ? *covering.begin()[0]
                          : *covered.begin()[0];
  refuse_check_that_cannot_fail(true, to_string(r), named.id, other.id);
}

// Each type test is a named constant first: Clang then prints the name, not the Boost.Units types.
template <class A, class B>
constexpr void require_one_kind() {
  constexpr bool one_kind = std::is_same_v<A, B>;
  static_assert(one_kind,
                "nevfacts: this rule compares two figures of one kind (items with items, a "
                "share with a "
                "share); the facts' kinds differ (a share is not percentage points, a count of one "
                "thing is not a count of another)");
}

// Equal-by-intervals: disjoint is a contradiction; an implied interval that allows every
// value of the kind says nothing.
constexpr bool says_nothing(real_interval i, real_interval kind_bounds) {
  return i.lo <= kind_bounds.lo && i.hi >= kind_bounds.hi;
}

constexpr verdict judge_equal(real_interval implied, real_interval stated,
                              real_interval kind_bounds) {
  if (!implied.overlaps(stated)) return verdict::contradicts;
  if (says_nothing(implied, kind_bounds) || says_nothing(stated, kind_bounds))
    return verdict::cannot_tell;
  return verdict::holds;
}

constexpr verdict judge_at_most(real_interval part, real_interval whole) {
  if (part.lo > whole.hi) return verdict::contradicts;
  if (part.hi <= whole.lo) return verdict::holds;
  return verdict::cannot_tell;
}

constexpr check_result result(rule r, verdict v, source_ids ids, std::size_t first_side,
                              real_interval implied, real_interval stated,
                              std::string_view note = {}) {
  return {r, v, ids, first_side, implied, stated, note, {}};
}

constexpr real_interval factor_of(real_interval growth_percent) {
  return 1.0 + growth_percent / 100.0;
}

constexpr real_interval power(real_interval x, int n) {
  real_interval p = real_interval::point(1.0);
  for (int i = 0; i < n; ++i) p = p * x;
  return p;
}

// The n-th root, bracketed by bisection: for display, never for a verdict.
constexpr double root(double x, int n) {
  if (is_infinite(x) || x <= 0.0) return x;
  double lo = 0.0, hi = x > 1.0 ? x : 1.0;
  for (int i = 0; i < 200; ++i) {
    const double mid = lo + (hi - lo) / 2;
    double p = 1.0;
    for (int k = 0; k < n; ++k) p *= mid;
    (p < x ? lo : hi) = mid;
  }
  return hi;
}

template <class T>
inline constexpr bool is_change_kind =
    std::is_same_v<T, growth> || std::is_same_v<T, percentage_points>;

// A level is what a change changes: a count, an amount, a share; not a growth, points or a
// multiple.
template <class T>
inline constexpr bool is_level_kind = !is_change_value<T> && !std::is_same_v<T, multiple>;

template <class Q>
struct capacity_of {
  using type = void;
};
template <class Unit>
struct capacity_of<quantity<Unit>> {
  using type = quantity<decltype(Unit{} / units::year_unit{})>;
};

}  // namespace detail

template <value_kind P, value_kind W, value_kind S>
constexpr check_result check_share(const fact_of<P>& part, const fact_of<W>& whole,
                                   const fact_of<S>& s) {
  constexpr bool third_is_a_share = std::is_same_v<S, share>;
  static_assert(third_is_a_share,
                "nevfacts: check_share(part, whole, share) takes a share third (24.8 percent), "
                "not percentage points or a growth");
  detail::require_one_kind<P, W>();
  detail::require_scope(part.about.within(whole.about) && part.when == whole.when &&
                            part.metric_id == whole.metric_id,
                        part, whole);
  detail::require_scope(detail::same_subject_and_period(s, part), s, part);
  detail::require_named_whole(s, whole.about, whole.metric_id, whole);
  detail::require_independent(rule::share, {&s}, {&part, &whole});
  const real_interval implied = part.value / whole.value * 100.0;
  return detail::result(rule::share,
                        detail::judge_equal(implied, s.value, kind_traits<share>::info.bounds),
                        {part.id, whole.id, s.id}, 2, implied, s.value);
}

template <value_kind V, value_kind G, value_kind B>
constexpr check_result check_growth(const fact_of<V>& value, const fact_of<G>& g,
                                    const fact_of<B>& base) {
  constexpr bool second_is_a_growth = std::is_same_v<G, growth>;
  static_assert(second_is_a_growth,
                "nevfacts: check_growth(value, growth, base) takes a growth second");
  detail::require_one_kind<V, B>();
  constexpr bool value_is_not_a_share = !std::is_same_v<V, share>;
  static_assert(value_is_not_a_share,
                "nevfacts: a share does not grow by a per cent: shares change by percentage "
                "points (check_points)");
  detail::require_scope(value.same_series(base) && base.when == one_year_earlier(value.when), value,
                        base);
  detail::require_scope(detail::same_subject_and_period(g, value), g, value);
  detail::require_change_of(g, value);
  // The value is stated, base and growth imply it: it is as certain as the less certain of them
  // (a forecast value with a forecast growth on an actual base; not a forecast counted as an
  // actual).
  const fact& less_certain = static_cast<unsigned>(g.basis) > static_cast<unsigned>(base.basis)
                                 ? static_cast<const fact&>(g)
                                 : static_cast<const fact&>(base);
  if (value.basis != less_certain.basis) {
    failure::growth_value_must_have_the_status_of_its_base_and_growth(value.id, less_certain.id);
    throw_domain_error("nevfacts: the growth value's status differs from its base's and growth's");
  }
  detail::require_independent(rule::growth, {&value}, {&base, &g});
  const real_interval implied = base.value * detail::factor_of(g.value);
  return detail::result(rule::growth,
                        detail::judge_equal(implied, value.value, kind_traits<V>::info.bounds),
                        {base.id, g.id, value.id}, 2, implied, value.value);
}

template <value_kind N, value_kind B, value_kind C>
constexpr check_result check_points(const fact_of<N>& now, const fact_of<B>& before,
                                    const fact_of<C>& pp) {
  constexpr bool shares_then_points =
      std::is_same_v<N, share> && std::is_same_v<B, share> && std::is_same_v<C, percentage_points>;
  static_assert(shares_then_points,
                "nevfacts: check_points(share_now, share_before, pp) takes two shares, then "
                "percentage points (a growth in per cent is check_growth)");
  detail::require_same_whole(now, before);
  detail::require_scope(now.same_series(before) && before.when == one_year_earlier(now.when), now,
                        before);
  detail::require_scope(detail::same_subject_and_period(pp, now), pp, now);
  detail::require_change_of(pp, now);
  detail::require_independent(rule::points, {&pp}, {&now, &before});
  const real_interval implied = now.value - before.value;
  return detail::result(
      rule::points,
      detail::judge_equal(implied, pp.value, kind_traits<percentage_points>::info.bounds),
      {now.id, before.id, pp.id}, 2, implied, pp.value);
}

template <value_kind P, value_kind W>
constexpr check_result check_part_of_whole(const fact_of<P>& part, const fact_of<W>& whole) {
  detail::require_one_kind<P, W>();
  detail::require_same_whole(part, whole);
  detail::require_scope(part.about.within(whole.about) && whole.when.contains(part.when) &&
                            part.metric_id == whole.metric_id,
                        part, whole);
  detail::require_independent(rule::part_of_whole, {&part}, {&whole});
  return detail::result(rule::part_of_whole, detail::judge_at_most(part.value, whole.value),
                        {part.id, whole.id}, 1, part.value, whole.value);
}

// Capacity is a rate (things per year); over a period it allows rate x the period's length.
template <value_kind Out, value_kind Cap>
constexpr check_result check_within_capacity(const fact_of<Out>& output,
                                             const fact_of<Cap>& capacity) {
  constexpr bool capacity_in_output_unit_per_year =
      std::is_same_v<Cap, typename detail::capacity_of<Out>::type>;
  static_assert(capacity_in_output_unit_per_year,
                "nevfacts: check_within_capacity(output, capacity) needs a capacity in the "
                "output's unit per year "
                "(items per year for an output of items)");
  detail::require_scope(output.about.within(capacity.about), output, capacity);
  detail::require_scope(capacity.when.overlaps(output.when), output, capacity);
  detail::require_independent(rule::within_capacity, {&output}, {&capacity});
  const double days = output.when.length_in_days();
  const real_interval years_long = days / real_interval{365.0, 366.0};
  const real_interval most = capacity.value * years_long;
  return detail::result(rule::within_capacity, detail::judge_at_most(output.value, most),
                        {output.id, capacity.id}, 1, output.value, most);
}

template <value_kind A, value_kind B>
constexpr check_result check_agreement(const fact_of<A>& a, const fact_of<B>& b) {
  detail::require_one_kind<A, B>();
  detail::require_same_whole(a, b);
  detail::require_scope(a.same_key(b), a, b);
  detail::require_like_with_like(a, b);
  detail::require_independent(rule::agreement, {&a}, {&b});
  const verdict v = detail::judge_equal(a.value, b.value, kind_traits<A>::info.bounds);
  return detail::result(rule::agreement, v, {a.id, b.id}, 1, a.value, b.value);
}

// Two measures of one thing (a count announced, a count listed): one subject, one period, one
// kind; the metrics may differ, that is what the rule is for. One metric: check_agreement.
template <value_kind A, value_kind B>
constexpr check_result check_equal(const fact_of<A>& a, const fact_of<B>& b) {
  detail::require_one_kind<A, B>();
  detail::require_same_whole(a, b);
  detail::require_scope(detail::same_subject_and_period(a, b), a, b);
  detail::require_like_with_like(a, b);
  detail::require_independent(rule::equal, {&a}, {&b});
  const verdict v = detail::judge_equal(a.value, b.value, kind_traits<A>::info.bounds);
  return detail::result(rule::equal, v, {a.id, b.id}, 1, a.value, b.value);
}

// The band is an assumption of the caller (say, the range of the official rate that year).
template <value_kind C, value_kind U>
constexpr check_result check_exchange_rate(const fact_of<C>& cny, const fact_of<U>& usd,
                                           real_interval band) {
  constexpr bool yuan_then_dollars = std::is_same_v<C, cny_amount> && std::is_same_v<U, usd_amount>;
  static_assert(yuan_then_dollars,
                "nevfacts: check_exchange_rate(cny, usd, band) takes an amount in yuan, then "
                "the same amount in US dollars");
  detail::require_band(band);
  detail::require_scope(detail::same_subject_and_period(cny, usd), cny, usd);
  detail::require_like_with_like(cny, usd);
  detail::require_independent(rule::exchange_rate, {&cny}, {&usd});
  const real_interval implied = cny.value / usd.value;
  const verdict v = band.contains(implied)   ? verdict::holds
                    : implied.overlaps(band) ? verdict::cannot_tell
                                             : verdict::contradicts;
  return detail::result(rule::exchange_rate, v, {cny.id, usd.id}, 1, implied, band, "CNY per USD");
}

// The named weekday's period is the window the text can mean (a week up to the dateline); the
// day of that weekday in the window must be the day another line of the text names, which
// must lie in that window and be about the same subject.
constexpr check_result check_weekday(const fact_of<date::weekday>& named,
                                     const fact_of<calendar_day>& day) {
  detail::require_scope(named.about.same_as(day.about) && named.when.contains(day.when), named,
                        day);
  detail::require_independent(rule::weekday, {&named}, {&day});
  int match = named.when.first;
  while (match <= named.when.last && double(weekday_of_day(match).c_encoding()) != named.value.lo)
    ++match;
  const real_interval implied =
      match <= named.when.last ? real_interval::point(match) : real_interval{-unbounded, unbounded};
  const verdict v = match > named.when.last ? verdict::cannot_tell
                    : implied == day.value  ? verdict::holds
                                            : verdict::contradicts;
  return detail::result(rule::weekday, v, {named.id, day.id}, 1, implied, day.value,
                        "days since 1970-01-01");
}

// A run's period is the last year it covers; its first year is last - length + 1. The two
// runs' periods differ by design (two reports a year apart), so only subject and metric match.
constexpr check_result check_run_of_years(const fact_of<year_count>& a,
                                          const fact_of<year_count>& b) {
  detail::require_scope(a.about.same_as(b.about) && a.metric_id == b.metric_id, a, b);
  detail::require_like_with_like(a, b);
  detail::require_independent(rule::run_of_years, {&a}, {&b});
  const real_interval first_a = double(a.when.last_year() + 1) - a.value;
  const real_interval first_b = double(b.when.last_year() + 1) - b.value;
  const verdict v = detail::judge_equal(first_a, first_b, {-unbounded, unbounded});
  return detail::result(rule::run_of_years, v, {a.id, b.id}, 1, first_a, first_b,
                        "first year of the run");
}

// Yearly growth between two figures of one series; outside the band is flagged, not refuted.
// A forecast or target may be the later figure: the rule asks what growth it would take.
template <value_kind A, value_kind B>
constexpr check_result check_plausible_growth(const fact_of<A>& from, const fact_of<B>& to,
                                              real_interval band_percent) {
  detail::require_one_kind<A, B>();
  constexpr bool figures_are_levels = detail::is_level_kind<A>;
  static_assert(figures_are_levels,
                "nevfacts: check_plausible_growth(from, to, band) takes two levels of one series "
                "(sales in two years), not growth rates or changes");
  detail::require_band(band_percent);
  detail::require_same_whole(from, to);
  detail::require_scope(from.same_series(to), from, to);
  if (to.when.last_year() <= from.when.last_year()) {
    failure::plausible_growth_takes_the_earlier_figure_first(from.id, to.id);
    throw_domain_error("nevfacts: check_plausible_growth takes the earlier figure first");
  }
  detail::require_independent(rule::plausible_growth, {&to}, {&from});
  const int years = to.when.last_year() - from.when.last_year();
  const real_interval factor = to.value / from.value;
  const real_interval allowed = detail::power(detail::factor_of(band_percent), years);
  const verdict v = allowed.contains(factor)   ? verdict::holds
                    : factor.overlaps(allowed) ? verdict::cannot_tell
                                               : verdict::flagged;
  const real_interval yearly{(detail::root(factor.lo, years) - 1.0) * 100.0,
                             (detail::root(factor.hi, years) - 1.0) * 100.0};
  return detail::result(rule::plausible_growth, v, {from.id, to.id}, 1, yearly, band_percent,
                        "% a year");
}

// A forecast or target first, the actual outcome second. The miss is forecast / outcome - 1 in
// per cent, as an interval (11.5 M forecast against 12.87 M sold: -11.1 % to -10.2 %).
template <value_kind A, value_kind B>
constexpr check_result check_forecast(const fact_of<A>& forecast, const fact_of<B>& outcome) {
  detail::require_one_kind<A, B>();
  detail::require_same_whole(forecast, outcome);
  if (forecast.basis == status::actual || outcome.basis != status::actual) {
    failure::check_forecast_takes_a_forecast_or_target_then_an_actual(forecast.id, outcome.id);
    throw_domain_error("nevfacts: check_forecast takes a forecast or target, then an actual");
  }
  detail::require_scope(forecast.same_key(outcome), forecast, outcome);
  detail::require_independent(rule::forecast, {&forecast}, {&outcome});
  const verdict v = forecast.value.overlaps(outcome.value) ? verdict::holds : verdict::flagged;
  check_result r =
      detail::result(rule::forecast, v, {forecast.id, outcome.id}, 1, forecast.value, outcome.value,
                     v == verdict::holds ? "forecast came true" : "forecast missed");
  r.miss_percent = (forecast.value / outcome.value - 1.0) * 100.0;
  return r;
}

// "Rapid" growth is taken as at least 10 % a year; a forecast that missed is flagged, a claim
// of fact that the figures refute is a contradiction.
template <value_kind Change>
constexpr check_result check_direction(const fact_of<direction>& said,
                                       const fact_of<Change>& change) {
  static_assert(detail::is_change_kind<Change>,
                "nevfacts: check_direction(direction, change) holds a direction against a change "
                "(a growth or "
                "percentage points), not against a level");
  detail::require_scope((said.about.within(change.about) || change.about.within(said.about)) &&
                            said.when == change.when,
                        said, change);
  detail::require_named_level(said);
  detail::require_named_level(change);
  if (!detail::same_text(said.level_metric, change.level_metric)) {
    failure::direction_and_change_are_changes_of_different_metrics(said.id, change.id);
    throw_domain_error("nevfacts: the direction and the change are changes of different metrics");
  }
  detail::require_independent(rule::direction, {&said}, {&change});
  const double d = said.value.lo;
  const real_interval c = change.value;
  const real_interval expected = d > 1.0   ? real_interval{10.0, unbounded}
                                 : d > 0.0 ? real_interval{0.0, unbounded}
                                 : d < 0.0 ? real_interval{-unbounded, 0.0}
                                           : real_interval{0.0, 0.0};
  const bool met = d > 1.0   ? c.lo >= 10.0
                   : d > 0.0 ? c.lo > 0.0
                   : d < 0.0 ? c.hi < 0.0
                             : c == expected;
  const bool refuted = d > 1.0   ? c.hi < 10.0
                       : d > 0.0 ? c.hi <= 0.0
                       : d < 0.0 ? c.lo >= 0.0
                                 : !c.contains(0.0);
  const verdict v = met ? verdict::holds
                    : refuted
                        ? (said.basis == status::actual ? verdict::contradicts : verdict::flagged)
                        : verdict::cannot_tell;
  return detail::result(rule::direction, v, {said.id, change.id}, 1, expected, change.value);
}

// Every fact is found by its own id (the ids are unique and the table is sound), and along the
// key chains two facts of one key and status from one document must agree.
template <std::size_t N>
constexpr check_result check_registry(const registry<N>& facts) {
  for (std::size_t i = 0; i < N; ++i)
    if (facts.find(facts[i].id) != &facts[i])
      return detail::result(rule::registry, verdict::contradicts, {facts[i].id}, 1, {}, {},
                            "a fact not found by its id");
  for (std::size_t i = 0; i < N; ++i)
    for (std::size_t j = facts.next_of_same_key(i); j != N; j = facts.next_of_same_key(j))
      if (same_document(facts[i], facts[j]) && facts[i].state == facts[j].state &&
          !facts[i].value.overlaps(facts[j].value))
        return detail::result(rule::registry, verdict::contradicts, {facts[i].id, facts[j].id}, 1,
                              facts[i].value, facts[j].value, "one document, one key, two values");
  return detail::result(rule::registry, verdict::holds, {}, 0, {}, {},
                        "every id found once, no document contradicts itself");
}

template <value_kind T, value_kind G>
constexpr fact_of<T> derive_base(std::string_view id, const fact_of<T>& value,
                                 const fact_of<G>& g) {
  constexpr bool second_is_a_growth = std::is_same_v<G, growth>;
  static_assert(second_is_a_growth,
                "nevfacts: derive_base(id, value, growth) takes a growth second");
  constexpr bool value_is_not_a_share = !std::is_same_v<T, share>;
  static_assert(value_is_not_a_share,
                "nevfacts: a share does not grow by a per cent: shares change by percentage "
                "points (derive_earlier_share)");
  detail::require_scope(detail::same_subject_and_period(g, value), g, value);
  detail::require_change_of(g, value);
  return derived<T>(id, value.about, value, one_year_earlier(value.when),
                    value.value / detail::factor_of(g.value), to_string(rule::growth),
                    sources(value, g));
}

template <value_kind T>
constexpr fact_of<T> derive_whole(std::string_view id, const fact_of<T>& part,
                                  const fact_of<share>& s, subject whole) {
  detail::require_scope(detail::same_subject_and_period(s, part), s, part);
  detail::require_scope(part.about.within(whole), part, s);
  detail::require_named_whole(s, whole, part.metric_id, part);
  return derived<T>(id, whole, part, part.when, part.value / (s.value / 100.0),
                    to_string(rule::share), sources(part, s));
}

template <value_kind N, value_kind C>
constexpr fact_of<share> derive_earlier_share(std::string_view id, const fact_of<N>& now,
                                              const fact_of<C>& pp) {
  constexpr bool share_then_points =
      std::is_same_v<N, share> && std::is_same_v<C, percentage_points>;
  static_assert(share_then_points,
                "nevfacts: derive_earlier_share(id, share_now, pp) takes a share, then "
                "percentage points");
  detail::require_scope(detail::same_subject_and_period(pp, now), pp, now);
  detail::require_change_of(pp, now);
  return derived<share>(id, now.about, now, one_year_earlier(now.when),
                        intersect(now.value - pp.value, {0.0, 100.0}), to_string(rule::points),
                        sources(now, pp));
}

constexpr fact_of<cny_per_usd> derive_rate(std::string_view id, const fact_of<cny_amount>& cny,
                                           const fact_of<usd_amount>& usd,
                                           const metric<cny_per_usd>& rate) {
  detail::require_scope(detail::same_subject_and_period(cny, usd), cny, usd);
  detail::require_like_in_derivation(cny, usd);
  return derived<cny_per_usd>(id, cny.about, rate, cny.when, cny.value / usd.value,
                              to_string(rule::exchange_rate), sources(cny, usd));
}

// One fact in, so no scope to compare: the first year belongs to the run's subject and period.
template <value_kind R>
constexpr fact_of<calendar_year> derive_first_year(std::string_view id, const fact_of<R>& run,
                                                   const metric<calendar_year>& first) {
  constexpr bool run_is_a_count_of_years = std::is_same_v<R, year_count>;
  static_assert(run_is_a_count_of_years,
                "nevfacts: derive_first_year(id, run, year_metric) takes a run of years "
                "(14 consecutive years), not a rank or a year");
  return derived<calendar_year>(id, run.about, first, run.when,
                                double(run.when.last_year() + 1) - run.value,
                                to_string(rule::run_of_years), sources(run));
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
