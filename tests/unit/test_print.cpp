// Printing for a person (nevfacts/print.hpp, explain in nevfacts/check.hpp, format_value in
// nevfacts/kind.hpp): years as years, days as dates, weekdays as names, shares with "%", and
// interval ends with no more digits than the width justifies, rounded outward.
#include "fact_test_vocabulary.hpp"
#include "printed.hpp"

#include <cstdlib>
#include <string>
#include "../common/nev_kinds.hpp"

namespace print_tests {

using namespace vocab;

inline constexpr period y2023 = period::year(2023);
inline constexpr period y2022 = period::year(2022);
inline constexpr auto total = claim(office, "a.total", freedonia / all_units, deliveries, y2023, status::actual,
                                    "Deliveries reached 12.5 million units in 2023.", "12.5 million units");
inline constexpr auto growth8 = claim(office, "a.growth", freedonia / all_units, deliveries_growth, y2023,
                                      status::actual, "Deliveries were up 8.7 percent.", "up 8.7 percent");
inline constexpr auto premium_share = claim(office, "a.premium_share", freedonia / premium_units, market_share, y2023,
                                            status::actual, "a market share of 24.8 percent", "24.8 percent");
inline constexpr auto base = claim(wire, "c.total_2022", freedonia / all_units, deliveries, y2022, status::actual,
                                   "Deliveries totaled 11.5 million units in 2022.", "11.5 million units");
inline constexpr auto derived_base = derive_base("a.total_2022", total, growth8);
inline constexpr auto weekday_window = period::days(period::ymd(2023, 8, 3), period::ymd(2023, 8, 9));
inline constexpr auto named_wed = claim(wire, "c.opening_weekday", north / all_units, opening_weekday, weekday_window,
                                        status::actual, "The plant opened on Wednesday.", "Wednesday");
inline constexpr auto day_9 = claim(wire, "c.opening_day", north / all_units, opening_day, period::day(2023, 8, 9),
                                    status::actual, "The ceremony was held on Aug. 9, 2023.", "Aug. 9, 2023");
inline constexpr auto lead_2023 = claim(office, "a.lead", freedonia / all_units, years_leading, y2023, status::actual,
                                        "Freedonia has led the region for 14 consecutive years.",
                                        "14 consecutive years");
inline constexpr auto lead_2022 = claim(association, "b.lead", freedonia / all_units, years_leading, y2022,
                                        status::actual, "Freedonia has led for 13 consecutive years.",
                                        "13 consecutive years");
inline constexpr auto revenue_yuan = claim(office, "a.revenue_cny", freedonia / all_units, revenue_cny, y2023,
                                           status::actual, "Revenue was 231.84 billion yuan (US$32.6 billion).",
                                           "231.84 billion yuan");
inline constexpr auto revenue_dollars = claim(office, "a.revenue_usd", freedonia / all_units, revenue_usd, y2023,
                                              status::actual, "Revenue was 231.84 billion yuan (US$32.6 billion).",
                                              "US$32.6 billion");
inline constexpr auto total_2020 = claim(wire, "c.total_2020", freedonia / all_units, deliveries, period::year(2020),
                                         status::actual, "In 2020 deliveries were 8.1 million units.",
                                         "8.1 million units");
inline constexpr auto facts = make_registry(total, growth8, premium_share, base, derived_base, named_wed, day_9,
                                            lead_2023, lead_2022, revenue_yuan, revenue_dollars, total_2020);

// The decimal a printed end stands for ("11.756 million" is 11756000), to test soundness.
double value_of(const std::string& text) {
  std::string digits;
  for (char c : text)
    if (c != ',' && c != '+') digits += c;
  double scale = 1;
  if (text.find(" million") != std::string::npos) scale = 1e6;
  if (text.find(" billion") != std::string::npos) scale = 1e9;
  return std::strtod(digits.c_str(), nullptr) * scale;
}

TEST_CASE("print: interval ends show the digits the width justifies, rounded outward") {
  // two significant digits of the width: 10,282 wide, so thousands
  CHECK(format_interval({11756344.0, 11766626.0}) == "[11.756 million, 11.767 million]");
  CHECK(format_interval({25832744.0, 26300000.0}) == "[25.83 million, 26.3 million]");
  CHECK(format_interval({34483.0, 42471.0}) == "[34,400, 42,500]");
  CHECK(format_interval({7.2641391195362655, 7.2667293527660268}) == "[7.2641, 7.2668]");
  CHECK(format_interval({2000.0, 9999.0}) == "[2,000, 10,000]");   // outward, so 9,999 is 10,000
  CHECK(format_interval({-11.1, -10.2}) == "[-11.1, -10.2]");
  // an end beside an open one: three significant digits, rounded outward
  CHECK(format_interval(real_interval::at_least(145.565)) == "at least 145");
  CHECK(format_interval(real_interval::at_most(-3.33333)) == "at most -3.33");
  CHECK(format_interval(real_interval::at_least(2.55e6)) == "at least 2.55 million");
  // an end a few ulps past a decimal is that decimal (the arithmetic widened it by an ulp)
  CHECK(format_interval({24.04999999999999, 24.150000000000013}) == "[24.05, 24.15]");
  CHECK(format_interval({next_down(3.5e6), next_up(4.5e6)}) == "[3.5 million, 4.5 million]");
  // more than a few ulps is not: the end rounds outward
  CHECK(format_interval({24.0499, 24.1501}) == "[24.04, 24.16]");
  CHECK(format_interval({0.5, 2.5}, true) == "[0, 3]");   // whole numbers: no decimals
  CHECK(format_lower_end(9.4945e6, 2) == "9.4945 million");
  CHECK(format_upper_end(9.49451e6, 2) == "9.4946 million");
  CHECK(format_lower_end(-0.001, 0) == "-1");
}

TEST_CASE("print: a printed interval contains the computed one") {
  const real_interval intervals[] = {{11756344.0, 11766626.0}, {0.123456, 0.98765}, {-7.77777, 3.33333},
                                     {1234567.891, 1234999.0}, {9450000.0, 15916666.0}, {1.0e-3, 1.7e-3}};
  for (real_interval i : intervals) {
    const int e = rounding_exponent(i, false);
    CHECK(value_of(format_lower_end(i.lo, e)) <= i.lo);
    CHECK(value_of(format_upper_end(i.hi, e)) >= i.hi);
  }
}

TEST_CASE("print: format_value rounds outward too, and whole kinds print what they name") {
  CHECK(format_value(kind_traits<vehicle_count>::info, real_interval{11756344.0, 11766626.0}) ==
        "[11.756 million, 11.767 million] vehicles");
  CHECK(format_value(kind_traits<share>::info, real_interval{49.349999999999987, 50.450000000000017}) ==
        "[49.3 %, 50.5 %]");
  CHECK(format_value(kind_traits<growth>::info, real_interval{24.04999999999999, 24.150000000000013}) ==
        "[+24.05 % y/y, +24.15 % y/y]");
  CHECK(format_value(kind_traits<calendar_year>::info, real_interval{next_down(2015.0), next_up(2015.0)}) == "2015");
  CHECK(format_value(kind_traits<calendar_day>::info, real_interval{19578.0, 19580.0}) == "[2023-08-09, 2023-08-11]");
  CHECK(format_value(kind_traits<percentage_points>::info, real_interval{-100.0, 3.0}) == "at most +3 pp");
  CHECK(format_value(kind_traits<share>::info, real_interval{50.0, 100.0}) == "at least 50 %");
}

TEST_CASE("print: explain prints each side in its kind") {
  CHECK(explain(check_weekday(named_wed, day_9)) ==
        "weekday rule holds for c.opening_weekday, c.opening_day: implied Wednesday 2023-08-09, "
        "stated Wednesday 2023-08-09");
  // 2023 + 1 - 14 and 2022 + 1 - 13: both runs began in 2010
  CHECK(explain(check_run_of_years(lead_2023, lead_2022)) ==
        "run_of_years rule holds for a.lead, b.lead: implied 2010, stated 2010 (first year of the run)");
  // 231.835 / 32.65 = 7.1006, 231.845 / 32.55 = 7.1227: 0.022 wide, so thousandths
  CHECK(explain(check_exchange_rate(revenue_yuan, revenue_dollars, {7.0, 7.3})) ==
        "exchange_rate rule holds for a.revenue_cny, a.revenue_usd: implied [7.1, 7.123] CNY per USD, "
        "stated [7, 7.3] CNY per USD");
  // (12.45 / 8.15) ^ (1/3) - 1 = 15.163 %, (12.55 / 8.05) ^ (1/3) - 1 = 15.954 %
  CHECK(explain(check_plausible_growth(total_2020, total, {0.0, 30.0})) ==
        "plausible_growth rule holds for c.total_2020, a.total: implied [+15.16 % a year, +15.96 % a year], "
        "stated [0 % a year, +30 % a year]");
  // without the facts, a rule whose kind is its facts' prints numbers; with them, vehicles
  CHECK(explain(check_growth(total, growth8, base)) ==
        "growth rule holds for c.total_2022, a.growth, a.total: implied [12.44 million, 12.57 million], "
        "stated [12.45 million, 12.55 million]");
  CHECK(explain(check_growth(total, growth8, base), facts) ==
        "growth rule holds for c.total_2022, a.growth, a.total: implied [12.44 million, 12.57 million] vehicles, "
        "stated [12.45 million, 12.55 million] vehicles");
  // 12.45 / 1.0875 = 11.4483 M, 12.55 / 1.0865 = 11.5508 M: 0.1 M wide, so ten thousands
  CHECK(explain(check_agreement(base, derived_base), facts) ==
        "agreement rule holds for c.total_2022, a.total_2022: implied [11.45 million, 11.55 million] vehicles, "
        "stated [11.44 million, 11.56 million] vehicles");
}

TEST_CASE("print: the registry's check says what it checked") {
  const check_result checked = check_registry(facts);
  CHECK(explain(checked) == "registry rule holds: every id found once, no document contradicts itself");
  // twelve facts; a.total_2022 (derived) and c.total_2022 share a key, the others have one each
  CHECK(explain(checked, facts) ==
        "registry rule holds: 12 facts, 11 keys (subject, metric, period): every id found once, no document "
        "contradicts itself");
  CHECK(explain(checked).find("implied") == std::string::npos);
}

TEST_CASE("print: operator<< for a fact and a check result") {
  CHECK(printed(total) == "a.total: Freedonia: all units deliveries, 2023, actual: [12.45 million, 12.55 million] "
                          "vehicles, stated \"12.5 million units\" in doc_a");
  CHECK(printed(premium_share) == "a.premium_share: Freedonia: premium units market share, 2023, actual: "
                                  "[24.75 %, 24.85 %], stated \"24.8 percent\" in doc_a");
  CHECK(printed(named_wed) == "c.opening_weekday: North Province: all units weekday of the opening, "
                              "2023-08-03..2023-08-09, actual: Wednesday, stated \"Wednesday\" in doc_c");
  CHECK(printed(day_9) == "c.opening_day: North Province: all units day of the opening, 2023-08-09, actual: "
                          "2023-08-09, stated \"Aug. 9, 2023\" in doc_c");
  CHECK(printed(derived_base) == "a.total_2022: Freedonia: all units deliveries, 2022, derived by growth from "
                                 "a.total, a.growth: [11.44 million, 11.56 million] vehicles");
  CHECK(printed(check_weekday(named_wed, day_9)) == explain(check_weekday(named_wed, day_9)));
  CHECK(printed(verdict::cannot_tell) == "cannot_tell");
  CHECK(printed(rule::part_of_whole) == "part_of_whole");
  CHECK(printed(status::forecast) == "forecast");
}

}  // namespace print_tests
