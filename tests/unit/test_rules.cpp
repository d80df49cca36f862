// Rules: every relation of nevfacts/rules.hpp, each with a case that holds, one that
// contradicts (or is flagged, where that is the rule's negative verdict) and one that cannot
// tell (where the rule can say so). The intervals each rule implies are written out by hand
// next to the checks.
//
// Every BOTH(...) assertion runs once as a static_assert and once as a doctest CHECK.

#include "fact_test_vocabulary.hpp"

#include <array>
#include <stdexcept>
#include "../common/nev_kinds.hpp"

namespace rules_tests {

using namespace vocab;

inline constexpr period y2023 = period::year(2023);
inline constexpr period y2022 = period::year(2022);

// --- doc_a, the statistics office ------------------------------------------------------------------
inline constexpr std::string_view office_quote =
    "Total deliveries reached 12.5 million units in 2023, up 8.7 percent year on year. Premium units "
    "accounted for 3.1 million units, a market share of 24.8 percent, an increase of 2.2 percentage points. "
    "Deliveries continue to rise; the premium share keeps rising.";
inline constexpr auto total = claim(office, "a.total", freedonia / all_units, deliveries, y2023, status::actual,
                                    office_quote, "12.5 million units");                             // [12.45, 12.55] M
inline constexpr auto growth8 = claim(office, "a.growth", freedonia / all_units, deliveries_growth, y2023,
                                      status::actual, office_quote, "up 8.7 percent");               // [8.65, 8.75] %
inline constexpr auto premium = claim(office, "a.premium", freedonia / premium_units, deliveries, y2023, status::actual,
                                      office_quote, "3.1 million units");                            // [3.05, 3.15] M
inline constexpr auto premium_share = claim(office, "a.premium_share", freedonia / premium_units, market_share, y2023,
                                            status::actual, office_quote, "24.8 percent");           // [24.75, 24.85] %
inline constexpr auto premium_pp = claim(office, "a.premium_pp", freedonia / premium_units, share_change, y2023,
                                         status::actual, office_quote, "an increase of 2.2 percentage points");
inline constexpr auto rising = claim(office, "a.rising", freedonia / all_units, trend, y2023, status::actual, office_quote,
                                     "continue to rise");                                            // direction::up
inline constexpr auto premium_rising = claim(office, "a.premium_rising", freedonia / premium_units, share_trend, y2023,
                                             status::actual, office_quote, "keeps rising");
inline constexpr auto electric_share = claim(office, "a.electric_share", freedonia / electric_units, market_share, y2023,
                                             status::actual, "Electric units took 18.4 percent of the market.",
                                             "18.4 percent");                                        // [18.35, 18.45] %
inline constexpr auto q1_total = claim(office, "a.q1_total", freedonia / all_units, deliveries, period::quarter(2023, 1),
                                       status::actual, "First-quarter deliveries were 2.9 million units.",
                                       "2.9 million units");                                         // [2.85, 2.95] M
inline constexpr auto cap126 = claim(office, "a.capacity", freedonia / all_units, capacity, y2023, status::actual,
                                     "Plants can make 12.6 million units a year.", "12.6 million units");
inline constexpr std::string_view revenue_quote = "Revenue was 231.84 billion yuan (US$32.6 billion) in 2023.";
inline constexpr auto revenue_yuan = claim(office, "a.revenue_cny", freedonia / all_units, revenue_cny, y2023,
                                           status::actual, revenue_quote, "231.84 billion yuan");
inline constexpr auto revenue_dollars = claim(office, "a.revenue_usd", freedonia / all_units, revenue_usd, y2023,
                                              status::actual, revenue_quote, "US$32.6 billion");
inline constexpr auto lead_2023 = claim(office, "a.lead", freedonia / all_units, years_leading, y2023, status::actual,
                                        "Freedonia has led the region for 14 consecutive years.", "14 consecutive years");

// --- doc_b, the makers' association ---------------------------------------------------------------
inline constexpr auto total_b = claim(association, "b.total", freedonia / all_units, deliveries, y2023, status::actual,
                                      "Members delivered 12.47 million units in 2023.", "12.47 million units");
inline constexpr auto part_open = claim(association, "b.premium_open", freedonia / premium_units, deliveries, y2023,
                                        status::actual, "Premium deliveries were more than 3 million units.",
                                        "more than 3 million units");                                // [3 M, inf)
inline constexpr auto whole_open = claim(association, "b.total_open", freedonia / all_units, deliveries, y2023,
                                         status::actual, "All deliveries were more than 12 million units.",
                                         "more than 12 million units");                              // [12 M, inf)
inline constexpr auto base_wrong = claim(association, "b.total_2022", freedonia / all_units, deliveries, y2022,
                                         status::actual, "In 2022 deliveries were 10.2 million units.",
                                         "10.2 million units");                                      // [10.15, 10.25] M
inline constexpr auto base_open = claim(association, "b.total_2022_open", freedonia / all_units, deliveries, y2022,
                                        status::actual, "In 2022 deliveries were less than 12 million units.",
                                        "less than 12 million units");                               // [0, 12 M]
inline constexpr auto growth_open = claim(association, "b.growth_open", freedonia / all_units, deliveries_growth, y2023,
                                          status::actual, "Deliveries grew by more than 5 percent.",
                                          "more than 5 percent");                                    // [5, inf) %
inline constexpr auto electric_any = claim(association, "b.electric_any", freedonia / electric_units, market_share, y2023,
                                           status::actual, "Electric units hold less than 100 percent of the market.",
                                           "less than 100 percent");                                 // [0, 100] %
inline constexpr auto electric_any_2022 = claim(association, "b.electric_any_2022", freedonia / electric_units,
                                                market_share, y2022, status::actual,
                                                "In 2022 electric units held more than 0 percent.",
                                                "more than 0 percent");                              // [0, 100] %
inline constexpr auto north_about = claim(association, "b.north_about", north / all_units, deliveries, y2023,
                                          status::actual, "North Province delivered about 12.5 million units.",
                                          "about 12.5 million units");                               // [12.4, 12.6] M
inline constexpr auto cap15 = claim(association, "b.capacity", freedonia / all_units, capacity, y2023, status::actual,
                                    "Capacity stands at 15 million units a year.", "15 million units");  // [14.5, 15.5] M
inline constexpr auto day_8 = claim(association, "b.opening_day", north / all_units, opening_day, period::day(2023, 8, 8),
                                    status::actual, "The plant opened on Aug. 8, 2023.", "Aug. 8, 2023");
inline constexpr auto lead_2022 = claim(association, "b.lead", freedonia / all_units, years_leading, y2022,
                                        status::actual, "Freedonia has led for 13 consecutive years.",
                                        "13 consecutive years");
inline constexpr auto forecast_ok = claim(association, "b.forecast", freedonia / all_units, deliveries, y2023,
                                          status::forecast, "Deliveries are expected to exceed 12 million units in 2023.",
                                          "exceed 12 million units");                                // [12 M, inf)
inline constexpr auto rapid = claim(association, "b.rapid", freedonia / all_units, trend, y2023, status::actual,
                                    "Deliveries keep a rapid growth trend.", "rapid growth");        // rapid_up
inline constexpr auto falling_forecast = claim(association, "b.falling_forecast", freedonia / all_units, trend, y2023,
                                               status::forecast, "Deliveries are expected to fall in 2023.",
                                               "expected to fall");

// --- doc_c, the wire agency --------------------------------------------------------------------
inline constexpr auto base = claim(wire, "c.total_2022", freedonia / all_units, deliveries, y2022, status::actual,
                                   "Deliveries totaled 11.5 million units in 2022.", "11.5 million units");  // [11.45, 11.55] M
inline constexpr auto total_c = claim(wire, "c.total", freedonia / all_units, deliveries, y2023, status::actual,
                                      "Deliveries were 11.9 million units in 2023.", "11.9 million units");
inline constexpr auto total_2020 = claim(wire, "c.total_2020", freedonia / all_units, deliveries, period::year(2020),
                                         status::actual, "In 2020 deliveries were 8.1 million units.",
                                         "8.1 million units");                                       // [8.05, 8.15] M
inline constexpr auto premium_share_2022 = claim(wire, "c.premium_share_2022", freedonia / premium_units, market_share,
                                                 y2022, status::actual, "Premium units held 22.6 percent in 2022.",
                                                 "22.6 percent");                                    // [22.55, 22.65] %
inline constexpr auto premium_share_c = claim(wire, "c.premium_share", freedonia / premium_units, market_share, y2023,
                                              status::actual, "Premium units took 31.2 percent of the market.",
                                              "31.2 percent");                                       // [31.15, 31.25] %
inline constexpr auto pp_down = claim(wire, "c.premium_pp", freedonia / premium_units, share_change, y2023,
                                      status::actual, "The premium share saw a decrease of 1.5 percentage points.",
                                      "a decrease of 1.5 percentage points");                        // [-1.55, -1.45]
inline constexpr auto north_premium = claim(wire, "c.north_premium", north / premium_units, deliveries, y2023,
                                            status::actual, "North Province delivered 0.8 million units of the premium kind.",
                                            "0.8 million units");                                    // [0.75, 0.85] M
inline constexpr auto north_big = claim(wire, "c.north_big", north / all_units, deliveries, y2023, status::actual,
                                        "North Province delivered 13.2 million units.", "13.2 million units");
inline constexpr auto cap96 = claim(wire, "c.capacity", freedonia / all_units, capacity, y2023, status::actual,
                                    "Capacity is 9.6 million units a year.", "9.6 million units");  // [9.55, 9.65] M
inline constexpr auto weekday_window = period::days(period::ymd(2023, 8, 3), period::ymd(2023, 8, 9));  // Thu..Wed
inline constexpr auto named_wed = claim(wire, "c.opening_weekday", north / all_units, opening_weekday, weekday_window,
                                        status::actual, "The plant opened on Wednesday.", "Wednesday");
inline constexpr auto named_wed_short = claim(wire, "c.opening_weekday_short", north / all_units, opening_weekday,
                                              period::days(period::ymd(2023, 8, 10), period::ymd(2023, 8, 12)),  // Thu..Sat
                                              status::actual, "The plant opened on Wednesday.", "Wednesday");
inline constexpr auto day_9 = claim(wire, "c.opening_day", north / all_units, opening_day, period::day(2023, 8, 9),
                                    status::actual, "The ceremony was held on Aug. 9, 2023.", "Aug. 9, 2023");
inline constexpr auto lead_2022_wrong = claim(wire, "c.lead", freedonia / all_units, years_leading, y2022, status::actual,
                                              "Freedonia has led for 15 consecutive years.", "15 consecutive years");
inline constexpr auto forecast_miss = claim(wire, "c.forecast", freedonia / all_units, deliveries, y2023, status::forecast,
                                            "Deliveries will reach about 14 million units in 2023.",
                                            "about 14 million units");                               // [13, 15] M
inline constexpr auto falling = claim(wire, "c.falling", freedonia / all_units, trend, y2023, status::actual,
                                      "Deliveries continued to decline.", "continued to decline");   // direction::down
inline constexpr auto growth_small = claim(wire, "c.growth_small", freedonia / all_units, deliveries_growth, y2023,
                                           status::actual, "Deliveries grew less than 3 percent.",
                                           "less than 3 percent");                                   // (-100, 3] %

inline constexpr auto north_cap = claim(wire, "c.north_capacity", north / all_units, capacity, y2023, status::actual,
                                        "North Province plants can make 4.5 million units a year.", "4.5 million units");
inline constexpr auto north_lead = claim(wire, "c.north_lead", north / all_units, years_leading, y2023, status::actual,
                                         "North Province has led for 14 consecutive years.", "14 consecutive years");
inline constexpr auto growth_2020 = claim(wire, "c.growth_2020", freedonia / all_units, deliveries_growth, period::year(2020),
                                         status::actual, "In 2020 deliveries grew 2.5 percent.", "grew 2.5 percent");
inline constexpr auto revenue_dollars_2022 = claim(wire, "c.revenue_usd_2022", freedonia / all_units, revenue_usd, y2022,
                                                   status::actual, "Revenue was US$30.1 billion in 2022.", "US$30.1 billion");

// --- exact figures, for the derivations ------------------------------------------------------------
inline constexpr std::string_view exact_quote =
    "Exactly: exactly 11,500,000 units, up exactly 15 percent, exactly 3,000,000 units, exactly 25 percent, "
    "exactly 24.8 percent, up exactly 2.2 percentage points, exactly 7.05 billion yuan, exactly US$1 billion.";
inline constexpr auto x_value = claim(association, "x.value", freedonia / all_units, deliveries, y2023, status::actual,
                                      exact_quote, "exactly 11,500,000 units");
inline constexpr auto x_growth = claim(association, "x.growth", freedonia / all_units, deliveries_growth, y2023,
                                       status::actual, exact_quote, "up exactly 15 percent");
inline constexpr auto x_part = claim(association, "x.part", freedonia / premium_units, deliveries, y2023, status::actual,
                                     exact_quote, "exactly 3,000,000 units");
inline constexpr auto x_share = claim(association, "x.share", freedonia / premium_units, market_share, y2023,
                                      status::actual, exact_quote, "exactly 25 percent");
inline constexpr auto x_now = claim(association, "x.now", freedonia / premium_units, market_share, y2023, status::actual,
                                    exact_quote, "exactly 24.8 percent");
inline constexpr auto x_pp = claim(association, "x.pp", freedonia / premium_units, share_change, y2023, status::actual,
                                   exact_quote, "up exactly 2.2 percentage points");
inline constexpr auto x_cny = claim(association, "x.cny", freedonia / all_units, revenue_cny, y2023, status::actual,
                                    exact_quote, "exactly 7.05 billion yuan");
inline constexpr auto x_usd = claim(association, "x.usd", freedonia / all_units, revenue_usd, y2023, status::actual,
                                    exact_quote, "exactly US$1 billion");

inline constexpr auto electric_pp = claim(association, "b.electric_pp", freedonia / electric_units, share_change, y2023,
                                         status::actual, "Electric units gained 1.5 percentage points.",
                                         "1.5 percentage points");
inline constexpr auto day_11 = claim(wire, "c.opening_day_11", north / all_units, opening_day, period::day(2023, 8, 11),
                                     status::actual, "The plant opened on Aug. 11, 2023.", "Aug. 11, 2023");

inline constexpr auto day_9_freedonia = claim(wire, "c.opening_day_freedonia", freedonia / all_units, opening_day,
                                              period::day(2023, 8, 9), status::actual,
                                              "The ceremony was held on Aug. 9, 2023.", "Aug. 9, 2023");
inline constexpr auto north_growth = claim(wire, "c.north_growth", north / all_units, deliveries_growth, y2023,
                                          status::actual, "North Province deliveries were up 3 percent.",
                                          "up 3 percent");
// Shares that name their wholes: of premium deliveries, and of all deliveries.
inline constexpr metric<share> share_of_premium{"share_of_premium", "share of premium deliveries",
                                                whole_of(freedonia / premium_units, deliveries)};
inline constexpr metric<share> share_of_all{"share_of_all", "share of all deliveries",
                                            whole_of(freedonia / all_units, deliveries)};
inline constexpr std::string_view premium_electric_quote =
    "Premium electric units were 1.24 million units, 40 percent of premium deliveries and 10 percent of all.";
inline constexpr auto premium_electric = claim(office, "a.premium_electric", freedonia / premium_electric_units,
                                               deliveries, y2023, status::actual, premium_electric_quote,
                                               "1.24 million units");
inline constexpr auto of_premium = claim(office, "a.premium_electric_of_premium", freedonia / premium_electric_units,
                                         share_of_premium, y2023, status::actual, premium_electric_quote, "40 percent");
inline constexpr auto of_all = claim(office, "a.premium_electric_of_all", freedonia / premium_electric_units,
                                     share_of_all, y2023, status::actual, premium_electric_quote, "10 percent");

// --- derived facts -----------------------------------------------------------------------------
inline constexpr auto whole_from_premium = derive_whole("d.whole", premium, premium_share, freedonia / all_units);
inline constexpr auto base_from_total = derive_base("d.base_2022", total, growth8);
inline constexpr auto chained = derived<vehicle_count>("d.chained", freedonia / all_units, deliveries, y2023,
                                                       {1.0e6, 2.0e6}, "test", sources(whole_from_premium, growth8));

}  // namespace rules_tests

