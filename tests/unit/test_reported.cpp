// Tests for nevfacts/reported.hpp: a figure as a source reported it.
#include <nevfacts/reported.hpp>
#include <nevfacts/scale.hpp>

#include <doctest/doctest.h>

#include "printed.hpp"

#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include "../common/nev_kinds.hpp"

using namespace nevfacts;

namespace {
template <class R>
std::string printed_or_reason(const R& r) {
  if (!r) return std::string(r.error());
  const auto& k = r->kind();
  return printed(*r) + format_value(k, r->interval());
}
// Contains [lo, hi] and is wider by no more than a relative 1e-12 (outward rounding only).
constexpr bool tight(real_interval got, double lo, double hi) {
  const double slack_lo = (lo < 0 ? -lo : lo) * 1e-12 + 1e-300;
  const double slack_hi = (hi < 0 ? -hi : hi) * 1e-12 + 1e-300;
  return got.contains(real_interval{lo, hi}) && got.lo >= lo - slack_lo && got.hi <= hi + slack_hi;
}
}  // namespace

TEST_CASE("reported: counts are whole numbers") {
  constexpr reported<vehicle_count> sales{"9.5 million units"};
  static_assert(sales.interval() == real_interval{9.45e6, 9.55e6});  // tightened to whole vehicles
  static_assert(sales.interval().contains(9.495e6));
  static_assert(sales.how() == statement::rounded);
  static_assert(sales.stated() == 9.5e6);
  static_assert(sales.last_place() == 1e5);
  static_assert(std::is_same_v<decltype(sales.value()), quantity<nev::units::vehicle_unit, real_interval>>);
  static_assert(sales.value().value() == sales.interval());

  constexpr reported<year_count> run{"14 consecutive years"};
  static_assert(run.interval() == real_interval::point(14.0));
  static_assert(reported<company_count>{"Some 200"}.interval() == real_interval{100.0, 300.0});
  static_assert(reported<company_count>{"40 companies"}.interval() == real_interval::point(40.0));
  static_assert(reported<year_count>{"10 consecutive years"}.interval() == real_interval::point(10.0));
  static_assert(reported<vehicle_count>{"four million units"}.interval() == real_interval{3.5e6, 4.5e6});
  static_assert(reported<vehicle_count>{"457,000 units"}.interval() == real_interval{456500.0, 457500.0});
  static_assert(reported<vehicle_count>{"five millionth"}.interval() == real_interval::point(5e6));
  static_assert(reported<vehicle_count>{"more than 500"}.interval() == real_interval::at_least(500.0));
  static_assert(reported<company_count>{"less than 5"}.interval() == real_interval{0.0, 5.0});
  static_assert(reported<item_count>{"thousands of"}.interval() == real_interval{2000.0, 9999.0});
  CHECK(sales.kind().integral);
}

TEST_CASE("reported: shares are clipped to [0, 100] %") {
  constexpr reported<share> global{"more than 60 percent"};
  static_assert(global.interval() == real_interval{60.0, 100.0});
  static_assert(global.how() == statement::more_than);
  static_assert(global.stated() == 60.0);
  static_assert(std::is_same_v<decltype(global.value()), basic_share<real_interval>>);
  static_assert(global.value().percent() == real_interval{60.0, 100.0});

  constexpr reported<share> s{"56%"};
  static_assert(tight(s.interval(), 55.5, 56.5));
  static_assert(tight(reported<share>{"100%"}.interval(), 99.5, 100.0));
  static_assert(reported<share>{"100%"}.interval().hi == 100.0);
  static_assert(reported<share>{"0%"}.interval().lo == 0.0);
  static_assert(reported<share>{"less than 5%"}.interval() == real_interval{0.0, 5.0});
  CHECK(tight(s.interval(), 55.5, 56.5));
}

