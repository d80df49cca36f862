// Registries: facts of many kinds in one array, found by id or by key, chained by key, and
// checked for documents that contradict themselves.
//
// Every BOTH(...) assertion runs once as a static_assert and once as a doctest CHECK.

#include "fact_test_vocabulary.hpp"

#include <array>
#include <memory>
#include <stdexcept>
#include <string>
#include "../common/nev_kinds.hpp"

namespace registry_tests {

using namespace vocab;

inline constexpr std::string_view office_quote =
    "Total deliveries reached 12.5 million units in 2023, up 8.7 percent year on year; premium units "
    "accounted for 3.1 million units.";

inline constexpr auto total_a = claim(office, "a.total.2023", freedonia / all_units, deliveries, period::year(2023),
                                      status::actual, office_quote, "12.5 million units");
inline constexpr auto growth_a = claim(office, "a.growth.2023", freedonia / all_units, deliveries_growth,
                                       period::year(2023), status::actual, office_quote, "up 8.7 percent");
inline constexpr auto total_b = claim(association, "b.total.2023", freedonia / all_units, deliveries, period::year(2023),
                                      status::actual, "Members delivered 12.47 million units in 2023.",
                                      "12.47 million units");
inline constexpr auto share_b = claim(association, "b.premium_share.2023", freedonia / premium_units, market_share,
                                      period::year(2023), status::actual, "Premium units took 24.8 percent of the market.",
                                      "24.8 percent");
inline constexpr auto premium_a = claim(office, "a.premium.2023", freedonia / premium_units, deliveries,
                                        period::year(2023), status::actual, office_quote, "3.1 million units");
inline constexpr auto total_c_2022 = claim(wire, "c.total.2022", freedonia / all_units, deliveries, period::year(2022),
                                           status::actual, "Deliveries totaled 11.5 million units in 2022.",
                                           "11.5 million units");
inline constexpr auto forecast_b = claim(association, "b.forecast.2023", freedonia / all_units, deliveries,
                                         period::year(2023), status::forecast,
                                         "Deliveries were expected to exceed 12 million units in 2023.",
                                         "exceed 12 million units");
inline constexpr auto base_2022 = derive_base("derived.total.2022", total_a, growth_a);

// index:                            0        1         2        3        4          5             6           7
inline constexpr auto reg = make_registry(total_a, growth_a, total_b, share_b, premium_a, total_c_2022, forecast_b, base_2022);

// The same registry from an array of facts (fact_of<T> slices to fact).
inline constexpr fact three[] = {total_a, total_b, share_b};
inline constexpr registry<3> reg3{three};
inline constexpr std::array<fact, 2> two{{growth_a, premium_a}};
inline constexpr registry reg2{two};

// --- contradictions and their absence ------------------------------------------------------------
// doc_a says 12.5 million and, elsewhere, 13.1 million for one key: it contradicts itself.
inline constexpr auto total_a_again = claim(office, "a.total.2023.table", freedonia / all_units, deliveries,
                                            period::year(2023), status::actual, "Table 1: deliveries 2023, 13.1 million units",
                                            "13.1 million units");
inline constexpr auto self_contradicting = make_registry(total_a, growth_a, total_a_again);
// doc_c says 11.9 million for 2023: another document, so not the registry rule's business
// (check_agreement's); a forecast of doc_a that missed is not a contradiction either.
inline constexpr auto total_c = claim(wire, "c.total.2023", freedonia / all_units, deliveries, period::year(2023),
                                      status::actual, "Deliveries were 11.9 million units in 2023.", "11.9 million units");
inline constexpr auto forecast_a = claim(office, "a.forecast.2023", freedonia / all_units, deliveries, period::year(2023),
                                         status::forecast, "Deliveries are forecast at about 14 million units in 2023.",
                                         "about 14 million units");
inline constexpr auto disagreeing_documents = make_registry(total_a, total_c, forecast_a);
// One document agreeing with itself (overlapping intervals) is fine.
inline constexpr auto total_a_rounded = claim(office, "a.total.2023.rounded", freedonia / all_units, deliveries,
                                              period::year(2023), status::actual, "about 12 million units were delivered",
                                              "about 12 million units");
inline constexpr auto consistent_document = make_registry(total_a, total_a_rounded);

// --- many facts: 200 derived facts, keys shared in pairs, ids of lengths 1..200 ------------------
inline constexpr char long_text[] =
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz";
inline constexpr std::size_t many_n = 200;
constexpr std::string_view many_id(std::size_t i) { return std::string_view(long_text).substr(0, i + 1); }
constexpr std::array<fact, many_n> make_many() {
  std::array<fact, many_n> all{};
  for (std::size_t i = 0; i < many_n; ++i) {
    const int year = 1900 + int(i / 2);  // facts 2k and 2k+1 share a key
    const double v = 1000.0 * double(i / 2);  // the two facts of a key overlap: [v, v + 1000] and [v + 1, v + 1001]
    all[i] = derived<vehicle_count>(many_id(i), freedonia / all_units, deliveries, period::year(year),
                                    {v + double(i % 2), v + 1000.0 + double(i % 2)}, "test", provenance{});
  }
  return all;
}
inline constexpr registry<many_n> many{make_many()};

constexpr bool all_found_by_id() {
  for (std::size_t i = 0; i < many_n; ++i)
    if (many.find(many_id(i)) != &many[i]) return false;
  return many.find(std::string_view(long_text)) == nullptr;  // 208 letters: no such id
}
constexpr bool all_found_by_key() {
  for (std::size_t i = 0; i < many_n; i += 2) {
    const auto f = many.find(deliveries, freedonia / all_units, period::year(1900 + int(i / 2)), status::derived);
    if (!f || f->id != many_id(i) || many.next_of_same_key(i) != i + 1 || many.next_of_same_key(i + 1) != many_n)
      return false;
  }
  return !many.find(deliveries, freedonia / all_units, period::year(1900 + int(many_n / 2)), status::derived);
}

}  // namespace registry_tests

