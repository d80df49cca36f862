// nevfacts/rules.hpp -- relations between facts, each evaluated to a check_result
//
// Synopsis (namespace nevfacts); every function is constexpr and works the same at run time
//   check_share(part, whole, share)             share = part / whole
//   check_growth(value, growth, base)           value = base x (1 + growth), base a year earlier
//   check_points(share_now, share_before, pp)   share_now - share_before = pp
//   check_part_of_whole(part, whole)            part <= whole (a segment, a shorter period)
//   check_within_capacity(output, capacity)     output <= capacity x length of the period
//   check_agreement(a, b)                       the same series and period, from two sources
//   check_exchange_rate(cny, usd, band)         the rate implied by a translation lies in a band
//   check_weekday(named, day)                   "on Wednesday" is the weekday of the day named
//   check_run_of_years(a, b)                    two runs ("for 14 consecutive years") start together
//   check_plausible_growth(from, to, band)      implied yearly growth within band, else flagged
//   check_forecast(forecast, outcome)           a forecast against what happened
//   check_direction(direction, change)          "continues to rise" against a growth or points
//   check_equal(a, b)                           two figures of one kind that must agree
//   check_registry(registry)                    no document says two things of one key
// Derivations (each a fact with status derived and the ids it came from):
//   derive_base(id, value, growth), derive_whole(id, part, share, whole_subject),
//   derive_earlier_share(id, share_now, pp), derive_rate(id, cny, usd, rate_metric),
//   derive_first_year(id, run, year_metric)
//
// Facts about different things (a segment and an unrelated segment, a quarter and a
// different year) are never compared: asking is a compile error,
// failure::facts_about_different_scopes_cannot_be_compared.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/check.hpp>
#include <nevfacts/detail/fail.hpp>
#include <nevfacts/fact.hpp>
#include <nevfacts/real_interval.hpp>
#include <nevfacts/registry.hpp>

