// Facts: claim() reads its value from the quote's own words; derived facts name their sources.
//
// Every BOTH(...) assertion runs once as a static_assert and once as a doctest CHECK.

#include "fact_test_vocabulary.hpp"

#include <type_traits>
#include "../common/nev_kinds.hpp"

namespace fact_tests {

using namespace vocab;

inline constexpr std::string_view total_quote =
    "Total deliveries reached 12.5 million units in 2023, up 8.7 percent year on year, the office said.";

inline constexpr auto total = claim(office, "a.total.2023", freedonia / all_units, deliveries, period::year(2023),
                                    status::actual, total_quote, "12.5 million units");
inline constexpr auto total_growth = claim(office, "a.total_growth.2023", freedonia / all_units, deliveries_growth,
                                           period::year(2023), status::actual, total_quote, "up 8.7 percent");
// The same figure, given as a reported<T> instead of words.
inline constexpr auto total_reported = claim(office, "a.total.2023.r", freedonia / all_units, deliveries, period::year(2023),
                                             status::actual, total_quote, reported<vehicle_count>{"12.5 million units"});

inline constexpr std::string_view share_quote = "Premium units held more than 20 percent of the market in 2023.";
inline constexpr auto premium_share = claim(association, "b.premium_share.2023", freedonia / premium_units, market_share,
                                            period::year(2023), status::actual, share_quote, "more than 20 percent");

inline constexpr auto total_forecast =
    claim(association, "b.total_forecast.2024", freedonia / all_units, deliveries, period::year(2024), status::forecast,
          "Deliveries are expected to exceed 13 million units in 2024.", "exceed 13 million units");
inline constexpr auto total_target =
    claim(office, "a.total_target.2025", freedonia / all_units, deliveries, period::year(2025), status::target,
          "The plan aims for 15.5 million units by 2025.", "15.5 million units");
inline constexpr auto other_doc_total =
    claim(wire, "c.total.2023", freedonia / all_units, deliveries, period::year(2023), status::actual,
          "Freedonia's deliveries came to some 12.4 million units last year.", "some 12.4 million units");
inline constexpr auto north_total =
    claim(wire, "c.north.2023", north / all_units, deliveries, period::year(2023), status::actual,
          "North Province delivered 2.1 million units in 2023.", "2.1 million units");
inline constexpr auto rising = claim(office, "a.trend.2023", freedonia / all_units, trend, period::year(2023), status::actual,
                                     "Deliveries continue to rise.", "continue to rise");
inline constexpr auto opening = claim(wire, "c.opening_day", north / all_units, opening_day, period::day(2023, 8, 9),
                                      status::actual, "The plant opened on Aug. 9, 2023.", "Aug. 9, 2023");
inline constexpr auto lead = claim(office, "a.lead.2023", freedonia / all_units, years_leading, period::year(2023),
                                   status::actual, "Freedonia has led the region for 14 consecutive years.",
                                   "14 consecutive years");

inline constexpr auto base = derive_base("derived.total.2022", total, total_growth);
inline constexpr auto handmade = derived<vehicle_count>("derived.north.2023", north / all_units, deliveries,
                                                        period::year(2023), real_interval{1.5e6, 2.5e6}, "estimate",
                                                        sources(north_total, total));
inline constexpr auto handmade_like = derived<vehicle_count>("derived.north.2022", north / all_units, north_total,
                                                             period::year(2022), real_interval{1.0e6, 2.0e6}, "estimate",
                                                             sources(north_total));

}  // namespace fact_tests

using namespace fact_tests;

TEST_CASE("fact: claim parses the figure's words from the quote") {
  // "12.5 million units": rounded to the last digit, so [12.45, 12.55] million
  BOTH(total.words == "12.5 million units");
  BOTH(total.quote == total_quote);
  BOTH(total.quote.find(total.words) != std::string_view::npos);
  BOTH(tight(total.value, 12.45e6, 12.55e6));
  BOTH(total.how == statement::rounded);
  BOTH(total.stated == 12.5e6);
  // the same words parsed on their own give the same figure
  BOTH(total.value == reported<vehicle_count>{"12.5 million units"}.interval());

  // "up 8.7 percent": a growth of [8.65, 8.75] %
  BOTH(total_growth.words == "up 8.7 percent");
  BOTH(near(total_growth.value, 8.65, 8.75));
  BOTH(total_growth.value.contains(8.7));
  BOTH(total_growth.how == statement::rounded);

  // "more than 20 percent": a share has its own cap, so [20, 100] %
  BOTH(premium_share.value == real_interval{20.0, 100.0});
  BOTH(premium_share.how == statement::more_than);
  BOTH(premium_share.stated == 20.0);

  // qualifiers and words that are not numbers
  BOTH(total_forecast.value == real_interval::at_least(13e6));
  BOTH(other_doc_total.how == statement::about);
  BOTH(tight(other_doc_total.value, 12.3e6, 12.5e6));  // "some": one unit of the last digit each side
  BOTH(rising.value == real_interval::point(1.0));     // direction::up
  BOTH(opening.value == real_interval::point(double(period::day(2023, 8, 9).first)));
  BOTH(lead.value == real_interval::point(14.0));      // a count of years is a whole number
}