using namespace registry_tests;

TEST_CASE("registry: size, indexing and iteration keep the order given") {
  BOTH(reg.size() == 8);
  BOTH(reg[0].id == "a.total.2023");
  BOTH(reg[7].id == "derived.total.2022");
  BOTH(reg.end() - reg.begin() == 8);
  BOTH(reg3.size() == 3);
  BOTH(reg3[2].id == "b.premium_share.2023");
  BOTH(reg2.size() == 2);
  BOTH(reg2[1].id == "a.premium.2023");
  std::size_t n = 0;
  for (const fact& f : reg) {
    CHECK(f.id == reg[n].id);
    ++n;
  }
  CHECK(n == 8);
}

TEST_CASE("registry: find by id") {
  BOTH(reg.find("a.total.2023") == &reg[0]);
  BOTH(reg.find("b.premium_share.2023") == &reg[3]);
  BOTH(reg.find("derived.total.2022") == &reg[7]);
  BOTH(reg.find("derived.total.2022")->from[1] == "a.growth.2023");
  BOTH(reg.find("a.total.2023")->value == total_a.value);
  BOTH(reg.find("no.such.fact") == nullptr);
  BOTH(reg.find("") == nullptr);
  BOTH(reg.find("a.total.202") == nullptr);  // a prefix of an id is not the id
  BOTH(reg3.find("b.total.2023") == &reg3[1]);
}

TEST_CASE("registry: typed find by (metric, subject, period)") {
  // the first fact of a key, typed
  BOTH(reg.find(deliveries, freedonia / all_units, period::year(2023)).has_value());
  BOTH(reg.find(deliveries, freedonia / all_units, period::year(2023))->id == "a.total.2023");
  BOTH(reg.find(deliveries, freedonia / all_units, period::year(2023))->typed_value().value() == total_a.value);
  BOTH(reg.find(market_share, freedonia / premium_units, period::year(2023))->id == "b.premium_share.2023");
  BOTH(reg.find(market_share, freedonia / premium_units, period::year(2023))->typed_value().percent() == share_b.value);
  BOTH(reg.find(deliveries_growth, freedonia / all_units, period::year(2023))->id == "a.growth.2023");
  // a derived fact is found under its key like any other
  BOTH(reg.find(deliveries, freedonia / all_units, period::year(2022))->id == "c.total.2022");
  static_assert(std::is_same_v<decltype(reg.find(market_share, freedonia / premium_units, period::year(2023))),
                               std::optional<fact_of<share>>>);

  // missing keys: another year, another entity, another segment, another period shape
  BOTH(!reg.find(deliveries, freedonia / all_units, period::year(2021)).has_value());
  BOTH(!reg.find(deliveries, north / all_units, period::year(2023)).has_value());
  BOTH(!reg.find(deliveries, freedonia / electric_units, period::year(2023)).has_value());
  BOTH(!reg.find(deliveries, freedonia / all_units, period::half(2023, 1)).has_value());
  BOTH(!reg.find(market_share, freedonia / all_units, period::year(2023)).has_value());
  // the right key but the wrong kind: a metric with the id "deliveries" that holds shares
  BOTH(!reg.find(deliveries_as_share, freedonia / all_units, period::year(2023)).has_value());

  BOTH(reg.index_of_key(freedonia / all_units, "deliveries", period::year(2023)) == 0);
  BOTH(reg.index_of_key(freedonia / premium_units, "deliveries", period::year(2023)) == 4);
  BOTH(reg.index_of_key(freedonia / all_units, "deliveries", period::year(2020)) == reg.size());
}