TEST_CASE("reported: changes, growth and multiples") {
  constexpr reported<percentage_points> pp{"an increase of 6.1 percentage points"};
  static_assert(tight(pp.interval(), 6.05, 6.15));
  static_assert(std::is_same_v<decltype(pp.value()), quantity<units::point_unit, real_interval>>);
  static_assert(tight(reported<percentage_points>{"a decrease of 1.5 percentage points"}.interval(), -1.55, -1.45));

  constexpr reported<growth> up{"up 32 percent"};
  static_assert(tight(up.interval(), 31.5, 32.5));
  static_assert(std::is_same_v<decltype(up.value()), basic_growth<real_interval>>);
  static_assert(tight(reported<growth>{"a decrease of 2%"}.interval(), -2.5, -1.5));
  // A change needs a direction: in its words or in its sentence's clause.
  constexpr reported<growth> second{"37.9%", "a year-on-year increase of 35.8% and 37.9% respectively"};
  static_assert(tight(second.interval(), 37.85, 37.95));
  static_assert(reported<growth>::parse("37.9%").reason() == refusal::change_without_direction);

  constexpr reported<growth> times{"an increase of 1.6 times"};   // +160 %
  static_assert(tight(times.interval(), 155.0, 165.0));
  static_assert(times.stated() == 160.0);
  static_assert(times.last_place() == 10.0);

  constexpr reported<multiple> many{"1.6 times as many"};          // x1.6
  static_assert(tight(many.interval(), 1.55, 1.65));
  static_assert(std::is_same_v<decltype(many.value()), basic_multiple<real_interval>>);
  CHECK(times.value().factor().contains(2.6));
  CHECK(many.value().factor().contains(1.6));
}

TEST_CASE("reported: money and exchange rates") {
  constexpr reported<cny_amount> revenue{"231.84 billion yuan"};
  static_assert(tight(revenue.interval(), 231.835e9, 231.845e9));
  static_assert(std::is_same_v<decltype(revenue.value()), quantity<units::yuan_unit, real_interval>>);
  static_assert(reported<cny_amount>{"231.84 billion"}.interval() == revenue.interval());
  static_assert(!revenue.kind().integral);

  constexpr reported<usd_amount> exports{"US$31.91 billion"};
  static_assert(tight(exports.interval(), 31.905e9, 31.915e9));

  constexpr reported<cny_per_usd> rate{"7.05"};
  static_assert(tight(rate.interval(), 7.045, 7.055));
  static_assert(std::is_same_v<decltype(rate.value()), real_interval>);
  CHECK(tight(exports.interval(), 31.905e9, 31.915e9));
}

TEST_CASE("reported: positions, years, directions and weekdays") {
  static_assert(reported<rank>{"second place"}.interval() == real_interval::point(2.0));
  static_assert(reported<rank>{"eighth"}.interval() == real_interval::point(8.0));
  static_assert(reported<calendar_year>{"2015"}.interval() == real_interval::point(2015.0));
  static_assert(reported<direction>{"continues to rise"}.interval() == real_interval::point(1.0));
  static_assert(reported<direction>{"a rapid growth trend"}.interval() == real_interval::point(2.0));
  static_assert(reported<direction>{"sales declined"}.interval() == real_interval::point(-1.0));
  static_assert(reported<direction>{"remained stable"}.interval() == real_interval::point(0.0));
  static_assert(reported<date::weekday>{"on Wednesday"}.interval() == real_interval::point(3.0));
  static_assert(reported<date::weekday>{"on Wednesday"}.how() == statement::exact);
  CHECK(reported<rank>::kind().style == value_style::rank);
}

TEST_CASE("reported: a year is a name, not a rounded number") {
  static_assert(reported<calendar_year>{"2020"}.interval() == real_interval::point(2020.0));
  static_assert(reported<calendar_year>{"2000"}.interval() == real_interval::point(2000.0));
  static_assert(reported<calendar_year>{"2020"}.how() == statement::exact);
  CHECK(reported<calendar_year>::parse("2020")->interval() == real_interval::point(2020.0));
}

TEST_CASE("reported: a calendar day named in the text") {
  constexpr reported<calendar_day> day{"Aug. 9, 2023"};
  static_assert(day.interval() == real_interval::point(period::day(2023, 8, 9).first));
  static_assert(reported<calendar_day>{"February 7, 2023"}.interval() ==
                real_interval::point(period::day(2023, 2, 7).first));
  CHECK_FALSE(reported<calendar_day>::parse("Feb. 30, 2023").has_value());
  CHECK(reported<calendar_day>::parse("July 26, 2023")->interval() ==
        real_interval::point(period::day(2023, 7, 26).first));
}

