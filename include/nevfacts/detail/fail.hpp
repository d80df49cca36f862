// nevfacts/detail/fail.hpp -- how nevfacts stops a constant evaluation with a readable reason
//
// Synopsis
//   template <class... T> inline constexpr bool dependent_false;   // static_assert in templates
//   void failure::<reason>(...);   // non-constexpr "sinks": calling one during constant
//                                  // evaluation is a compile error whose text names the reason
//                                  // (and, with Clang, the argument values); at run time the
//                                  // caller throws instead.
//   void failure::phrase_refused_<reason>(std::string_view words);  // a NEVFACTS_REFUSALS row
//   constexpr void failure::refuse_phrase(refusal, std::string_view words);   // calls its sink
//   [[noreturn]] void throw_domain_error(std::string_view what);   // at run time
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <cstddef>

#include <nevfacts/refusal.hpp>

#include <stdexcept>
#include <string_view>

namespace nevfacts {

template <class... T>
inline constexpr bool dependent_false = false;

// The names below are the diagnostic: a failing constant evaluation prints
// "call to non-constexpr function 'nevfacts::failure::<name>'".
namespace failure {
inline void division_by_interval_containing_zero() {}
inline void unparsable_phrase(std::string_view /*phrase*/, std::string_view /*why*/) {}
inline void phrase_does_not_fit_kind(std::string_view /*phrase*/, std::string_view /*kind*/) {}
inline void negative_count(double /*value*/) {}
inline void share_outside_0_to_100_percent(double /*percent*/) {}
inline void invalid_interval_lower_bound_above_upper(double /*lo*/, double /*hi*/) {}
inline void invalid_calendar_date(int /*y*/, unsigned /*m*/, unsigned /*d*/) {}
inline void invalid_period(std::string_view /*what*/) {}
inline void growth_of_minus_100_percent_or_less(double /*percent*/) {}
inline void figure_words_not_in_quote(std::string_view /*fact_id*/, std::string_view /*words*/) {}
inline void duplicate_fact_id(std::string_view /*fact_id*/) {}
inline void facts_about_different_scopes_cannot_be_compared(std::string_view /*fact_a*/,
                                                            std::string_view /*fact_b*/) {}

// --- checks helper (issue 11): provenance, scope, status, the whole of a share, kinds --------
inline void check_cannot_fail_both_sides_rest_on_the_same_claims(std::string_view /*rule*/,
                                                                 std::string_view /*derived*/,
                                                                 std::string_view /*other*/) {}
inline void fact_rests_on_more_than_8_claims(std::size_t /*claims*/) {}
inline void a_claim_cannot_be_status_derived_only_derivations_make_derived_facts(
    std::string_view /*fact_id*/) {}
inline void shares_of_different_wholes_cannot_be_compared(std::string_view /*share_a*/,
                                                          std::string_view /*share_b*/) {}
inline void share_is_of_another_whole_than_the_fact_used_as_its_whole(std::string_view /*share*/,
                                                                      std::string_view /*whole*/) {}
inline void forecast_and_actual_cannot_agree_compare_them_with_check_forecast(
    std::string_view /*fact_a*/, std::string_view /*fact_b*/) {}
inline void check_forecast_takes_a_forecast_or_target_then_an_actual(std::string_view /*forecast*/,
                                                                     std::string_view /*outcome*/) {
}
inline void negative_amount(double /*value*/) {}
inline void rank_below_first_place(double /*position*/) {}
inline void exchange_rate_must_be_positive(double /*rate*/) {}

// parser (issue 10): one sink per reason a figure's words are refused (nevfacts/refusal.hpp), so
// the first line of the diagnostic names the reason: "phrase_refused_decimal_comma_is_ambiguous".
#define NEVFACTS_REFUSAL_SINK(name, reason, expected) \
  inline void phrase_refused_##name(std::string_view /*words*/) {}
NEVFACTS_REFUSALS(NEVFACTS_REFUSAL_SINK)
#undef NEVFACTS_REFUSAL_SINK
constexpr void refuse_phrase(refusal why, std::string_view words) {
  switch (why) {
    case refusal::none:
      return;
#define NEVFACTS_REFUSAL_CASE(name, reason, expected) \
  case refusal::name:                                 \
    phrase_refused_##name(words);                     \
    return;
      NEVFACTS_REFUSALS(NEVFACTS_REFUSAL_CASE)
#undef NEVFACTS_REFUSAL_CASE
  }
}

// --- checks helper (issue 11, review): the level a change is of, statuses, bands, periods -----
inline void change_is_of_another_metric_than_the_level_it_is_applied_to(
    std::string_view /*change*/, std::string_view /*level*/) {}
inline void change_metric_names_no_level_name_it_with_change_of(std::string_view /*change*/) {}
inline void direction_and_change_are_changes_of_different_metrics(std::string_view /*direction*/,
                                                                  std::string_view /*change*/) {}
inline void a_forecast_and_a_target_cannot_agree_they_are_different_kinds_of_claim(
    std::string_view /*fact_a*/, std::string_view /*fact_b*/) {}
inline void derivation_mixes_an_actual_with_a_forecast_or_target(std::string_view /*fact_a*/,
                                                                 std::string_view /*fact_b*/) {}
inline void growth_value_must_have_the_status_of_its_base_and_growth(
    std::string_view /*value*/, std::string_view /*implied_by*/) {}
inline void band_lower_above_upper(double /*lo*/, double /*hi*/) {}
inline void plausible_growth_takes_the_earlier_figure_first(std::string_view /*from*/,
                                                            std::string_view /*to*/) {}
inline void quarter_must_be_1_to_4(unsigned /*quarter*/) {}
inline void half_must_be_1_or_2(unsigned /*half*/) {}
inline void month_must_be_1_to_12(unsigned /*month*/) {}
}  // namespace failure

// Throws at run time; at compile time, the caller has already called a failure sink.
[[noreturn]] inline void throw_domain_error(std::string_view what) {
  throw std::domain_error(std::string(what));
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
