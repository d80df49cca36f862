// Named claims (nevfacts/record.hpp): a row of claims_from makes the same fact as the
// positional claim(), with the document's period and status unless the row names its own.
//
// Every BOTH(...) assertion runs once as a static_assert and once as a doctest CHECK.

#include "fact_test_vocabulary.hpp"

#include <nevfacts/record.hpp>
#include "../common/nev_kinds.hpp"

namespace record_tests {

using namespace vocab;

inline constexpr std::string_view quote =
    "Deliveries rose 8.7% to 12.5 million units in 2023; premium units rose 8.7% as well.";

inline constexpr claims_from office_2023{office, period::year(2023), status::actual};

inline constexpr auto named = office_2023.claim(deliveries, {
    .id = "r.total.2023",
    .about = freedonia / all_units,
    .quote = quote,
    .words = "12.5 million units",
});
inline constexpr auto positional = claim(office, "r.total.2023", freedonia / all_units, deliveries,
                                         period::year(2023), status::actual, quote,
                                         "12.5 million units");

// A row that overrides the document's period and status.
inline constexpr auto target = office_2023.claim(deliveries, {
    .id = "r.total.2025",
    .about = freedonia / all_units,
    .when = period::year(2025),
    .state = status::target,
    .quote = "The office aims at 14 million units in 2025.",
    .words = "14 million units",
});

// Words that stand twice: nth() says which place is meant, as with the positional claim.
inline constexpr auto second_growth = office_2023.claim(deliveries_growth, {
    .id = "r.premium_growth.2023",
    .about = freedonia / premium_units,
    .quote = quote,
    .words = nth(2, "rose 8.7%"),
});
inline constexpr auto second_growth_positional =
    claim(office, "r.premium_growth.2023", freedonia / premium_units, deliveries_growth,
          period::year(2023), status::actual, quote, nth(2, "rose 8.7%"));

constexpr bool same_fact(const fact& a, const fact& b) {
  return a.id == b.id && a.source == b.source && a.about.same_as(b.about) &&
         a.metric_id == b.metric_id && a.when.first == b.when.first && a.when.last == b.when.last &&
         a.state == b.state && a.value == b.value && a.how == b.how && a.quote == b.quote &&
         a.words == b.words && a.id_hash == b.id_hash && a.key_hash == b.key_hash;
}

TEST_CASE("a named claim is the positional claim") {
  BOTH(same_fact(named, positional));
  BOTH(same_fact(second_growth, second_growth_positional));
  static_assert(std::is_same_v<decltype(named), const fact_of<vehicle_count>>);
}

TEST_CASE("a row takes the document's period and status unless it names its own") {
  BOTH(named.when.first == period::year(2023).first);
  BOTH(named.state == status::actual);
  BOTH(target.when.first == period::year(2025).first);
  BOTH(target.when.last == period::year(2025).last);
  BOTH(target.state == status::target);
  BOTH(target.value.contains(14e6));
  BOTH(office_2023.source().id == office.id);
}

TEST_CASE("nth() picks the place of words that stand twice") {
  BOTH(second_growth.value.contains(8.7));
  BOTH(second_growth.words == "rose 8.7%");
}

}  // namespace record_tests