namespace nevfacts {

namespace detail {

constexpr void require_scope(bool related, const fact& a, const fact& b) {
  if (!related) {
    failure::facts_about_different_scopes_cannot_be_compared(a.id, b.id);
    throw_domain_error("nevfacts: facts about different scopes cannot be compared");
  }
}

// Equal-by-intervals: disjoint is a contradiction; an implied interval that allows every
// value of the kind says nothing.
constexpr bool says_nothing(real_interval i, real_interval kind_bounds) { return i.lo <= kind_bounds.lo && i.hi >= kind_bounds.hi; }

constexpr verdict judge_equal(real_interval implied, real_interval stated, real_interval kind_bounds) {
  if (!implied.overlaps(stated)) return verdict::contradicts;
  if (says_nothing(implied, kind_bounds) || says_nothing(stated, kind_bounds)) return verdict::cannot_tell;
  return verdict::holds;
}

constexpr verdict judge_at_most(real_interval part, real_interval whole) {
  if (part.lo > whole.hi) return verdict::contradicts;
  if (part.hi <= whole.lo) return verdict::holds;
  return verdict::cannot_tell;
}

constexpr check_result result(rule r, verdict v, source_ids ids, real_interval implied, real_interval stated,
                              std::string_view note = {}) {
  return {r, v, ids, implied, stated, note};
}

constexpr real_interval factor_of(real_interval growth_percent) { return 1.0 + growth_percent / 100.0; }

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

}  // namespace detail

template <value_kind T>
constexpr check_result check_share(const fact_of<T>& part, const fact_of<T>& whole, const fact_of<share>& s) {
  detail::require_scope(part.about.within(whole.about) && part.when == whole.when && part.metric_id == whole.metric_id, part, whole);
  const real_interval implied = part.value / whole.value * 100.0;
  return detail::result(rule::share, detail::judge_equal(implied, s.value, kind_traits<share>::info.bounds),
                        {part.id, whole.id, s.id}, implied, s.value);
}

template <value_kind T>
constexpr check_result check_growth(const fact_of<T>& value, const fact_of<growth>& g, const fact_of<T>& base) {
  detail::require_scope(value.same_series(base) && base.when == one_year_earlier(value.when), value, base);
  const real_interval implied = base.value * detail::factor_of(g.value);
  return detail::result(rule::growth, detail::judge_equal(implied, value.value, kind_traits<T>::info.bounds),
                        {base.id, g.id, value.id}, implied, value.value);
}

constexpr check_result check_points(const fact_of<share>& now, const fact_of<share>& before, const fact_of<percentage_points>& pp) {
  detail::require_scope(now.same_series(before) && before.when == one_year_earlier(now.when), now, before);
  const real_interval implied = now.value - before.value;
  return detail::result(rule::points, detail::judge_equal(implied, pp.value, kind_traits<percentage_points>::info.bounds),
                        {now.id, before.id, pp.id}, implied, pp.value);
}

template <value_kind T>
constexpr check_result check_part_of_whole(const fact_of<T>& part, const fact_of<T>& whole) {
  detail::require_scope(part.about.within(whole.about) && whole.when.contains(part.when) && part.metric_id == whole.metric_id,
                        part, whole);
  return detail::result(rule::part_of_whole, detail::judge_at_most(part.value, whole.value), {part.id, whole.id},
                        part.value, whole.value);
}

// Capacity is a rate (things per year); over a period it allows rate x the period's length.
template <class Unit>
constexpr check_result check_within_capacity(const fact_of<quantity<Unit>>& output,
                                             const fact_of<quantity<decltype(Unit{} / units::year_unit{})>>& capacity) {
  detail::require_scope(output.about.within(capacity.about), output, capacity);
  const double days = output.when.length_in_days();
  const real_interval years_long = days / real_interval{365.0, 366.0};
  const real_interval most = capacity.value * years_long;
  return detail::result(rule::within_capacity, detail::judge_at_most(output.value, most), {output.id, capacity.id},
                        output.value, most);
}

template <value_kind T>
constexpr check_result check_agreement(const fact_of<T>& a, const fact_of<T>& b) {
  detail::require_scope(a.same_key(b), a, b);
  return detail::result(rule::agreement, detail::judge_equal(a.value, b.value, kind_traits<T>::info.bounds), {a.id, b.id},
                        a.value, b.value);
}

template <value_kind T>
constexpr check_result check_equal(const fact_of<T>& a, const fact_of<T>& b) {
  return detail::result(rule::equal, detail::judge_equal(a.value, b.value, kind_traits<T>::info.bounds), {a.id, b.id},
                        a.value, b.value);
}

// The band is an assumption of the caller (say, the range of the official rate that year).
constexpr check_result check_exchange_rate(const fact_of<cny_amount>& cny, const fact_of<usd_amount>& usd, real_interval band) {
  detail::require_scope(cny.about.same_as(usd.about) && cny.when == usd.when, cny, usd);
  const real_interval implied = cny.value / usd.value;
  const verdict v = band.contains(implied) ? verdict::holds : implied.overlaps(band) ? verdict::cannot_tell : verdict::contradicts;
  return detail::result(rule::exchange_rate, v, {cny.id, usd.id}, implied, band, "CNY per USD");
}

// The named weekday's period is the window the text can mean (a week up to the dateline); the
// day of that weekday in the window must be the day another line of the text names.
constexpr check_result check_weekday(const fact_of<date::weekday>& named, const fact_of<calendar_day>& day) {
  int match = named.when.first;
  while (match <= named.when.last && double(weekday_of_day(match).c_encoding()) != named.value.lo) ++match;
  const real_interval implied = match <= named.when.last ? real_interval::point(match) : real_interval{-unbounded, unbounded};
  const verdict v = match > named.when.last ? verdict::cannot_tell
                                            : implied == day.value ? verdict::holds : verdict::contradicts;
  return detail::result(rule::weekday, v, {named.id, day.id}, implied, day.value, "days since 1970-01-01");
}

// A run's period is the last year it covers; its first year is last - length + 1.
constexpr check_result check_run_of_years(const fact_of<year_count>& a, const fact_of<year_count>& b) {
  detail::require_scope(a.about.same_as(b.about) && a.metric_id == b.metric_id, a, b);
  const real_interval first_a = double(a.when.last_year() + 1) - a.value;
  const real_interval first_b = double(b.when.last_year() + 1) - b.value;
  return detail::result(rule::run_of_years, detail::judge_equal(first_a, first_b, {-unbounded, unbounded}), {a.id, b.id},
                        first_a, first_b, "first year of the run");
}

// Yearly growth between two figures of one series; outside the band is flagged, not refuted.
template <value_kind T>
constexpr check_result check_plausible_growth(const fact_of<T>& from, const fact_of<T>& to, real_interval band_percent) {
  detail::require_scope(from.same_series(to) && to.when.last_year() > from.when.last_year(), from, to);
  const int years = to.when.last_year() - from.when.last_year();
  const real_interval factor = to.value / from.value;
  const real_interval allowed = detail::power(detail::factor_of(band_percent), years);
  const verdict v = allowed.contains(factor) ? verdict::holds : factor.overlaps(allowed) ? verdict::cannot_tell : verdict::flagged;
  const real_interval yearly{(detail::root(factor.lo, years) - 1.0) * 100.0, (detail::root(factor.hi, years) - 1.0) * 100.0};
  return detail::result(rule::plausible_growth, v, {from.id, to.id}, yearly, band_percent, "% a year");
}

template <value_kind T>
constexpr check_result check_forecast(const fact_of<T>& forecast, const fact_of<T>& outcome) {
  detail::require_scope(forecast.same_key(outcome), forecast, outcome);
  const verdict v = forecast.value.overlaps(outcome.value) ? verdict::holds : verdict::flagged;
  return detail::result(rule::forecast, v, {forecast.id, outcome.id}, forecast.value, outcome.value,
                        v == verdict::holds ? "forecast came true" : "forecast missed");
}

// "Rapid" growth is taken as at least 10 % a year; a forecast that missed is flagged, a claim
// of fact that the figures refute is a contradiction.
template <class Change>
constexpr check_result check_direction(const fact_of<direction>& said, const fact_of<Change>& change) {
  detail::require_scope((said.about.within(change.about) || change.about.within(said.about)) && said.when == change.when,
                        said, change);
  const double d = said.value.lo;
  const real_interval c = change.value;
  const real_interval expected = d > 1.0 ? real_interval{10.0, unbounded} : d > 0.0 ? real_interval{0.0, unbounded}
                               : d < 0.0 ? real_interval{-unbounded, 0.0} : real_interval{0.0, 0.0};
  const bool met = d > 1.0 ? c.lo >= 10.0 : d > 0.0 ? c.lo > 0.0 : d < 0.0 ? c.hi < 0.0 : c == expected;
  const bool refuted = d > 1.0 ? c.hi < 10.0 : d > 0.0 ? c.hi <= 0.0 : d < 0.0 ? c.lo >= 0.0 : !c.contains(0.0);
  const verdict v = met ? verdict::holds
                  : refuted ? (said.state == status::actual ? verdict::contradicts : verdict::flagged)
                            : verdict::cannot_tell;
  return detail::result(rule::direction, v, {said.id, change.id}, expected, change.value);
}

// One pass over the key chains: two facts of one key from one document must agree.
template <std::size_t N>
constexpr check_result check_registry(const registry<N>& facts) {
  for (std::size_t i = 0; i < N; ++i)
    for (std::size_t j = facts.next_of_same_key(i); j != N; j = facts.next_of_same_key(j))
      if (same_document(facts[i], facts[j]) && facts[i].state == facts[j].state && !facts[i].value.overlaps(facts[j].value))
        return detail::result(rule::registry, verdict::contradicts, {facts[i].id, facts[j].id}, facts[i].value,
                              facts[j].value, "one document, one key, two values");
  return detail::result(rule::registry, verdict::holds, {}, {}, {}, "ids unique, no document contradicts itself");
}

template <value_kind T>
constexpr fact_of<T> derive_base(std::string_view id, const fact_of<T>& value, const fact_of<growth>& g) {
  return derived<T>(id, value.about, value, one_year_earlier(value.when), value.value / detail::factor_of(g.value),
                    "growth", {value.id, g.id});
}

template <value_kind T>
constexpr fact_of<T> derive_whole(std::string_view id, const fact_of<T>& part, const fact_of<share>& s, subject whole) {
  return derived<T>(id, whole, part, part.when, part.value / (s.value / 100.0), "share", {part.id, s.id});
}

constexpr fact_of<share> derive_earlier_share(std::string_view id, const fact_of<share>& now, const fact_of<percentage_points>& pp) {
  return derived<share>(id, now.about, now, one_year_earlier(now.when), intersect(now.value - pp.value, {0.0, 100.0}),
                        "points", {now.id, pp.id});
}

constexpr fact_of<cny_per_usd> derive_rate(std::string_view id, const fact_of<cny_amount>& cny, const fact_of<usd_amount>& usd,
                                           const metric<cny_per_usd>& rate) {
  return derived<cny_per_usd>(id, cny.about, rate, cny.when, cny.value / usd.value, "exchange_rate", {cny.id, usd.id});
}

constexpr fact_of<calendar_year> derive_first_year(std::string_view id, const fact_of<year_count>& run, const metric<calendar_year>& first) {
  return derived<calendar_year>(id, run.about, first, run.when, double(run.when.last_year() + 1) - run.value, "run_of_years",
                                {run.id});
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