using namespace rules_tests;

// ===================================================================================================
// check_share: share = part / whole
// ===================================================================================================
TEST_CASE("rules: check_share holds") {
  // 3.1 M of 12.5 M: [3.05/12.55, 3.15/12.45] = [24.3028, 25.3012] %, stated [24.75, 24.85] %
  BOTH(is(check_share(premium, total, premium_share), rule::share, verdict::holds));
  BOTH(ids_are(check_share(premium, total, premium_share), "a.premium", "a.total", "a.premium_share"));
  BOTH(near(check_share(premium, total, premium_share).implied, 3.05e6 / 12.55e6 * 100, 3.15e6 / 12.45e6 * 100));
  BOTH(near(check_share(premium, total, premium_share).stated, 24.75, 24.85));
  BOTH(holds(check_share(premium, total, premium_share)));
}

TEST_CASE("rules: check_share contradicts") {
  // the same [24.3028, 25.3012] % against a stated [31.15, 31.25] %
  BOTH(is(check_share(premium, total, premium_share_c), rule::share, verdict::contradicts));
  BOTH(ids_are(check_share(premium, total, premium_share_c), "a.premium", "a.total", "c.premium_share"));
  BOTH(near(check_share(premium, total, premium_share_c).implied, 24.302788844621514, 25.301204819277107));
  BOTH(near(check_share(premium, total, premium_share_c).stated, 31.15, 31.25));
  CHECK_FALSE(holds(check_share(premium, total, premium_share_c)));
}