// Regression (a fixed bug; reported.hpp from_phrase / phrase.hpp read_decimal): a rank written in digits is read
// with the "trailing zeros are not significant" convention: reported<rank>::parse("10th place")
// is [5, 15]. Expected exactly 10 (a position is a name, like a year).
TEST_CASE("reported: a rank ending in zero is that rank") {
  CHECK(reported<rank>::parse("10th place")->interval() == real_interval::point(10.0));
}

TEST_CASE("reported: exactly and within, for derived figures") {
  constexpr auto sales = reported<vehicle_count>::exactly(9.495 * million * nev::units::vehicles);
  static_assert(sales.interval() == real_interval::point(9.495e6));
  static_assert(sales.how() == statement::exact);
  static_assert(sales.stated() == 9.495e6);
  static_assert(reported<share>::exactly(percent(56)).interval() == real_interval::point(56.0));
  static_assert(reported<growth>::exactly(growth_percent(-2)).interval() == real_interval::point(-2.0));
  static_assert(reported<rank>::exactly(rank{3}).interval() == real_interval::point(3.0));

  constexpr auto derived = reported<vehicle_count>::within({2.5, 7.5}, statement::about);
  static_assert(derived.interval() == real_interval{3.0, 7.0});   // whole vehicles only
  static_assert(derived.how() == statement::about);
  static_assert(derived.stated() == 5.0);
  static_assert(reported<share>::within({90.0, 120.0}, statement::rounded).interval() == real_interval{90.0, 100.0});
  constexpr auto open = reported<vehicle_count>::within(real_interval::at_least(5.0), statement::more_than);
  static_assert(open.interval() == real_interval::at_least(5.0) && open.stated() == 5.0);
  static_assert(reported<vehicle_count>::within(real_interval::at_most(5.0), statement::less_than).stated() == 5.0);

  CHECK_THROWS_AS((reported<vehicle_count>::within({-5.0, -1.0}, statement::exact)), std::domain_error);
  CHECK_THROWS_AS((reported<vehicle_count>::within({0.2, 0.8}, statement::exact)), std::domain_error);
  CHECK_THROWS_AS((reported<share>::within({101.0, 120.0}, statement::exact)), std::domain_error);
  CHECK_THROWS_AS((reported<rank>::within({-3.0, 0.0}, statement::exact)), std::domain_error);
  CHECK_NOTHROW(reported<vehicle_count>::within({0.0, 0.0}, statement::exact));
}

TEST_CASE("reported: parse at run time matches the compile-time constructor") {
  constexpr reported<vehicle_count> sales{"9.5 million units"};
  static_assert(reported<vehicle_count>::parse("9.5 million units") == sales);
  const std::string words = "more than 60 percent";   // not a literal: run-time words
  const auto global = reported<share>::parse(words);
  REQUIRE(global.has_value());
  CHECK(global->interval() == real_interval{60.0, 100.0});
  // Named, not a temporary: Clang 14 crashes generating code for a consteval temporary passed
  // next to another argument (same(x, S{"abc"})).
  constexpr reported<share> global_ct{"more than 60 percent"};
  CHECK(*global == global_ct);
  CHECK(reported<growth>::parse("an increase of 1.6 times")->stated() == 160.0);
  CHECK(reported<date::weekday>::parse("Wednesday")->interval() == real_interval::point(3.0));
  CHECK(reported<direction>::parse("falling sales")->interval() == real_interval::point(-1.0));
}

