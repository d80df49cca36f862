// Tests for nevfacts/period.hpp: the time a figure is about.
#include <nevfacts/period.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <stdexcept>
#include <string>

using nevfacts::one_year_earlier;
using nevfacts::period;
using nevfacts::period_kind;
using nevfacts::weekday_of;

namespace {
constexpr date::year_month_day ymd(int y, unsigned m, unsigned d) {
  return date::year_month_day{date::year{y}, date::month{m}, date::day{d}};
}
constexpr bool spans(period p, date::year_month_day first, date::year_month_day last) {
  return p.first_day() == first && p.last_day() == last;
}
}  // namespace

TEST_CASE("period: day and days") {
  constexpr period d = period::day(2023, 8, 9);
  static_assert(d.kind == period_kind::day);
  static_assert(spans(d, ymd(2023, 8, 9), ymd(2023, 8, 9)));
  static_assert(d.length_in_days() == 1);
  static_assert(period::day(1970, 1, 1).first == 0);
  static_assert(period::day(1969, 12, 31).first == -1);
  static_assert(period::day(2024, 2, 29).length_in_days() == 1);

  constexpr period ds = period::days(ymd(2023, 8, 1), ymd(2023, 8, 9));
  static_assert(ds.kind == period_kind::days);
  static_assert(ds.length_in_days() == 9);
  static_assert(spans(ds, ymd(2023, 8, 1), ymd(2023, 8, 9)));
  static_assert(period::days(ymd(2023, 12, 31), ymd(2024, 1, 1)).length_in_days() == 2);

  CHECK(d.first_year() == 2023);
  CHECK(ds.last_year() == 2023);
}

TEST_CASE("period: month and months") {
  static_assert(period::month(2024, 2).length_in_days() == 29);
  static_assert(period::month(2023, 2).length_in_days() == 28);
  static_assert(period::month(1900, 2).length_in_days() == 28);
  static_assert(period::month(2000, 2).length_in_days() == 29);
  static_assert(spans(period::month(2023, 8), ymd(2023, 8, 1), ymd(2023, 8, 31)));
  static_assert(period::month(2023, 4).length_in_days() == 30);
  static_assert(period::month(2023, 8).kind == period_kind::month);

  constexpr period jan_may = period::months(2023, 1, 5);
  static_assert(jan_may.kind == period_kind::months);
  static_assert(spans(jan_may, ymd(2023, 1, 1), ymd(2023, 5, 31)));
  static_assert(jan_may.length_in_days() == 31 + 28 + 31 + 30 + 31);
  static_assert(period::months(2024, 1, 2).length_in_days() == 60);
  CHECK(period::months(2023, 3, 3).length_in_days() == 31);
}

TEST_CASE("period: quarter, half, year and years") {
  static_assert(spans(period::quarter(2023, 1), ymd(2023, 1, 1), ymd(2023, 3, 31)));
  static_assert(spans(period::quarter(2023, 2), ymd(2023, 4, 1), ymd(2023, 6, 30)));
  static_assert(spans(period::quarter(2023, 3), ymd(2023, 7, 1), ymd(2023, 9, 30)));
  static_assert(spans(period::quarter(2023, 4), ymd(2023, 10, 1), ymd(2023, 12, 31)));
  static_assert(period::quarter(2024, 1).length_in_days() == 91);
  static_assert(period::quarter(2023, 1).kind == period_kind::quarter);

  static_assert(spans(period::half(2024, 1), ymd(2024, 1, 1), ymd(2024, 6, 30)));
  static_assert(spans(period::half(2024, 2), ymd(2024, 7, 1), ymd(2024, 12, 31)));
  static_assert(period::half(2024, 1).length_in_days() == 182);
  static_assert(period::half(2024, 2).kind == period_kind::half);

  static_assert(period::year(2023).length_in_days() == 365);
  static_assert(period::year(2024).length_in_days() == 366);
  static_assert(spans(period::year(2023), ymd(2023, 1, 1), ymd(2023, 12, 31)));
  static_assert(period::year(2023).kind == period_kind::year);

  constexpr period run = period::years(2021, 2023);
  static_assert(run.kind == period_kind::years);
  static_assert(run.length_in_days() == 365 * 3);
  static_assert(run.first_year() == 2021 && run.last_year() == 2023);
  CHECK(period::years(2020, 2023).length_in_days() == 366 + 365 * 3);
}