TEST_CASE("rules: check_share cannot tell") {
  // more than 3 M of more than 12 M: [3/inf, inf/12] = [0, inf) %, every share is possible
  BOTH(is(check_share(part_open, whole_open, premium_share), rule::share, verdict::cannot_tell));
  BOTH(ids_are(check_share(part_open, whole_open, premium_share), "b.premium_open", "b.total_open", "a.premium_share"));
  BOTH(check_share(part_open, whole_open, premium_share).implied.lo <= 0.0);
  BOTH(near(check_share(part_open, whole_open, premium_share).implied, 0.0, unbounded));
  BOTH(holds(check_share(part_open, whole_open, premium_share)));  // cannot_tell does not fail a build
}

// ===================================================================================================
// check_growth: value = base x (1 + growth)
// ===================================================================================================
TEST_CASE("rules: check_growth holds") {
  // [11.45, 11.55] M x [1.0865, 1.0875] = [12.440425, 12.560625] M, stated [12.45, 12.55] M
  BOTH(is(check_growth(total, growth8, base), rule::growth, verdict::holds));
  BOTH(ids_are(check_growth(total, growth8, base), "c.total_2022", "a.growth", "a.total"));
  BOTH(near(check_growth(total, growth8, base).implied, 12440425.0, 12560625.0));
  BOTH(tight(check_growth(total, growth8, base).stated, 12.45e6, 12.55e6));
  BOTH(holds(check_growth(total, growth8, base)));
}

TEST_CASE("rules: check_growth contradicts") {
  // [10.15, 10.25] M x [1.0865, 1.0875] = [11.027975, 11.146875] M < 12.45 M
  BOTH(is(check_growth(total, growth8, base_wrong), rule::growth, verdict::contradicts));
  BOTH(ids_are(check_growth(total, growth8, base_wrong), "b.total_2022", "a.growth", "a.total"));
  BOTH(near(check_growth(total, growth8, base_wrong).implied, 11027975.0, 11146875.0));
  BOTH(tight(check_growth(total, growth8, base_wrong).stated, 12.45e6, 12.55e6));
  CHECK_FALSE(holds(check_growth(total, growth8, base_wrong)));
}

TEST_CASE("rules: check_growth cannot tell") {
  // less than 12 M grown by more than 5 %: [0, 12] M x [1.05, inf) = [0, inf), any count
  BOTH(is(check_growth(total, growth_open, base_open), rule::growth, verdict::cannot_tell));
  BOTH(ids_are(check_growth(total, growth_open, base_open), "b.total_2022_open", "b.growth_open", "a.total"));
  BOTH(near(check_growth(total, growth_open, base_open).implied, 0.0, unbounded));
  BOTH(tight(check_growth(total, growth_open, base_open).stated, 12.45e6, 12.55e6));
}

// ===================================================================================================
// check_points: share_now - share_before = pp
// ===================================================================================================
TEST_CASE("rules: check_points holds") {
  // [24.75, 24.85] - [22.55, 22.65] = [2.1, 2.3] pp, stated [2.15, 2.25] pp
  BOTH(is(check_points(premium_share, premium_share_2022, premium_pp), rule::points, verdict::holds));
  BOTH(ids_are(check_points(premium_share, premium_share_2022, premium_pp), "a.premium_share", "c.premium_share_2022",
               "a.premium_pp"));
  BOTH(near(check_points(premium_share, premium_share_2022, premium_pp).implied, 2.1, 2.3));
  BOTH(near(check_points(premium_share, premium_share_2022, premium_pp).stated, 2.15, 2.25));
}

TEST_CASE("rules: check_points contradicts") {
  // [2.1, 2.3] pp against a decrease, [-1.55, -1.45] pp
  BOTH(is(check_points(premium_share, premium_share_2022, pp_down), rule::points, verdict::contradicts));
  BOTH(ids_are(check_points(premium_share, premium_share_2022, pp_down), "a.premium_share", "c.premium_share_2022",
               "c.premium_pp"));
  BOTH(near(check_points(premium_share, premium_share_2022, pp_down).implied, 2.1, 2.3));
  BOTH(near(check_points(premium_share, premium_share_2022, pp_down).stated, -1.55, -1.45));
  CHECK_FALSE(holds(check_points(premium_share, premium_share_2022, pp_down)));
}

TEST_CASE("rules: check_points cannot tell") {
  // [0, 100] - [0, 100] = [-100, 100] pp: every change of a share is possible
  BOTH(is(check_points(electric_any, electric_any_2022, electric_pp), rule::points, verdict::cannot_tell));
  BOTH(ids_are(check_points(electric_any, electric_any_2022, electric_pp), "b.electric_any", "b.electric_any_2022",
               "b.electric_pp"));
  BOTH(near(check_points(electric_any, electric_any_2022, electric_pp).implied, -100.0, 100.0));
  // the points of another segment are not this share's change
  CHECK_THROWS_AS(check_points(electric_any, electric_any_2022, premium_pp), std::domain_error);
}