TEST_CASE("reported: parse returns the reason for words that are not a figure of the kind") {
  static_assert(!reported<vehicle_count>::parse("nine point five million").has_value());
  static_assert(!reported<vehicle_count>::parse("lots of cars").has_value());
  static_assert(!reported<growth>::parse("1.6 times").has_value());
  CHECK_FALSE(reported<vehicle_count>::parse("nine point five million").has_value());
  CHECK_FALSE(reported<vehicle_count>::parse("lots of cars").has_value());
  CHECK_FALSE(reported<vehicle_count>::parse("").has_value());
  CHECK_FALSE(reported<growth>::parse("1.6 times").has_value());
  // A unit the kind cannot have.
  CHECK_FALSE(reported<vehicle_count>::parse("56%").has_value());
  CHECK_FALSE(reported<share>::parse("6 percentage points").has_value());
  CHECK_FALSE(reported<percentage_points>::parse("up 6%").has_value());
  CHECK_FALSE(reported<growth>::parse("1.6 times as many").has_value());
  CHECK_FALSE(reported<multiple>::parse("an increase of 1.6 times").has_value());
  CHECK_FALSE(reported<cny_amount>::parse("US$5 billion").has_value());
  CHECK_FALSE(reported<usd_amount>::parse("5 billion yuan").has_value());
  CHECK_FALSE(reported<usd_amount>::parse("5 billion").has_value());
  // A change where the kind is a level.
  CHECK_FALSE(reported<vehicle_count>::parse("an increase of 500 units").has_value());
  CHECK_FALSE(reported<share>::parse("up 3%").has_value());
  // Words for a kind whose values are words.
  CHECK_FALSE(reported<direction>::parse("no comment").has_value());
  CHECK_FALSE(reported<date::weekday>::parse("someday").has_value());
}

// Regression (a fixed bug; reported.hpp, parse() with clip_to_kind): parse() returns nullopt for a phrase of the wrong unit
// but throws std::domain_error for a phrase outside the kind's bounds, e.g.
// reported<share>::parse("120%") throws instead of returning nullopt.
TEST_CASE("reported: parse returns nullopt for a figure outside the kind's bounds") {
  CHECK_FALSE(reported<share>::parse("120%").has_value());
  CHECK_FALSE(reported<percentage_points>::parse("an increase of 150 percentage points").has_value());
}

// Regression (a fixed bug; reported.hpp, detail::whole_numbers_in): static_cast<long long> of a bound at or above
// 2^63 is undefined behaviour; reported<vehicle_count>::parse("10000000 trillion") throws
// "the value lies outside what its kind allows" instead of giving [5e18, 1.5e19].
TEST_CASE("reported: whole numbers beyond long long") {
  const auto huge = reported<vehicle_count>::parse("10000000 trillion");
  REQUIRE(huge.has_value());
  CHECK(huge->interval().contains(1e19));
}

TEST_CASE("reported: printing says how the source said it") {
  // Each figure is named first: see the note on Clang 14 above.
  constexpr reported<vehicle_count> r1{"9.5 million units"};
  constexpr reported<vehicle_count> r2{"457,000 units"};
  constexpr reported<share> r3{"more than 60 percent"};
  constexpr reported<share> r4{"56%"};
  constexpr reported<vehicle_count> r5{"around 1.07 million"};
  constexpr reported<company_count> r6{"less than 5"};
  constexpr reported<company_count> r7{"at least 3"};
  constexpr reported<company_count> r8{"up to 12"};
  constexpr reported<growth> r9{"an increase of 1.6 times"};
  constexpr reported<growth> r10{"a decrease of 2%"};
  constexpr reported<percentage_points> r11{"an increase of 6.1 percentage points"};
  constexpr reported<multiple> r12{"1.6 times as many"};
  constexpr reported<cny_amount> r13{"231.84 billion yuan"};
  constexpr reported<usd_amount> r14{"US$31.91 billion"};
  constexpr reported<cny_per_usd> r15{"7.05"};
  constexpr reported<rank> r16{"second place"};
  constexpr reported<calendar_year> r17{"2015"};
  constexpr reported<calendar_day> r18{"Aug. 9, 2023"};
  constexpr reported<direction> r19{"continues to rise"};
  constexpr reported<date::weekday> r20{"on Wednesday"};
  constexpr reported<item_count> r21{"thousands of"};
  CHECK(printed(r1) == "9.5 million vehicles");
  CHECK(printed(r2) == "457,000 vehicles");
  CHECK(printed(r3) == "more than 60 %");
  CHECK(printed(r4) == "56 %");
  CHECK(printed(r5) == "about 1.07 million vehicles");
  CHECK(printed(r6) == "less than 5 companies");
  CHECK(printed(r7) == "at least 3 companies");
  CHECK(printed(r8) == "at most 12 companies");
  CHECK(printed(r9) == "+160 % y/y");
  CHECK(printed(r10) == "-2 % y/y");
  CHECK(printed(r11) == "+6.1 pp");
  CHECK(printed(r12) == "x1.6");
  CHECK(printed(r13) == "231.84 billion CNY");
  CHECK(printed(r14) == "31.91 billion USD");
  CHECK(printed(r15) == "7.05 CNY per USD");
  CHECK(printed(r16) == "#2");
  CHECK(printed(r17) == "2015");
  CHECK(printed(r18) == "2023-08-09");
  CHECK(printed(r19) == "rising");
  CHECK(printed(r20) == "Wednesday");
  CHECK(printed(r21) == "about 2,000 items");
  CHECK(printed(reported<vehicle_count>::within({3.0, 7.0}, statement::exact)) == "5 vehicles");
}