TEST_CASE("registry: facts of one key are chained in order") {
  // key (Freedonia/all units, deliveries, 2023): 0 -> 2 -> 6 -> end
  BOTH(reg.next_of_same_key(0) == 2);
  BOTH(reg.next_of_same_key(2) == 6);
  BOTH(reg.next_of_same_key(6) == reg.size());
  // key (Freedonia/all units, deliveries, 2022): 5 -> 7 (the derived base) -> end
  BOTH(reg.next_of_same_key(5) == 7);
  BOTH(reg.next_of_same_key(7) == reg.size());
  // keys with one fact
  BOTH(reg.next_of_same_key(1) == reg.size());
  BOTH(reg.next_of_same_key(3) == reg.size());
  BOTH(reg.next_of_same_key(4) == reg.size());
}

TEST_CASE("registry: count_if") {
  BOTH(reg.count_if([](const fact& f) { return f.from_document(office); }) == 3);
  BOTH(reg.count_if([](const fact& f) { return f.from_document(association); }) == 3);
  BOTH(reg.count_if([](const fact& f) { return f.state == status::derived; }) == 1);
  BOTH(reg.count_if([](const fact& f) { return f.state == status::forecast; }) == 1);
  BOTH(reg.count_if([](const fact& f) { return f.is_kind<share>(); }) == 1);
  BOTH(reg.count_if([](const fact& f) { return f.metric_id == "deliveries"; }) == 6);
  BOTH(reg.count_if([](const fact& f) { return f.same_key(total_a); }) == 3);
  BOTH(reg.count_if([](const fact&) { return false; }) == 0);
}

constexpr std::size_t facts_of_key_count(subject about, std::string_view metric_id, period when) {
  std::size_t n = 0;
  for (const fact& f : disagreeing_documents.facts_of_key(about, metric_id, when)) n += f.same_key(total_a) ? 1 : 0;
  return n;
}

TEST_CASE("registry: a lookup by key says which status it wants, or takes every fact of the key") {
  // doc_a's actual, doc_c's actual and doc_a's forecast share one key.
  BOTH(disagreeing_documents.find(deliveries, freedonia / all_units, period::year(2023))->id == "a.total.2023");
  BOTH(disagreeing_documents.find(deliveries, freedonia / all_units, period::year(2023), status::forecast)->id ==
       "a.forecast.2023");
  BOTH(!disagreeing_documents.find(deliveries, freedonia / all_units, period::year(2023), status::target).has_value());
  BOTH(facts_of_key_count(freedonia / all_units, "deliveries", period::year(2023)) == 3);
  BOTH(facts_of_key_count(freedonia / all_units, "deliveries", period::year(2021)) == 0);
  // a key whose first fact is a forecast: the actual behind it is still found
  BOTH(make_registry(forecast_a, total_c).find(deliveries, freedonia / all_units, period::year(2023))->id ==
       "c.total.2023");
}

TEST_CASE("registry: 200 facts, every one found by id and by key") {
  BOTH(many.size() == many_n);
  BOTH(all_found_by_id());
  BOTH(all_found_by_key());
  BOTH(many.count_if([](const fact& f) { return f.when == period::year(1950); }) == 2);
}

TEST_CASE("registry: at run time, keys match by id and not only by address") {
  // Other objects with the ids of the registry's entity, segment and metric: the run-time
  // address shortcut does not apply, the ids still match.
  const std::string entity_id = "freedonia", segment_id = "units", metric_id = "deliveries";
  const entity freedonia_copy{entity_id, "Freedonia"};
  const segment all_units_copy{segment_id, "all units", 0};
  const metric<vehicle_count> deliveries_copy{metric_id, "deliveries"};
  CHECK(reg.find(deliveries_copy, freedonia_copy / all_units_copy, period::year(2023))->id == "a.total.2023");
  CHECK(reg.find(deliveries, freedonia_copy / all_units, period::year(2023))->id == "a.total.2023");
  CHECK(reg.index_of_key(freedonia / all_units_copy, metric_id, period::year(2023)) == 0);
  CHECK_FALSE(reg.find(deliveries_copy, freedonia_copy / all_units_copy, period::year(2021)).has_value());
  const std::string id = "b.premium_share.2023";
  CHECK(reg.find(id) == &reg[3]);
}