// ===================================================================================================
// check_part_of_whole: part <= whole
// ===================================================================================================
TEST_CASE("rules: check_part_of_whole holds") {
  // North's premium units [0.75, 0.85] M within Freedonia's premium units [3.05, 3.15] M
  BOTH(is(check_part_of_whole(north_premium, premium), rule::part_of_whole, verdict::holds));
  BOTH(ids_are(check_part_of_whole(north_premium, premium), "c.north_premium", "a.premium"));
  BOTH(tight(check_part_of_whole(north_premium, premium).implied, 0.75e6, 0.85e6));
  BOTH(tight(check_part_of_whole(north_premium, premium).stated, 3.05e6, 3.15e6));
  // a segment of a whole, and a quarter of a year
  BOTH(is(check_part_of_whole(premium, total), rule::part_of_whole, verdict::holds));
  BOTH(is(check_part_of_whole(q1_total, total), rule::part_of_whole, verdict::holds));
  BOTH(tight(check_part_of_whole(q1_total, total).implied, 2.85e6, 2.95e6));
}

TEST_CASE("rules: check_part_of_whole contradicts") {
  // a province's [13.15, 13.25] M above its country's [12.45, 12.55] M
  BOTH(is(check_part_of_whole(north_big, total), rule::part_of_whole, verdict::contradicts));
  BOTH(ids_are(check_part_of_whole(north_big, total), "c.north_big", "a.total"));
  BOTH(tight(check_part_of_whole(north_big, total).implied, 13.15e6, 13.25e6));
  BOTH(tight(check_part_of_whole(north_big, total).stated, 12.45e6, 12.55e6));
  CHECK_FALSE(holds(check_part_of_whole(north_big, total)));
}

TEST_CASE("rules: check_part_of_whole cannot tell") {
  // about 12.5 M = [12.4, 12.6] M against [12.45, 12.55] M: may or may not fit
  BOTH(is(check_part_of_whole(north_about, total), rule::part_of_whole, verdict::cannot_tell));
  BOTH(ids_are(check_part_of_whole(north_about, total), "b.north_about", "a.total"));
  BOTH(tight(check_part_of_whole(north_about, total).implied, 12.4e6, 12.6e6));
  BOTH(tight(check_part_of_whole(north_about, total).stated, 12.45e6, 12.55e6));
}

// ===================================================================================================
// check_within_capacity: output <= capacity x length of the period (a year is 365 or 366 days)
// ===================================================================================================
TEST_CASE("rules: check_within_capacity holds") {
  // [14.5, 15.5] M a year x 365/[365, 366] = [14.5 x 365/366, 15.5] M = [14.460383, 15.5] M >= 12.55 M
  BOTH(is(check_within_capacity(total, cap15), rule::within_capacity, verdict::holds));
  BOTH(ids_are(check_within_capacity(total, cap15), "a.total", "b.capacity"));
  BOTH(tight(check_within_capacity(total, cap15).implied, 12.45e6, 12.55e6));
  BOTH(near(check_within_capacity(total, cap15).stated, 14.5e6 * 365 / 366, 15.5e6));
  // a quarter (90 days): [14.5 x 90/366, 15.5 x 90/365] = [3.565574, 3.821918] M >= 2.95 M
  BOTH(is(check_within_capacity(q1_total, cap15), rule::within_capacity, verdict::holds));
  BOTH(near(check_within_capacity(q1_total, cap15).stated, 14.5e6 * 90 / 366, 15.5e6 * 90 / 365));
}

TEST_CASE("rules: check_within_capacity contradicts") {
  // [9.55 x 365/366, 9.65] M = [9.523907, 9.65] M < 12.45 M
  BOTH(is(check_within_capacity(total, cap96), rule::within_capacity, verdict::contradicts));
  BOTH(ids_are(check_within_capacity(total, cap96), "a.total", "c.capacity"));
  BOTH(tight(check_within_capacity(total, cap96).implied, 12.45e6, 12.55e6));
  BOTH(near(check_within_capacity(total, cap96).stated, 9.55e6 * 365 / 366, 9.65e6));
  CHECK_FALSE(holds(check_within_capacity(total, cap96)));
}

TEST_CASE("rules: check_within_capacity cannot tell") {
  // [12.55 x 365/366, 12.65] M = [12.515710, 12.65] M against [12.45, 12.55] M
  BOTH(is(check_within_capacity(total, cap126), rule::within_capacity, verdict::cannot_tell));
  BOTH(ids_are(check_within_capacity(total, cap126), "a.total", "a.capacity"));
  BOTH(near(check_within_capacity(total, cap126).stated, 12.55e6 * 365 / 366, 12.65e6));
}

// ===================================================================================================
// check_agreement: one series and period from two sources
// ===================================================================================================
TEST_CASE("rules: check_agreement holds") {
  // [12.45, 12.55] M and [12.465, 12.475] M overlap
  BOTH(is(check_agreement(total, total_b), rule::agreement, verdict::holds));
  BOTH(ids_are(check_agreement(total, total_b), "a.total", "b.total"));
  BOTH(tight(check_agreement(total, total_b).implied, 12.45e6, 12.55e6));
  BOTH(tight(check_agreement(total, total_b).stated, 12.465e6, 12.475e6));
  BOTH(is(check_agreement(total_b, total), rule::agreement, verdict::holds));
}

TEST_CASE("rules: check_agreement contradicts") {
  // [12.45, 12.55] M and [11.85, 11.95] M are disjoint
  BOTH(is(check_agreement(total, total_c), rule::agreement, verdict::contradicts));
  BOTH(ids_are(check_agreement(total, total_c), "a.total", "c.total"));
  BOTH(tight(check_agreement(total, total_c).implied, 12.45e6, 12.55e6));
  BOTH(tight(check_agreement(total, total_c).stated, 11.85e6, 11.95e6));
  BOTH(is(check_agreement(total_c, total), rule::agreement, verdict::contradicts));
  CHECK_FALSE(holds(check_agreement(total, total_c)));
}

TEST_CASE("rules: check_agreement cannot tell") {
  // "less than 100 percent" is every share, [0, 100] %: it agrees with anything
  BOTH(is(check_agreement(electric_any, electric_share), rule::agreement, verdict::cannot_tell));
  BOTH(ids_are(check_agreement(electric_any, electric_share), "b.electric_any", "a.electric_share"));
  BOTH(check_agreement(electric_any, electric_share).implied == real_interval{0.0, 100.0});
  BOTH(near(check_agreement(electric_any, electric_share).stated, 18.35, 18.45));
  // Either side saying nothing makes the pair say nothing, in either order.
  BOTH(is(check_agreement(electric_share, electric_any), rule::agreement, verdict::cannot_tell));
}

// ===================================================================================================
// check_equal: two figures of one kind that must agree (no scope check: the caller pairs them)
// ===================================================================================================
TEST_CASE("rules: check_equal holds") {
  // the whole implied by 3.1 M at 24.8 %: [3.05/0.2485, 3.15/0.2475] = [12273641.9, 12727272.7] M,
  // whole units: [12273642, 12727272]; against the total stated, [12.45, 12.55] M
  BOTH(is(check_equal(whole_from_premium, total), rule::equal, verdict::holds));
  BOTH(ids_are(check_equal(whole_from_premium, total), "d.whole", "a.total"));
  BOTH(check_equal(whole_from_premium, total).implied == real_interval{12273642.0, 12727272.0});
  BOTH(tight(check_equal(whole_from_premium, total).stated, 12.45e6, 12.55e6));
}