TEST_CASE("reported: issue 10, nouns, ranks, dates, directions") {
  static_assert(reported<vehicle_count>::parse("13 companies").reason() == refusal::unknown_noun);
  static_assert(reported<vehicle_count>::parse("35 GWh").reason() == refusal::noun_does_not_fit_kind);
  static_assert(reported<vehicle_count>::parse("5🚗").reason() == refusal::unexpected_character);
  static_assert(reported<cny_amount>::parse("31.91 billion US dollars").reason() == refusal::unit_does_not_fit_kind);
  static_assert(reported<usd_amount>::parse("US$-3.2 billion").reason() == refusal::outside_kind_bounds);
  static_assert(reported<company_count>::parse("13 automobile companies").has_value());
  static_assert(reported<vehicle_rate>::parse("22,000 cars per week").reason() == refusal::period_does_not_fit_kind);
  static_assert(reported<direction>::parse("Upon review, sales were stable")->interval() == real_interval::point(0.0));
  static_assert(reported<direction>::parse("Upon review").reason() == refusal::no_direction);
  static_assert(reported<direction>::parse("no longer rising").reason() == refusal::negated_or_mixed_direction);
  static_assert(reported<rank>::parse("the second-largest")->interval() == real_interval::point(2.0));
  static_assert(reported<rank>::parse("the third-largest")->interval() == real_interval::point(3.0));
  static_assert(reported<rank>::parse("no longer leads the world").reason() == refusal::negated_or_lost_rank);
  static_assert(reported<rank>::parse("second only to the leader")->interval() == real_interval::point(2.0));
  static_assert(reported<rank>::parse("fell from the top spot").reason() == refusal::negated_or_lost_rank);
  static_assert(reported<rank>::parse("top 3")->interval() == real_interval{1.0, 3.0});
  static_assert(reported<rank>::parse("ranked third behind the leader")->interval() == real_interval::point(3.0));
  static_assert(reported<rank>::parse("number one")->interval() == real_interval::point(1.0));
  static_assert(reported<rank>::parse("1.5th").reason() == refusal::ordinal_with_decimals);
  static_assert(reported<calendar_day>::parse("Mayor 9, 2023").reason() == refusal::no_date);
  static_assert(reported<calendar_day>::parse("market share 9 in 2023").reason() == refusal::no_date);
  static_assert(reported<calendar_day>::parse("Aug 4294967297, 2023").reason() == refusal::invalid_date);
  static_assert(reported<calendar_day>::parse("Aug 9, 67559").reason() == refusal::invalid_date);
  static_assert(reported<calendar_year>::parse("over.5").reason() == refusal::not_a_year);
  static_assert(reported<calendar_year>::parse("December 2023")->interval() == real_interval::point(2023.0));
  static_assert(reported<vehicle_count>::parse("2 mln")->interval() == real_interval{1.5e6, 2.5e6});
  static_assert(reported<vehicle_count>::parse("over 10 mln")->interval() == real_interval::at_least(1e7));
  static_assert(tight(reported<growth>::parse("doubled")->interval(), 50.0, 150.0));
  static_assert(tight(reported<growth>::parse("more than doubled")->interval(), 100.0, unbounded));
  static_assert(reported<growth>::parse("1.4-fold").reason() == refusal::fold_is_ambiguous);
  CHECK(reported<growth>::parse("1,5%").error() == reason_of(refusal::decimal_comma_is_ambiguous));
  CHECK(!reported<growth>::parse("1,5%").expected().empty());
}