TEST_CASE("fact: claim records provenance, subject, metric, period and status") {
  BOTH(total.id == "a.total.2023");
  BOTH(total.from_document(office));
  BOTH(total.about.same_as(freedonia / all_units));
  BOTH(total.metric_id == "deliveries");
  BOTH(total.metric_name == "deliveries");
  BOTH(total.is_kind<vehicle_count>());
  BOTH(premium_share.is_kind<share>());
  BOTH(total.when == period::year(2023));
  BOTH(total.state == status::actual);
  BOTH(total_forecast.state == status::forecast);
  BOTH(total_target.state == status::target);
  BOTH(total.rule.empty());
  BOTH(total.source_count() == 0);
  BOTH(total.id_hash == hash_text("a.total.2023"));
  BOTH(total.key_hash == key_hash_of(freedonia / all_units, deliveries.hash, period::year(2023)));

  CHECK(total.about.name() == "Freedonia: all units");
  CHECK(total.about.id() == "freedonia/units");
  CHECK(to_string(total.state) == "actual");
  CHECK(to_string(total_forecast.state) == "forecast");
  CHECK(to_string(total_target.state) == "target");
  CHECK(to_string(base.state) == "derived");
}

// A reported<T> built without the source's words cannot make a claim: tests/compile_fail/claim_without_words.fail.cpp.

TEST_CASE("fact: a claim given a reported<T> equals the claim given the words") {
  BOTH(total_reported.value == total.value);
  BOTH(total_reported.how == total.how);
  BOTH(total_reported.stated == total.stated);
  BOTH(total_reported.words == total.words);
  BOTH(total_reported.same_key(total));
  BOTH(total_reported.id_hash != total.id_hash);
}

TEST_CASE("fact: fact_of<T>::typed_value has the metric's kind") {
  using total_type = std::remove_cvref_t<decltype(total.typed_value())>;
  static_assert(std::is_same_v<total_type, quantity<nev::units::vehicle_unit, real_interval>>);
  static_assert(std::is_same_v<decltype(total)::value_type, vehicle_count>);
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(premium_share.typed_value())>, basic_share<real_interval>>);
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(total_growth.typed_value())>, basic_growth<real_interval>>);
  static_assert(std::is_same_v<std::remove_cvref_t<decltype(rising.typed_value())>, real_interval>);
  static_assert(std::is_base_of_v<fact, std::remove_cvref_t<decltype(total)>>);

  BOTH(total.typed_value().value() == total.value);
  BOTH(premium_share.typed_value().percent() == real_interval{20.0, 100.0});
  BOTH(total_growth.typed_value().percent() == total_growth.value);
  BOTH(lead.typed_value().value() == real_interval::point(14.0));
}

TEST_CASE("fact: same_series and same_key") {
  BOTH(total.same_key(other_doc_total));         // another document, same subject/metric/period
  BOTH(total.same_series(total_forecast));       // another year
  BOTH(!total.same_key(total_forecast));
  BOTH(!total.same_series(north_total));         // another entity
  BOTH(!total.same_series(total_growth));        // another metric
  BOTH(total.key_hash == other_doc_total.key_hash);
  BOTH(total.key_hash != total_forecast.key_hash);
}

TEST_CASE("fact: derived facts carry their sources' ids and status derived") {
  // derive_base: 12.5 million after 8.7 % growth -> [12.45/1.0875, 12.55/1.0865] million in 2022,
  // = [11,448,275.86, 11,550,851.36], and a count of units is whole: [11,448,276, 11,550,851]
  BOTH(base.state == status::derived);
  BOTH(base.source == nullptr);
  BOTH(base.id == "derived.total.2022");
  BOTH(from_are(base, "a.total.2023", "a.total_growth.2023"));
  BOTH(base.source_count() == 2);
  BOTH(base.rule == "growth");
  BOTH(base.when == period::year(2022));
  BOTH(base.about.same_as(total.about));
  BOTH(base.metric_id == total.metric_id);
  BOTH(base.kind == total.kind);
  BOTH(base.quote.empty());
  BOTH(base.words.empty());
  BOTH(base.how == statement::exact);
  BOTH(base.value == real_interval{11448276.0, 11550851.0});
  BOTH(base.stated == base.value.mid());
  BOTH(base.key_hash == key_hash_of(freedonia / all_units, deliveries.hash, period::year(2022)));

  BOTH(handmade.state == status::derived);
  BOTH(handmade.rule == "estimate");
  BOTH(from_are(handmade, "c.north.2023", "a.total.2023"));
  BOTH(handmade.value == real_interval{1.5e6, 2.5e6});
  BOTH(handmade.stated == 2.0e6);
  BOTH(handmade.same_key(north_total));
  BOTH(handmade.key_hash == north_total.key_hash);  // a derived fact keys like a claim

  BOTH(handmade_like.metric_id == north_total.metric_id);
  BOTH(handmade_like.metric_name == north_total.metric_name);
  BOTH(handmade_like.source_count() == 1);
  BOTH(handmade_like.same_series(north_total));
}