TEST_CASE("rules: check_equal contradicts") {
  // [12.465, 12.475] M and [11.85, 11.95] M
  BOTH(is(check_equal(total_b, total_c), rule::equal, verdict::contradicts));
  BOTH(ids_are(check_equal(total_b, total_c), "b.total", "c.total"));
  BOTH(tight(check_equal(total_b, total_c).implied, 12.465e6, 12.475e6));
  BOTH(tight(check_equal(total_b, total_c).stated, 11.85e6, 11.95e6));
  CHECK_FALSE(holds(check_equal(total_b, total_c)));
}

TEST_CASE("rules: check_equal cannot tell") {
  BOTH(is(check_equal(electric_any, electric_share), rule::equal, verdict::cannot_tell));
  BOTH(ids_are(check_equal(electric_any, electric_share), "b.electric_any", "a.electric_share"));
  BOTH(check_equal(electric_any, electric_share).implied == real_interval{0.0, 100.0});
  // check_equal tests scope: another segment, another year
  CHECK_THROWS_AS(check_equal(electric_any, premium_share), std::domain_error);
  CHECK_THROWS_AS(check_equal(electric_any, electric_any_2022), std::domain_error);
}

// ===================================================================================================
// check_exchange_rate: the rate a translation implies lies in a band the caller assumes
// ===================================================================================================
TEST_CASE("rules: check_exchange_rate holds") {
  // [231.835, 231.845] bn / [32.55, 32.65] bn = [7.100613, 7.122734] CNY per USD, within [7.0, 7.3]
  BOTH(is(check_exchange_rate(revenue_yuan, revenue_dollars, {7.0, 7.3}), rule::exchange_rate, verdict::holds));
  BOTH(ids_are(check_exchange_rate(revenue_yuan, revenue_dollars, {7.0, 7.3}), "a.revenue_cny", "a.revenue_usd"));
  BOTH(near(check_exchange_rate(revenue_yuan, revenue_dollars, {7.0, 7.3}).implied, 231.835 / 32.65, 231.845 / 32.55));
  BOTH(check_exchange_rate(revenue_yuan, revenue_dollars, {7.0, 7.3}).stated == real_interval{7.0, 7.3});
  BOTH(check_exchange_rate(revenue_yuan, revenue_dollars, {7.0, 7.3}).note == "CNY per USD");
}

TEST_CASE("rules: check_exchange_rate contradicts") {
  BOTH(is(check_exchange_rate(revenue_yuan, revenue_dollars, {6.0, 6.5}), rule::exchange_rate, verdict::contradicts));
  BOTH(ids_are(check_exchange_rate(revenue_yuan, revenue_dollars, {6.0, 6.5}), "a.revenue_cny", "a.revenue_usd"));
  BOTH(near(check_exchange_rate(revenue_yuan, revenue_dollars, {6.0, 6.5}).implied, 7.100612557427259, 7.12273425499232));
  BOTH(check_exchange_rate(revenue_yuan, revenue_dollars, {6.0, 6.5}).stated == real_interval{6.0, 6.5});
  CHECK_FALSE(holds(check_exchange_rate(revenue_yuan, revenue_dollars, {6.0, 6.5})));
}

TEST_CASE("rules: check_exchange_rate cannot tell") {
  // [7.1006, 7.1227] straddles the band's lower end 7.11
  BOTH(is(check_exchange_rate(revenue_yuan, revenue_dollars, {7.11, 7.2}), rule::exchange_rate, verdict::cannot_tell));
  BOTH(ids_are(check_exchange_rate(revenue_yuan, revenue_dollars, {7.11, 7.2}), "a.revenue_cny", "a.revenue_usd"));
  BOTH(near(check_exchange_rate(revenue_yuan, revenue_dollars, {7.11, 7.2}).implied, 7.100612557427259, 7.12273425499232));
}

// ===================================================================================================
// check_weekday: "on Wednesday" within a window is the day another line names
// ===================================================================================================
TEST_CASE("rules: check_weekday holds") {
  // the Wednesday in Thu 2023-08-03 .. Wed 2023-08-09 is 2023-08-09, day 19578 since 1970-01-01
  BOTH(period::day(2023, 8, 9).first == 19578);
  BOTH(is(check_weekday(named_wed, day_9), rule::weekday, verdict::holds));
  BOTH(ids_are(check_weekday(named_wed, day_9), "c.opening_weekday", "c.opening_day"));
  BOTH(check_weekday(named_wed, day_9).implied == real_interval::point(19578));
  BOTH(check_weekday(named_wed, day_9).stated == real_interval::point(19578));
  BOTH(check_weekday(named_wed, day_9).note == "days since 1970-01-01");
}

TEST_CASE("rules: check_weekday contradicts") {
  // Aug. 8, 2023 (day 19577) was a Tuesday
  BOTH(is(check_weekday(named_wed, day_8), rule::weekday, verdict::contradicts));
  BOTH(ids_are(check_weekday(named_wed, day_8), "c.opening_weekday", "b.opening_day"));
  BOTH(check_weekday(named_wed, day_8).implied == real_interval::point(19578));
  BOTH(check_weekday(named_wed, day_8).stated == real_interval::point(19577));
  CHECK_FALSE(holds(check_weekday(named_wed, day_8)));
}

TEST_CASE("rules: check_weekday cannot tell") {
  // Thu 2023-08-10 .. Sat 2023-08-12 holds no Wednesday
  BOTH(is(check_weekday(named_wed_short, day_11), rule::weekday, verdict::cannot_tell));
  BOTH(ids_are(check_weekday(named_wed_short, day_11), "c.opening_weekday_short", "c.opening_day_11"));
  BOTH(check_weekday(named_wed_short, day_11).implied == real_interval{-unbounded, unbounded});
  // the day named must lie in the window the weekday can mean
  CHECK_THROWS_AS(check_weekday(named_wed_short, day_9), std::domain_error);
}

// ===================================================================================================
// check_run_of_years: two runs start in the same year
// ===================================================================================================
TEST_CASE("rules: check_run_of_years holds") {
  // 14 years up to 2023 and 13 years up to 2022 both start in 2010
  BOTH(is(check_run_of_years(lead_2023, lead_2022), rule::run_of_years, verdict::holds));
  BOTH(ids_are(check_run_of_years(lead_2023, lead_2022), "a.lead", "b.lead"));
  BOTH(tight(check_run_of_years(lead_2023, lead_2022).implied, 2010, 2010));
  BOTH(tight(check_run_of_years(lead_2023, lead_2022).stated, 2010, 2010));
  BOTH(check_run_of_years(lead_2023, lead_2022).note == "first year of the run");
}

TEST_CASE("rules: check_run_of_years contradicts") {
  // 15 years up to 2022 starts in 2008, not 2010
  BOTH(is(check_run_of_years(lead_2023, lead_2022_wrong), rule::run_of_years, verdict::contradicts));
  BOTH(ids_are(check_run_of_years(lead_2023, lead_2022_wrong), "a.lead", "c.lead"));
  BOTH(tight(check_run_of_years(lead_2023, lead_2022_wrong).implied, 2010, 2010));
  BOTH(tight(check_run_of_years(lead_2023, lead_2022_wrong).stated, 2008, 2008));
  CHECK_FALSE(holds(check_run_of_years(lead_2023, lead_2022_wrong)));
  // check_run_of_years cannot return cannot_tell: judge_equal gets the bounds (-inf, inf) and
  // a first year (last year + 1 - a count >= 0) is never unbounded above.
}