TEST_CASE("reported: read in its sentence") {
  constexpr std::string_view s = "production and sales reached 12.89 million and 12.87 million units, up 34.4 percent "
                                 "and 35.5 percent";
  static_assert(reported<vehicle_count>::parse("12.87 million", s).has_value());
  static_assert(reported<vehicle_count>::parse("12.89 million", s).has_value());
  static_assert(reported<cny_amount>::parse("12.89 million", s).reason() == refusal::noun_does_not_fit_kind);
  static_assert(tight(reported<growth>::parse("35.5 percent", s)->interval(), 35.45, 35.55));
  constexpr std::string_view fell = "sales fell 3.2 percent year on year and 10.7 percent month on month";
  static_assert(tight(reported<growth>::parse("10.7 percent month on month", fell)->interval(), -10.75, -10.65));
  static_assert(reported<share>::parse("10.7 percent month on month", fell).reason() ==
                refusal::change_where_level_expected);
  static_assert(reported<growth>::parse("8%", "exports rose 5% in May and 8% in June").reason() ==
                refusal::change_without_direction);
  const std::string words = "35.5 percent";   // run-time words
  const std::string sentence(s);
  CHECK(reported<growth>::parse(words, sentence)->interval().lo > 35.0);
}

TEST_CASE("reported: parse never throws and every result prints") {
  constexpr const char* inputs[] = {"over.5", "99999999999999999 trillion", "-5", "+1e308", "0", "0th", "1st",
                                    "4294967297th", "Aug 99, 2023", "nearly 0", "less than 0.5", "2147483648th",
                                    "between 5 and", "- -", "%", "$", "the the the", "1,000,000,000,000,000,000,000"};
  for (const char* in : inputs) {
    CHECK_NOTHROW((void)printed_or_reason(reported<vehicle_count>::parse(in)));
    CHECK_NOTHROW((void)printed_or_reason(reported<rank>::parse(in)));
    CHECK_NOTHROW((void)printed_or_reason(reported<calendar_year>::parse(in)));
    CHECK_NOTHROW((void)printed_or_reason(reported<calendar_day>::parse(in)));
    CHECK_NOTHROW((void)printed_or_reason(reported<growth>::parse(in)));
    CHECK_NOTHROW((void)printed_or_reason(reported<share>::parse(in)));
    CHECK_NOTHROW((void)printed_or_reason(reported<date::weekday>::parse(in)));
    CHECK_NOTHROW((void)printed_or_reason(reported<direction>::parse(in)));
  }
}