TEST_CASE("period: invalid dates and periods are errors") {
  CHECK_THROWS_AS(period::day(2023, 2, 30), std::domain_error);
  CHECK_THROWS_AS(period::day(2023, 2, 29), std::domain_error);
  CHECK_THROWS_AS(period::day(2023, 13, 1), std::domain_error);
  CHECK_THROWS_AS(period::day(2023, 4, 31), std::domain_error);
  CHECK_THROWS_AS(period::day(2023, 1, 0), std::domain_error);
  CHECK_THROWS_AS(period::month(2023, 0), std::domain_error);
  CHECK_THROWS_AS(period::month(2023, 13), std::domain_error);
  CHECK_THROWS_AS(period::quarter(2023, 5), std::domain_error);
  CHECK_THROWS_AS(period::quarter(2023, 0), std::domain_error);
  CHECK_THROWS_AS(period::half(2023, 3), std::domain_error);
  CHECK_THROWS_AS(period::months(2023, 5, 1), std::domain_error);
  CHECK_THROWS_AS(period::years(2024, 2023), std::domain_error);
  CHECK_THROWS_AS(period::days(ymd(2023, 8, 9), ymd(2023, 8, 1)), std::domain_error);
  CHECK_THROWS_WITH(period::day(2023, 2, 30), "nevfacts: not a calendar date");
  CHECK_THROWS_WITH(period::months(2023, 5, 1), "nevfacts: a period's first day is after its last");
  CHECK_NOTHROW(period::day(2024, 2, 29));
}

TEST_CASE("period: contains and overlaps") {
  constexpr period y = period::year(2023);
  static_assert(y.contains(period::month(2023, 8)));
  static_assert(y.contains(period::day(2023, 12, 31)));
  static_assert(y.contains(y));
  static_assert(!period::month(2023, 8).contains(y));
  static_assert(!y.contains(period::day(2024, 1, 1)));
  static_assert(!y.contains(period::days(ymd(2023, 12, 30), ymd(2024, 1, 2))));
  static_assert(y.overlaps(period::days(ymd(2023, 12, 30), ymd(2024, 1, 2))));
  static_assert(period::months(2023, 1, 5).overlaps(period::quarter(2023, 2)));
  static_assert(!period::quarter(2023, 1).overlaps(period::quarter(2023, 2)));
  static_assert(period::quarter(2023, 1).overlaps(period::month(2023, 3)));
  static_assert(period::half(2023, 1).contains(period::quarter(2023, 2)));
  static_assert(!period::half(2023, 1).contains(period::quarter(2023, 3)));
  static_assert(period::years(2021, 2023).contains(period::year(2022)));
  static_assert(!period::year(2022).overlaps(period::year(2023)));
  CHECK(period::day(2023, 8, 9).overlaps(period::month(2023, 8)));
}

TEST_CASE("period: ordering and equality compare the days") {
  static_assert(period::year(2022) < period::year(2023));
  static_assert(period::month(2023, 1) < period::months(2023, 1, 5));  // same first day, earlier last
  static_assert(period::day(2023, 8, 9) == period::day(2023, 8, 9));
  static_assert(period::day(2023, 8, 9) != period::day(2023, 8, 10));
  // The kind is how the period is named, not what it covers.
  static_assert(period::months(2023, 1, 12) == period::year(2023));
  CHECK(period::quarter(2023, 4) > period::quarter(2023, 3));
}

TEST_CASE("period: one_year_earlier keeps the shape") {
  static_assert(one_year_earlier(period::year(2024)) == period::year(2023));
  static_assert(one_year_earlier(period::year(2024)).kind == period_kind::year);
  static_assert(one_year_earlier(period::years(2021, 2023)) == period::years(2020, 2022));
  static_assert(one_year_earlier(period::half(2024, 1)) == period::half(2023, 1));
  static_assert(one_year_earlier(period::half(2024, 1)).kind == period_kind::half);
  static_assert(one_year_earlier(period::quarter(2023, 3)) == period::quarter(2022, 3));
  static_assert(one_year_earlier(period::month(2023, 8)) == period::month(2022, 8));
  static_assert(one_year_earlier(period::months(2023, 1, 5)) == period::months(2022, 1, 5));
  static_assert(one_year_earlier(period::months(2023, 1, 5)).kind == period_kind::months);
  static_assert(one_year_earlier(period::day(2023, 8, 9)) == period::day(2022, 8, 9));
  static_assert(one_year_earlier(period::day(2023, 8, 9)).kind == period_kind::day);
  static_assert(one_year_earlier(period::days(ymd(2023, 8, 1), ymd(2023, 8, 9))) ==
                period::days(ymd(2022, 8, 1), ymd(2022, 8, 9)));
  CHECK(one_year_earlier(period::day(2023, 8, 9)).kind == period_kind::day);
}