// ===================================================================================================
// check_plausible_growth: the yearly growth between two figures lies in a band, else flagged
// ===================================================================================================
TEST_CASE("rules: check_plausible_growth holds") {
  // 2020 -> 2023: [12.45/8.15, 12.55/8.05] = [1.527607, 1.559006] in 3 years,
  // i.e. [15.169, 15.953] % a year; a band of [0, 30] % allows [1, 2.197]
  BOTH(is(check_plausible_growth(total_2020, total, {0.0, 30.0}), rule::plausible_growth, verdict::holds));
  BOTH(ids_are(check_plausible_growth(total_2020, total, {0.0, 30.0}), "c.total_2020", "a.total"));
  BOTH(near(check_plausible_growth(total_2020, total, {0.0, 30.0}).implied, 15.169437994028655, 15.953167063171358));
  BOTH(check_plausible_growth(total_2020, total, {0.0, 30.0}).stated == real_interval{0.0, 30.0});
  BOTH(check_plausible_growth(total_2020, total, {0.0, 30.0}).note == "% a year");
  BOTH(!is_flagged(check_plausible_growth(total_2020, total, {0.0, 30.0})));
}

TEST_CASE("rules: check_plausible_growth flagged") {
  // [0, 10] % a year allows at most 1.1^3 = 1.331 < 1.527607
  BOTH(is(check_plausible_growth(total_2020, total, {0.0, 10.0}), rule::plausible_growth, verdict::flagged));
  BOTH(ids_are(check_plausible_growth(total_2020, total, {0.0, 10.0}), "c.total_2020", "a.total"));
  BOTH(is_flagged(check_plausible_growth(total_2020, total, {0.0, 10.0})));
  BOTH(holds(check_plausible_growth(total_2020, total, {0.0, 10.0})));  // flagged does not fail a build
  BOTH(near(check_plausible_growth(total_2020, total, {0.0, 10.0}).implied, 15.169437994028655, 15.953167063171358));
}

TEST_CASE("rules: check_plausible_growth cannot tell") {
  // [0, 15.5] % a year allows [1, 1.540799], which cuts through [1.527607, 1.559006]
  BOTH(is(check_plausible_growth(total_2020, total, {0.0, 15.5}), rule::plausible_growth, verdict::cannot_tell));
  BOTH(ids_are(check_plausible_growth(total_2020, total, {0.0, 15.5}), "c.total_2020", "a.total"));
  BOTH(near(check_plausible_growth(total_2020, total, {0.0, 15.5}).implied, 15.169437994028655, 15.953167063171358));
}

// ===================================================================================================
// check_forecast: a forecast against what happened (holds or flagged; never cannot_tell)
// ===================================================================================================
TEST_CASE("rules: check_forecast holds") {
  // "exceed 12 million" = [12 M, inf) against [12.45, 12.55] M
  BOTH(is(check_forecast(forecast_ok, total), rule::forecast, verdict::holds));
  BOTH(ids_are(check_forecast(forecast_ok, total), "b.forecast", "a.total"));
  BOTH(check_forecast(forecast_ok, total).implied == real_interval::at_least(12e6));
  BOTH(tight(check_forecast(forecast_ok, total).stated, 12.45e6, 12.55e6));
  BOTH(check_forecast(forecast_ok, total).note != "forecast missed");
}

TEST_CASE("rules: check_forecast flagged") {
  // "about 14 million" = [13, 15] M, and 12.5 M happened
  BOTH(is(check_forecast(forecast_miss, total), rule::forecast, verdict::flagged));
  BOTH(ids_are(check_forecast(forecast_miss, total), "c.forecast", "a.total"));
  BOTH(tight(check_forecast(forecast_miss, total).implied, 13e6, 15e6));
  BOTH(tight(check_forecast(forecast_miss, total).stated, 12.45e6, 12.55e6));
  BOTH(check_forecast(forecast_miss, total).note == "forecast missed");
  BOTH(is_flagged(check_forecast(forecast_miss, total)));
  BOTH(holds(check_forecast(forecast_miss, total)));
  // check_forecast has no cannot_tell: two intervals either overlap (holds) or not (flagged).
}

// ===================================================================================================
// check_direction: "continues to rise" against a growth or a change in points
// ===================================================================================================
TEST_CASE("rules: check_direction holds") {
  // up: the change must lie in (0, inf); [8.65, 8.75] % does
  BOTH(is(check_direction(rising, growth8), rule::direction, verdict::holds));
  BOTH(ids_are(check_direction(rising, growth8), "a.rising", "a.growth"));
  BOTH(check_direction(rising, growth8).implied.lo >= 0.0);
  BOTH(near(check_direction(rising, growth8).implied, 0.0, unbounded));
  BOTH(near(check_direction(rising, growth8).stated, 8.65, 8.75));
  // a share that keeps rising: +[2.15, 2.25] pp
  BOTH(is(check_direction(premium_rising, premium_pp), rule::direction, verdict::holds));
  BOTH(ids_are(check_direction(premium_rising, premium_pp), "a.premium_rising", "a.premium_pp"));
}

TEST_CASE("rules: check_direction contradicts") {
  // "a rapid growth" means at least 10 % a year; 8.7 % is not
  BOTH(is(check_direction(rapid, growth8), rule::direction, verdict::contradicts));
  BOTH(ids_are(check_direction(rapid, growth8), "b.rapid", "a.growth"));
  BOTH(check_direction(rapid, growth8).implied == real_interval::at_least(10.0));
  BOTH(near(check_direction(rapid, growth8).stated, 8.65, 8.75));
  // "continued to decline" while they grew
  BOTH(is(check_direction(falling, growth8), rule::direction, verdict::contradicts));
  BOTH(check_direction(falling, growth8).implied.hi <= 0.0);
  BOTH(check_direction(falling, growth8).implied.lo == -unbounded);
  CHECK_FALSE(holds(check_direction(falling, growth8)));
}

TEST_CASE("rules: check_direction flagged") {
  // a forecast of a fall that did not come: flagged, not a contradiction
  BOTH(is(check_direction(falling_forecast, growth8), rule::direction, verdict::flagged));
  BOTH(ids_are(check_direction(falling_forecast, growth8), "b.falling_forecast", "a.growth"));
  BOTH(holds(check_direction(falling_forecast, growth8)));
}

TEST_CASE("rules: check_direction cannot tell") {
  // up against "less than 3 percent" = (-100, 3] %: it may have risen or not
  BOTH(is(check_direction(rising, growth_small), rule::direction, verdict::cannot_tell));
  BOTH(ids_are(check_direction(rising, growth_small), "a.rising", "c.growth_small"));
  BOTH(check_direction(rising, growth_small).stated.hi == 3.0);
  BOTH(check_direction(rising, growth_small).stated.lo > -100.0);
}

// ===================================================================================================
// Facts about different scopes are never compared (at compile time: a compile error, see
// tests/compile_fail/different_scopes.fail.cpp; at run time: std::domain_error)
// ===================================================================================================
TEST_CASE("rules: facts about different scopes are refused") {
  // an unrelated segment (exports are not premium units), or a whole that is the part
  CHECK_THROWS_AS(check_share(total, premium, premium_share), std::domain_error);
  // a base that is not a year earlier
  CHECK_THROWS_AS(check_growth(total, growth8, total_2020), std::domain_error);
  CHECK_THROWS_AS(check_growth(total, growth8, north_premium), std::domain_error);
  CHECK_THROWS_AS(check_points(premium_share, electric_any_2022, premium_pp), std::domain_error);
  CHECK_THROWS_AS(check_part_of_whole(total, north_big), std::domain_error);       // whole within part
  CHECK_THROWS_AS(check_part_of_whole(total, q1_total), std::domain_error);        // a year within a quarter
  CHECK_THROWS_AS(check_within_capacity(total, north_cap), std::domain_error);     // the country's output, a province's plants
  CHECK_NOTHROW(check_within_capacity(north_big, cap15));                          // a province's output, the country's plants
  CHECK_THROWS_AS(check_agreement(total, base), std::domain_error);                // 2023 vs 2022
  CHECK_THROWS_AS(check_agreement(total, north_big), std::domain_error);
  CHECK_THROWS_AS(check_run_of_years(lead_2023, north_lead), std::domain_error);
  CHECK_THROWS_AS(check_plausible_growth(total, total_2020, {0.0, 30.0}), std::domain_error);  // backwards
  CHECK_THROWS_AS(check_forecast(forecast_ok, base), std::domain_error);
  CHECK_THROWS_AS(check_exchange_rate(revenue_yuan, revenue_dollars_2022, {7.0, 7.3}), std::domain_error);
  CHECK_THROWS_AS(check_equal(total, base), std::domain_error);  // check_equal tests scope too
  // A direction said of one year is not held against another year's growth.
  CHECK_THROWS_AS(check_direction(rising, growth_2020), std::domain_error);
}