TEST_CASE("reported: the reviewer's gaps (issue 10) stay closed") {
  using vc = reported<vehicle_count>;
  // A. Bounds after the figure.
  static_assert(vc::parse("20,000 units or more")->interval() == real_interval::at_least(20000));
  static_assert(vc::parse("10,000 units or fewer")->interval() == real_interval{0, 10000});
  static_assert(vc::parse("1.2 million-plus")->interval() == real_interval::at_least(1.2e6));
  static_assert(vc::parse("5,000-plus units")->interval() == real_interval::at_least(5000));
  static_assert(vc::parse("34M+")->interval() == real_interval::at_least(34e6));
  static_assert(vc::parse("1,000+ units")->interval() == real_interval::at_least(1000));
  static_assert(reported<share>::parse("50%+")->interval() == real_interval{50, 100});
  static_assert(reported<share>::parse("5% or less")->interval() == real_interval{0, 5});
  static_assert(reported<growth>::parse("up 10% or more")->interval() == real_interval::at_least(10));
  static_assert(reported<growth>::parse("down 10% or more")->interval().hi == -10);
  static_assert(vc::parse("1.2 million", "Shipments reached 1.2 million-plus units.")->interval() ==
                real_interval::at_least(1.2e6));
  static_assert(vc::parse("20,000", "Exports reached 20,000 units or more.")->interval() ==
                real_interval::at_least(20000));
  // B. Money of another currency.
  static_assert(reported<cny_amount>::parse("1.38 billion euros").reason() == refusal::another_currency);
  static_assert(reported<cny_amount>::parse("1.2 trillion won").reason() == refusal::another_currency);
  static_assert(reported<cny_amount>::parse("1.2 billion Hong Kong dollars").reason() == refusal::another_currency);
  static_assert(reported<usd_amount>::parse("A$1.38 billion").reason() == refusal::another_currency);
  static_assert(reported<usd_amount>::parse("HK$5 billion").reason() == refusal::another_currency);
  static_assert(reported<cny_amount>::parse("5 billion", "Revenue was 5 billion euros in the year.").reason() ==
                refusal::another_currency);
  static_assert(reported<usd_amount>::parse("US$31.91 billion").has_value());
  static_assert(reported<usd_amount>::parse("5 billion dollars").has_value());
  // C. Nouns a counted kind does not know.
  static_assert(vc::parse("2,000 charging piles").reason() == refusal::unknown_noun);
  static_assert(vc::parse("120 countries and regions").reason() == refusal::unknown_noun);
  static_assert(vc::parse("35 GWh").reason() == refusal::noun_does_not_fit_kind);
  static_assert(vc::parse("150 models").reason() == refusal::unknown_noun);
  static_assert(reported<company_count>::parse("more than 70 countries and regions").reason() ==
                refusal::unknown_noun);
  static_assert(vc::parse("120", "Its cars are sold in 120 countries and regions.").reason() == refusal::unknown_noun);
  static_assert(vc::parse("1.6 million passenger vehicles").has_value());
  static_assert(vc::parse("457,000 units of NEVs").has_value());
  static_assert(vc::parse("nearly 18,000 plug-in vehicles").has_value());
  // D. Scales not read are refused, never dropped.
  static_assert(vc::parse("hundreds of thousands")->interval() == real_interval{200000, 999999});
  static_assert(reported<year_count>::parse("two decades").reason() == refusal::unknown_scale);
  static_assert(vc::parse("12 crore").reason() == refusal::unknown_scale);
  // E. A yearly rate only.
  static_assert(reported<vehicle_rate>::parse("20,000 units daily").reason() == refusal::period_does_not_fit_kind);
  static_assert(reported<vehicle_rate>::parse("one car every minute").reason() == refusal::period_does_not_fit_kind);
  static_assert(reported<vehicle_rate>::parse("1 million units in the first half").reason() ==
                refusal::period_does_not_fit_kind);
  static_assert(reported<vehicle_rate>::parse("20,000 monthly").reason() == refusal::period_does_not_fit_kind);
  // F. A count of years is no rank.
  static_assert(reported<rank>::parse("the world's largest for the ninth consecutive year")->interval() ==
                real_interval::point(1));
  static_assert(reported<rank>::parse("ninth", "It ranked first for the ninth consecutive year.").reason() ==
                refusal::no_rank);
  // G. Contradictions after the figure.
  static_assert(reported<growth>::parse("up 5% less").reason() == refusal::contradictory_words);
  static_assert(reported<growth>::parse("down 5% more").reason() == refusal::contradictory_words);
  static_assert(reported<growth>::parse("up 5 percent points").reason() == refusal::two_units);
  // H. A qualifier belongs to the figure it stands by.
  static_assert(vc::parse("500,000", "BYD sold nearly 1 million and 500,000 units in the two halves.").reason() ==
                refusal::bound_of_another_figure);
  static_assert(vc::parse("1 million", "BYD sold nearly 1 million and 500,000 units in the two halves.")->how() ==
                statement::nearly);
  // I. A day is a date in words, within years 1000 to 9999.
  CHECK(reported<calendar_day>::parse("2147483647").reason() == refusal::no_date);
  CHECK(reported<calendar_day>::parse("Aug. 9, 0999").reason() == refusal::invalid_date);
  CHECK(format_value(kind_traits<calendar_day>::info, 2147483647.0) == format_number(2147483647.0));  // no date.h
  CHECK(format_value(kind_traits<calendar_day>::info, 19578.0) == "2023-08-09");
}