TEST_CASE("period: one_year_earlier across leap days and month ends") {
  // Feb 29 has no twin a year earlier: the end of that February stands in.
  static_assert(one_year_earlier(period::day(2024, 2, 29)) == period::day(2023, 2, 28));
  static_assert(one_year_earlier(period::day(2024, 2, 29)).length_in_days() == 1);
  // A leap February maps to a 28-day February, and a 28-day February that follows one maps
  // to the whole 29-day February: month ends stay month ends.
  static_assert(one_year_earlier(period::month(2024, 2)) == period::month(2023, 2));
  static_assert(one_year_earlier(period::month(2024, 2)).length_in_days() == 28);
  static_assert(one_year_earlier(period::month(2025, 2)) == period::month(2024, 2));
  static_assert(one_year_earlier(period::month(2025, 2)).length_in_days() == 29);
  static_assert(one_year_earlier(period::months(2024, 1, 2)) == period::months(2023, 1, 2));
  static_assert(one_year_earlier(period::months(2025, 1, 2)) == period::months(2024, 1, 2));
  static_assert(one_year_earlier(period::quarter(2025, 1)).length_in_days() == 91);
  static_assert(one_year_earlier(period::half(2025, 1)) == period::half(2024, 1));
  static_assert(one_year_earlier(period::year(2025)).length_in_days() == 366);
  static_assert(one_year_earlier(period::days(ymd(2024, 2, 1), ymd(2024, 2, 29))) ==
                period::days(ymd(2023, 2, 1), ymd(2023, 2, 28)));
  CHECK(one_year_earlier(period::month(2025, 2)).last_day() == ymd(2024, 2, 29));
}

// Regression (a fixed bug; period.hpp, one_year_earlier): a single day that is a month end is stretched to the month's new
// end when that end moves: one_year_earlier(day(2025, 2, 28)) is 2024-02-28..2024-02-29, a
// two-day "day". Expected day(2024, 2, 28). Skipped so that the suite stays green.
TEST_CASE("period: one_year_earlier of Feb 28 after a leap year is one day") {
  const period earlier = one_year_earlier(period::day(2025, 2, 28));
  CHECK(earlier == period::day(2024, 2, 28));
  CHECK(earlier.length_in_days() == 1);
}

TEST_CASE("period: weekday_of the first day") {
  static_assert(weekday_of(period::day(2023, 8, 9)) == date::Wednesday);
  static_assert(weekday_of(period::day(1970, 1, 1)) == date::Thursday);
  static_assert(weekday_of(period::year(2023)) == date::Sunday);
  static_assert(weekday_of(period::month(2024, 2)) == date::Thursday);
  static_assert(weekday_of(period::day(2024, 2, 29)) == date::Thursday);
  CHECK(weekday_of(period::day(2023, 8, 9)) == date::Wednesday);
  CHECK(weekday_of(period::day(2023, 8, 10)) != date::Wednesday);
}

TEST_CASE("period: to_string and operator<<") {
  using nevfacts::to_string;
  CHECK(to_string(period::year(2023)) == "2023");
  CHECK(to_string(period::years(2021, 2023)) == "2021-2023");
  CHECK(to_string(period::half(2024, 1)) == "H1 2024");
  CHECK(to_string(period::half(2024, 2)) == "H2 2024");
  CHECK(to_string(period::quarter(2023, 1)) == "Q1 2023");
  CHECK(to_string(period::quarter(2023, 3)) == "Q3 2023");
  CHECK(to_string(period::quarter(2023, 4)) == "Q4 2023");
  CHECK(to_string(period::month(2023, 8)) == "Aug 2023");
  CHECK(to_string(period::month(2023, 12)) == "Dec 2023");
  CHECK(to_string(period::months(2023, 1, 5)) == "Jan-May 2023");
  CHECK(to_string(period::day(2023, 8, 9)) == "2023-08-09");
  CHECK(to_string(period::days(ymd(2023, 8, 1), ymd(2023, 8, 9))) == "2023-08-01..2023-08-09");
  CHECK(to_string(ymd(2024, 2, 29)) == "2024-02-29");
  std::ostringstream out;
  out << period::half(2024, 1) << " vs " << one_year_earlier(period::half(2024, 1));
  CHECK(out.str() == "H1 2024 vs H1 2023");
}