TEST_CASE("rules: every argument's scope is tested, the share's and the growth's too") {
  CHECK_THROWS_AS(check_share(premium, total, electric_share), std::domain_error);        // a share of another segment
  CHECK_THROWS_AS(check_share(premium, total, premium_share_2022), std::domain_error);    // a share of another year
  CHECK_THROWS_AS(check_growth(total, north_growth, base), std::domain_error);            // a growth of another subject
  CHECK_THROWS_AS(check_growth(total, growth_2020, base), std::domain_error);             // a growth of another year
  CHECK_THROWS_AS(check_points(premium_share, premium_share_2022, electric_pp), std::domain_error);
  CHECK_THROWS_AS(derive_base("x", total, growth_2020), std::domain_error);                // growth of another year
  CHECK_THROWS_AS(derive_base("x", total, north_growth), std::domain_error);
  CHECK_THROWS_AS(derive_whole("x", premium, electric_share, freedonia / all_units), std::domain_error);
  // the part not within the whole
  CHECK_THROWS_AS(derive_whole("x", total, premium_share, freedonia / premium_units), std::domain_error);
  CHECK_THROWS_AS(derive_earlier_share("x", premium_share, electric_pp), std::domain_error);
  CHECK_THROWS_AS(derive_rate("x", revenue_yuan, revenue_dollars_2022, rate_metric), std::domain_error);  // two years
  CHECK_THROWS_AS(check_weekday(named_wed, day_9_freedonia), std::domain_error);
  // derive_first_year reads one fact: nothing to compare, nothing refused
  CHECK_NOTHROW(derive_first_year("x", lead_2023, first_year_leading));
}

TEST_CASE("rules: a check whose sides rest on the same claims cannot fail, and is refused") {
  // a claim rests on itself; a derived fact on its sources' claims, transitively
  BOTH((total.rests_on.size == 1 && total.rests_on.contains(total.id_hash)));
  BOTH((whole_from_premium.rests_on.size == 2 && whole_from_premium.rests_on.contains(premium.id_hash) &&
       whole_from_premium.rests_on.contains(premium_share.id_hash)));
  BOTH((chained.rests_on.size == 3 && chained.rests_on.contains(premium.id_hash) &&
       chained.rests_on.contains(premium_share.id_hash) && chained.rests_on.contains(growth8.id_hash)));
  BOTH((chained.from[0] == "d.whole" && chained.from[1] == "a.growth"));
  CHECK_THROWS_AS(check_growth(total, growth8, base_from_total), std::domain_error);
  CHECK_THROWS_AS(check_share(premium, whole_from_premium, premium_share), std::domain_error);
  CHECK_THROWS_AS(check_part_of_whole(premium, whole_from_premium), std::domain_error);
  CHECK_THROWS_AS(check_agreement(total, total), std::domain_error);
  CHECK_THROWS_AS(check_plausible_growth(base_from_total, total, {0.0, 30.0}), std::domain_error);
  // a derived figure against an independent claim is evidence
  BOTH(is(check_agreement(base_from_total, base), rule::agreement, verdict::holds));
  BOTH(is(check_plausible_growth(base, total_b, {0.0, 30.0}), rule::plausible_growth, verdict::holds));
}

TEST_CASE("rules: status: like with like, forecasts first, only derivations derive") {
  CHECK_THROWS_AS(check_agreement(forecast_ok, total), std::domain_error);   // a forecast is not an actual
  CHECK_THROWS_AS(check_equal(forecast_ok, total), std::domain_error);
  CHECK_THROWS_AS(check_forecast(total_b, total), std::domain_error);        // two actuals
  CHECK_THROWS_AS(check_forecast(total, forecast_ok), std::domain_error);    // the wrong order
  // about 14 million [13, 15] M against [12.45, 12.55] M: missed by [13/12.55 - 1, 15/12.45 - 1]
  BOTH(is(check_forecast(forecast_miss, total), rule::forecast, verdict::flagged));
  BOTH(near(check_forecast(forecast_miss, total).miss_percent, (13.0 / 12.55 - 1) * 100, (15.0 / 12.45 - 1) * 100));
  BOTH(check_forecast(forecast_ok, total).miss_percent.lo < 0.0);
  BOTH(is_infinite(check_forecast(forecast_ok, total).miss_percent.hi));
  CHECK(has(explain(check_forecast(forecast_miss, total)), "missed by [+3 %, +21 %]"));   // 17 wide: whole per cents
  // a figure derived from a forecast is a forecast
  BOTH(derive_base("x", forecast_ok, growth8).basis == status::forecast);
  BOTH((base_from_total.basis == status::actual && base_from_total.state == status::derived));
}

TEST_CASE("rules: shares of different wholes are not compared") {
  BOTH((of_premium.whole->named() && of_premium.whole->of.same_as(freedonia / premium_units)));
  BOTH(is(check_share(premium_electric, premium, of_premium), rule::share, verdict::holds));
  BOTH(is(check_share(premium_electric, total, of_all), rule::share, verdict::holds));
  CHECK_THROWS_AS(check_share(premium_electric, total, of_premium), std::domain_error);   // not the whole it names
  CHECK_THROWS_AS(check_agreement(of_premium, of_all), std::domain_error);
  CHECK_THROWS_AS(check_part_of_whole(of_all, of_premium), std::domain_error);
  CHECK_THROWS_AS(derive_whole("x", premium_electric, of_premium, freedonia / all_units), std::domain_error);
  BOTH(derive_whole("x", premium_electric, of_premium, freedonia / premium_units).value.contains(3.1e6));
  // a share derived from another keeps its whole
  BOTH(derive_earlier_share("x", premium_share, premium_pp).whole->same_as(*premium_share.whole));
}

// ===================================================================================================
// explain(): the same finding in words
// ===================================================================================================
TEST_CASE("rules: explain names the rule, the verdict and the facts") {
  const std::string held = explain(check_growth(total, growth8, base));
  CHECK(has(held, "growth rule holds for c.total_2022, a.growth, a.total"));
  CHECK(has(held, "implied [12.44 million, 12.57 million]"));   // [12.4404, 12.5606] M, outward
  CHECK(has(held, "stated [12.45 million, 12.55 million]"));

  const std::string contradicted = explain(check_agreement(total, total_c));
  CHECK(has(contradicted, "agreement rule contradicts for a.total, c.total"));
  CHECK(has(contradicted, "stated [11.85 million, 11.95 million]"));

  const std::string unknown = explain(check_share(part_open, whole_open, premium_share));
  CHECK(has(unknown, "share rule cannot_tell for b.premium_open, b.total_open, a.premium_share"));

  const std::string flagged = explain(check_forecast(forecast_miss, total));
  CHECK(has(flagged, "forecast rule flagged for c.forecast, a.total"));
  CHECK(has(flagged, "(forecast missed)"));

  const std::string rate = explain(check_exchange_rate(revenue_yuan, revenue_dollars, {7.0, 7.3}));
  CHECK(has(rate, "exchange_rate rule holds for a.revenue_cny, a.revenue_usd"));
  CHECK(has(rate, "] CNY per USD, stated [7, 7.3] CNY per USD"));

  for (rule r : {rule::share, rule::growth, rule::points, rule::part_of_whole, rule::within_capacity, rule::agreement,
                 rule::exchange_rate, rule::weekday, rule::run_of_years, rule::plausible_growth, rule::forecast,
                 rule::direction, rule::equal, rule::registry}) {
    check_result result{};
    result.which = r;
    result.outcome = verdict::holds;
    result.facts = {"x1", "x2"};
    CHECK(explain(result).rfind(std::string(to_string(r)) + " rule holds for x1, x2", 0) == 0);
  }
}