TEST_CASE("registry: built at run time, it finds and chains what it does at compile time") {
  const auto built_now = std::make_unique<registry<many_n>>(make_many());
  for (std::size_t i = 0; i < many_n; ++i) {
    CAPTURE(i);
    CHECK(built_now->find(many_id(i)) == &(*built_now)[i]);
    CHECK(built_now->next_of_same_key(i) == many.next_of_same_key(i));
  }
  CHECK(built_now->find(std::string_view(long_text)) == nullptr);
  CHECK(built_now->find(deliveries, freedonia / all_units, period::year(1950), status::derived)->id == many_id(100));
}

TEST_CASE("registry: two facts with one id are refused at run time too") {
  // At compile time this is failure::duplicate_fact_id (tests/compile_fail/duplicate_fact_id.fail.cpp).
  const fact twice[] = {total_a, total_b, total_a};
  CHECK_THROWS_AS(registry<3>{twice}, std::domain_error);
  const fact once[] = {total_a, total_b};
  CHECK_NOTHROW(registry<2>{once});
}

TEST_CASE("registry: check_registry holds when no document contradicts itself") {
  BOTH(is(check_registry(reg), rule::registry, verdict::holds));
  BOTH(holds(check_registry(reg)));
  BOTH(ids_are(check_registry(reg), {}));
  BOTH(check_registry(reg).note == "every id found once, no document contradicts itself");
  BOTH(is(check_registry(reg3), rule::registry, verdict::holds));
  BOTH(is(check_registry(many), rule::registry, verdict::holds));
  // one document, one key, two overlapping values: fine
  BOTH(is(check_registry(consistent_document), rule::registry, verdict::holds));
  // two documents that disagree, and a document's forecast that missed: not this rule's business
  BOTH(is(check_registry(disagreeing_documents), rule::registry, verdict::holds));
  BOTH(is(check_agreement(total_a, total_c), rule::agreement, verdict::contradicts));  // ... but check_agreement's
  CHECK_FALSE(holds(check_agreement(total_a, total_c)));
}

TEST_CASE("registry: check_registry contradicts when one document says two things of one key") {
  // a.total.2023 [12.45, 12.55] million and a.total.2023.table [13.05, 13.15] million, both doc_a
  BOTH(is(check_registry(self_contradicting), rule::registry, verdict::contradicts));
  BOTH(ids_are(check_registry(self_contradicting), "a.total.2023", "a.total.2023.table"));
  BOTH(tight(check_registry(self_contradicting).implied, 12.45e6, 12.55e6));
  BOTH(tight(check_registry(self_contradicting).stated, 13.05e6, 13.15e6));
  BOTH(check_registry(self_contradicting).note == "one document, one key, two values");
  CHECK_FALSE(holds(check_registry(self_contradicting)));  // at compile time: registry_rule_contradicted
  // check_registry has no cannot_tell: every pair of one key either overlaps or not.
  const std::string text = explain(check_registry(self_contradicting));
  CHECK(has(text, "registry rule contradicts"));
  CHECK(has(text, "a.total.2023, a.total.2023.table"));
  CHECK(has(text, "one document, one key, two values"));
}

// Derived facts have no document, so two of one key that disagree (derived from different
// documents' figures) are not a document contradicting itself: that is check_agreement's
// business, not the registry rule's.
namespace registry_tests {
inline constexpr auto base_from_office = derive_base("derived.office.2022", total_a, growth_a);  // ~[11.45, 11.55] million
inline constexpr auto total_c_low = claim(wire, "c.total.2023.low", freedonia / all_units, deliveries, period::year(2023),
                                          status::actual, "Deliveries were 10.3 million units in 2023, up 3.5 percent.",
                                          "10.3 million units");
inline constexpr auto growth_c_low = claim(wire, "c.growth.2023.low", freedonia / all_units, deliveries_growth,
                                           period::year(2023), status::actual,
                                           "Deliveries were 10.3 million units in 2023, up 3.5 percent.", "up 3.5 percent");
inline constexpr auto base_from_wire_low = derive_base("derived.wire_low.2022", total_c_low, growth_c_low);
inline constexpr auto two_derivations = make_registry(base_from_office, base_from_wire_low);
}  // namespace registry_tests

TEST_CASE("registry: check_registry and derived facts from different documents") {
  // derived.office.2022 = 12.5 million / 1.087 ~ [11.45, 11.55] million (from doc_a)
  // derived.wire_low.2022 = 10.3 million / 1.035 ~ [9.90, 10.00] million (from doc_c)
  BOTH(base_from_office.same_key(base_from_wire_low));
  BOTH(!base_from_office.value.overlaps(base_from_wire_low.value));
  BOTH(base_from_office.state == status::derived);  // derived: no document
  BOTH(is(check_registry(two_derivations), rule::registry, verdict::holds));
  BOTH(is(check_agreement(base_from_office, base_from_wire_low), rule::agreement, verdict::contradicts));
}
