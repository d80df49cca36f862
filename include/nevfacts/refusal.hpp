// nevfacts/refusal.hpp -- why a figure's words were refused, and what was expected instead
//
// Synopsis (namespace nevfacts)
//   enum class refusal { none, no_number, decimal_comma_is_ambiguous, ... };   // one per reason
//   constexpr std::string_view name_of(refusal);       // "decimal_comma_is_ambiguous"
//   constexpr std::string_view reason_of(refusal);     // "a comma that is not a thousands ..."
//   constexpr std::string_view expected_of(refusal);   // "a decimal point ('1.5') or ..."
//   #define NEVFACTS_REFUSALS(X)   // X(name, reason, expected): the one table of reasons
//
// The table is the single place a reason is named: nevfacts/detail/fail.hpp makes one failure
// sink per row, `failure::phrase_refused_<name>`, so a compile-time refusal prints its reason in
// the first line of the diagnostic; at run time parse() returns the row as an error value.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <string_view>

// clang-format off
#define NEVFACTS_REFUSALS(X)                                                                       \
  X(no_number,                                                                                     \
    "no number in the words",                                                                      \
    "a figure such as '9.5 million units' or 'up 5 percent'")                                      \
  X(number_too_long,                                                                               \
    "more digits than a reported figure has",                                                      \
    "at most 17 significant digits")                                                               \
  X(decimal_comma_is_ambiguous,                                                                    \
    "a comma that is not a thousands separator ('1,5', '0,5', '1,2,3')",                           \
    "a decimal point ('1.5') or groups of three digits ('1,500')")                                 \
  X(detached_or_doubled_sign,                                                                      \
    "a sign apart from its number or doubled ('- 5', '--5')",                                      \
    "a sign next to it: '-5'")                                                                     \
  X(sign_and_direction_word,                                                                       \
    "a sign and a direction word together ('up -5%')",                                             \
    "one of them: 'down 5%'")                                                                      \
  X(two_bounds,                                                                                    \
    "two qualifiers bound one figure ('more than less than 5')",                                   \
    "one qualifier")                                                                               \
  X(two_directions,                                                                                \
    "two direction words for one figure ('up down 5%')",                                           \
    "one direction word")                                                                          \
  X(two_units,                                                                                     \
    "two units or currencies for one figure ('5 % yuan', 'US$5 billion yuan')",                    \
    "one unit")                                                                                    \
  X(number_after_figure,                                                                           \
    "another number or scale word after the figure",                                               \
    "one figure per phrase")                                                                       \
  X(letters_glued_to_number,                                                                       \
    "letters glued to the number ('1.5e6', '9.5x')",                                               \
    "a space before the word")                                                                     \
  X(ordinal_with_decimals,                                                                         \
    "an ordinal with decimals ('1.5th')",                                                          \
    "a whole ordinal: '5th'")                                                                      \
  X(bare_times_is_ambiguous,                                                                       \
    "a bare 'N times' (a change or a multiple?)",                                                  \
    "'an increase of N times' or 'N times as many'")                                               \
  X(fold_is_ambiguous,                                                                             \
    "'N-fold' or 'N times more/higher' can mean xN or x(N+1)",                                     \
    "'N times as many' or 'up N percent'")                                                         \
  X(unexpected_character,                                                                          \
    "a character that has no meaning in a figure",                                                 \
    "letters, digits, spaces and , . % $ + -")                                                     \
  X(fraction_without_bound,                                                                        \
    "a fraction word with no bound ('half', 'nearly a third') has no rounding unit",               \
    "'more than half', 'less than a third', or the percentage")                                    \
  X(vague_quantity,                                                                                \
    "a vague quantity ('dozens of', 'several', 'double-digit')",                                   \
    "a number")                                                                                    \
  X(range_out_of_order,                                                                            \
    "a range whose second number is below its first",                                              \
    "'15 to 16 percent'")                                                                          \
  X(qualified_range,                                                                               \
    "a qualifier on a range ('about 1.6 to 1.7 million')",                                         \
    "the range alone")                                                                             \
  X(unit_does_not_fit_kind,                                                                        \
    "the unit named does not fit this kind of value ('%' for a count, yuan for dollars)",         \
    "the kind's unit")                                                                             \
  X(noun_does_not_fit_kind,                                                                        \
    "the noun after the number names another kind of thing ('35 GWh' as a count)",          \
    "a noun of the kind (or none)")                                                                \
  X(change_where_level_expected,                                                                   \
    "the words state a change ('up', 'increase of'); this kind is a level",                        \
    "the level itself: '9.5 million units', 'rose to 9.5 million'")                                \
  X(change_without_direction,                                                                      \
    "a change with no direction word in the phrase or its clause",                                 \
    "'up', 'rose', 'a decline of', ... in the words or their sentence")                            \
  X(outside_kind_bounds,                                                                           \
    "the value lies outside what its kind allows (a negative count, a share over 100%)",           \
    "a value within the kind's bounds")                                                            \
  X(not_a_year,                                                                                    \
    "a year is a whole number of four digits, as written",                                         \
    "'2023', 'in 2023', 'December 2023'")                                                          \
  X(no_rank,                                                                                       \
    "no rank in the words",                                                                        \
    "'second', '3rd place', 'ranked first', 'the largest'")                                        \
  X(negated_or_lost_rank,                                                                          \
    "the words deny or qualify a rank ('no longer leads', 'fell from the top spot')",              \
    "the rank held: 'ranked second'")                                                              \
  X(two_ranks,                                                                                     \
    "two ranks in one phrase",                                                                     \
    "one rank")                                                                                    \
  X(no_direction,                                                                                  \
    "no direction word ('rise', 'fell', 'stable')",                                                \
    "'continues to rise', 'sales declined'")                                                       \
  X(negated_or_mixed_direction,                                                                    \
    "a negated or mixed direction ('no longer rising', 'rose then fell')",                         \
    "one direction")                                                                               \
  X(no_date,                                                                                       \
    "no date: a month name, a day and a year",                                                     \
    "'Aug. 9, 2023'")                                                                              \
  X(invalid_date,                                                                                  \
    "a day or year no calendar has ('Feb. 30', 'Aug 4294967297', year 67559)",                     \
    "a real day")                                                                                  \
  X(no_weekday,                                                                                    \
    "no weekday",                                                                                  \
    "'on Wednesday'")                                                                              \
  X(words_not_in_sentence,                                                                         \
    "the words do not stand in the sentence as whole words",                                       \
    "the words exactly as quoted")                                                                 \
  X(words_read_differently_in_sentence,                                                            \
    "the words occur more than once in the sentence and read differently",                         \
    "an occurrence number: nth(2, \"35.8%\")")                                                     \
  X(another_currency,                                                                              \
    "another currency ('euros', 'won', 'HK$', 'A$', 'Hong Kong dollars')",                         \
    "yuan, RMB, CNY for yuan; US$, $, USD, (US) dollars for US dollars")                           \
  X(unknown_noun,                                                                                  \
    "the noun after the number is none this kind counts ('charging piles', 'countries', 'GWh')",   \
    "a noun of the kind: 'units', or the nouns its unit names (or none)")                          \
  X(unknown_scale,                                                                                 \
    "a scale or counting word that is not read ('crore', 'lakh', 'decades', 'score')",             \
    "'million', 'billion', 'thousand' or the number itself")                                       \
  X(period_does_not_fit_kind,                                                                      \
    "a rate over another period ('daily', 'per hour', 'in the first half')",                       \
    "a yearly rate: 'per year', 'a year', 'annually', or no period")                               \
  X(contradictory_words,                                                                           \
    "words after the figure contradict it ('up 5% less', 'up 5 percent points')",                  \
    "one direction and one unit")                                                                  \
  X(bound_of_another_figure,                                                                       \
    "in a compound, a qualifier or bound that stands by another figure ('nearly 1 million and "    \
    "500,000')",                                                                                   \
    "the qualifier in the words, or the figure it stands by")
// clang-format on

namespace nevfacts {

#define NEVFACTS_REFUSAL_ENUM(name, reason, expected) name,
enum class refusal : unsigned char { none, NEVFACTS_REFUSALS(NEVFACTS_REFUSAL_ENUM) };
#undef NEVFACTS_REFUSAL_ENUM

namespace detail {
struct refusal_text {
  std::string_view name, reason, expected;
};
#define NEVFACTS_REFUSAL_ROW(name, reason, expected) {#name, reason, expected},
inline constexpr refusal_text refusal_table[] = {{"none", "", ""},
                                                 NEVFACTS_REFUSALS(NEVFACTS_REFUSAL_ROW)};
#undef NEVFACTS_REFUSAL_ROW
}  // namespace detail

constexpr std::string_view name_of(refusal r) {
  return detail::refusal_table[static_cast<unsigned>(r)].name;
}
constexpr std::string_view reason_of(refusal r) {
  return detail::refusal_table[static_cast<unsigned>(r)].reason;
}
constexpr std::string_view expected_of(refusal r) {
  return detail::refusal_table[static_cast<unsigned>(r)].expected;
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