// ===================================================================================================
// holds / all_hold / is_flagged over many results
// ===================================================================================================
inline constexpr check_result all_relations[] = {
    check_share(premium, total, premium_share),
    check_growth(total, growth8, base),
    check_points(premium_share, premium_share_2022, premium_pp),
    check_part_of_whole(north_premium, premium),
    check_within_capacity(total, cap15),
    check_agreement(total, total_b),
    check_equal(whole_from_premium, total),
    check_exchange_rate(revenue_yuan, revenue_dollars, {7.0, 7.3}),
    check_weekday(named_wed, day_9),
    check_run_of_years(lead_2023, lead_2022),
    check_plausible_growth(total_2020, total, {0.0, 30.0}),
    check_forecast(forecast_miss, total),  // flagged, which does not fail
    check_direction(rising, growth8),
};
static_assert(all_hold(all_relations));

TEST_CASE("rules: all_hold over an array and a joined std::array") {
  BOTH(all_hold(all_relations));
  constexpr std::array<check_result, 2> first{{check_share(premium, total, premium_share), check_growth(total, growth8, base)}};
  constexpr std::array<check_result, 1> second{{check_direction(rising, growth8)}};
  BOTH(all_hold(join(first, second)));
  BOTH(join(first, second).size() == 3);
  BOTH(join(first, second)[2].which == rule::direction);
  const check_result with_contradiction[] = {check_share(premium, total, premium_share), check_agreement(total, total_c)};
  CHECK_FALSE(all_hold(with_contradiction));
}

// ===================================================================================================
// Derivations: each a fact with status derived, the ids it came from, and an interval that holds
// the exact value
// ===================================================================================================
TEST_CASE("rules: derive_base") {
  // exactly 11,500,000 after exactly 15 %: the base is exactly 10,000,000
  BOTH(derive_base("d.base", x_value, x_growth).value.contains(10'000'000.0));
  BOTH(derive_base("d.base", x_value, x_growth).value == real_interval::point(10'000'000.0));  // whole units
  BOTH(derive_base("d.base", x_value, x_growth).when == y2022);
  BOTH(derive_base("d.base", x_value, x_growth).state == status::derived);
  BOTH(derive_base("d.base", x_value, x_growth).rule == "growth");
  BOTH(from_are(derive_base("d.base", x_value, x_growth), "x.value", "x.growth"));
  BOTH(derive_base("d.base", x_value, x_growth).same_series(x_value));
  // rounded figures: [12.45/1.0875, 12.55/1.0865] M, in whole units
  BOTH(derive_base("d.base", total, growth8).value == real_interval{11448276.0, 11550851.0});
  BOTH(derive_base("d.base", total, growth8).value.contains(12.5e6 / 1.087));
}

TEST_CASE("rules: derive_whole") {
  // exactly 3,000,000 units at exactly 25 %: the whole is exactly 12,000,000
  BOTH(derive_whole("d.whole", x_part, x_share, freedonia / all_units).value.contains(12'000'000.0));
  BOTH(derive_whole("d.whole", x_part, x_share, freedonia / all_units).value == real_interval::point(12'000'000.0));
  BOTH(derive_whole("d.whole", x_part, x_share, freedonia / all_units).about.same_as(freedonia / all_units));
  BOTH(derive_whole("d.whole", x_part, x_share, freedonia / all_units).when == y2023);
  BOTH(derive_whole("d.whole", x_part, x_share, freedonia / all_units).metric_id == "deliveries");
  BOTH(derive_whole("d.whole", x_part, x_share, freedonia / all_units).rule == "share");
  BOTH(from_are(derive_whole("d.whole", x_part, x_share, freedonia / all_units), "x.part", "x.share"));
  BOTH(whole_from_premium.value.contains(3.1e6 / 0.248));
  BOTH(whole_from_premium.value == real_interval{12273642.0, 12727272.0});
}

TEST_CASE("rules: derive_earlier_share") {
  // exactly 24.8 % after exactly +2.2 pp: a year earlier exactly 22.6 %
  BOTH(derive_earlier_share("d.earlier", x_now, x_pp).value.contains(22.6));
  BOTH(tight(derive_earlier_share("d.earlier", x_now, x_pp).value, 22.6, 22.6));
  BOTH(derive_earlier_share("d.earlier", x_now, x_pp).when == y2022);
  BOTH(derive_earlier_share("d.earlier", x_now, x_pp).is_kind<share>());
  BOTH(derive_earlier_share("d.earlier", x_now, x_pp).rule == "points");
  BOTH(from_are(derive_earlier_share("d.earlier", x_now, x_pp), "x.now", "x.pp"));
  // rounded: [24.75 - 2.25, 24.85 - 2.15] = [22.5, 22.7] %
  BOTH(near(derive_earlier_share("d.earlier", premium_share, premium_pp).value, 22.5, 22.7));
  // and it agrees with the share a year earlier that doc_c stated, [22.55, 22.65] %
  BOTH(is(check_agreement(derive_earlier_share("d.earlier", premium_share, premium_pp), premium_share_2022),
          rule::agreement, verdict::holds));
}

TEST_CASE("rules: derive_rate") {
  // exactly 7.05 billion yuan for exactly US$1 billion: 7.05 CNY per USD
  BOTH(derive_rate("d.rate", x_cny, x_usd, rate_metric).value.contains(7.05));
  BOTH(tight(derive_rate("d.rate", x_cny, x_usd, rate_metric).value, 7.05, 7.05));
  BOTH(derive_rate("d.rate", x_cny, x_usd, rate_metric).metric_id == "cny_per_usd");
  BOTH(derive_rate("d.rate", x_cny, x_usd, rate_metric).is_kind<cny_per_usd>());
  BOTH(derive_rate("d.rate", x_cny, x_usd, rate_metric).rule == "exchange_rate");
  BOTH(from_are(derive_rate("d.rate", x_cny, x_usd, rate_metric), "x.cny", "x.usd"));
  BOTH(near(derive_rate("d.rate", revenue_yuan, revenue_dollars, rate_metric).value, 7.100612557427259, 7.12273425499232));
}

TEST_CASE("rules: derive_first_year") {
  // 14 consecutive years up to 2023 began in 2010
  BOTH(derive_first_year("d.first", lead_2023, first_year_leading).value.contains(2010.0));
  BOTH(derive_first_year("d.first", lead_2023, first_year_leading).value == real_interval::point(2010.0));
  BOTH(derive_first_year("d.first", lead_2023, first_year_leading).is_kind<calendar_year>());
  BOTH(derive_first_year("d.first", lead_2023, first_year_leading).metric_id == "first_year_leading");
  BOTH(derive_first_year("d.first", lead_2023, first_year_leading).rule == "run_of_years");
  BOTH(from_are(derive_first_year("d.first", lead_2023, first_year_leading), "a.lead"));
  BOTH(derive_first_year("d.first", lead_2023, first_year_leading).source_count() == 1);
  BOTH(derive_first_year("d.first", lead_2022, first_year_leading).value == real_interval::point(2010.0));
}
