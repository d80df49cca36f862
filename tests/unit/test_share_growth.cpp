// Tests for nevfacts/share.hpp and nevfacts/growth.hpp.
#include <nevfacts/growth.hpp>
#include <nevfacts/quantity.hpp>
#include <nevfacts/scale.hpp>
#include <nevfacts/share.hpp>

#include <doctest/doctest.h>

#include "printed.hpp"

#include <array>
#include <limits>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>
#include "../common/nev_kinds.hpp"

using namespace nevfacts;

namespace {
constexpr bool near(double a, double b, double tolerance = 1e-9) { return a - b <= tolerance && b - a <= tolerance; }

using vehicles_between = quantity<nev::units::vehicle_unit, real_interval>;
using interval_share = basic_share<real_interval>;
using interval_growth = basic_growth<real_interval>;
}  // namespace

TEST_CASE("share: percent() builds a level between 0 % and 100 %") {
  static_assert(percent(56).percent() == 56.0);
  static_assert(percent(56).fraction() == 0.56);
  static_assert(percent(0).percent() == 0.0 && percent(100).percent() == 100.0);
  static_assert(share::from_percent(31.6) == percent(31.6));
  static_assert(share::from_points_above_zero(points(12.5)) == percent(12.5));
  static_assert(percent(56) > percent(49.9));
  static_assert(percent(10) < percent(10.5));
  static_assert(share{} == percent(0));

  CHECK_THROWS_AS(share::from_percent(120), std::domain_error);
  CHECK_THROWS_AS(share::from_percent(-0.1), std::domain_error);
  CHECK_THROWS_AS(percent(std::numeric_limits<double>::quiet_NaN()), std::domain_error);
  CHECK_THROWS_WITH(percent(100.5), "nevfacts: a share must lie between 0 % and 100 %");
  CHECK_NOTHROW(percent(100));
}

TEST_CASE("share: share - share is percentage points; share +/- points is a share") {
  constexpr auto change = percent(56) - percent(49.9);
  static_assert(std::is_same_v<std::remove_cv_t<decltype(change)>, percentage_points>);
  static_assert(near(change.value(), 6.1));
  static_assert(std::is_same_v<decltype(percent(50) + points(3)), share>);
  static_assert(percent(50) + points(3) == percent(53));
  static_assert(points(3) + percent(50) == percent(53));
  static_assert(percent(50) - points(3) == percent(47));
  static_assert(near((percent(49.9) + change).percent(), 56.0));

  CHECK((percent(30) - percent(45)).value() == -15.0);
  CHECK_THROWS_AS(percent(56) + points(50), std::domain_error);
  CHECK_THROWS_AS(percent(5) - points(6), std::domain_error);
}

TEST_CASE("share: whole * share is the part; share_of(part, whole) is the share") {
  constexpr auto total = 30.094 * million * nev::units::vehicles;
  constexpr auto nev = total * percent(31.6);
  static_assert(std::is_same_v<std::remove_cv_t<decltype(nev)>, vehicle_count>);
  static_assert(near(nev.value(), 9509704.0, 1e-6));
  static_assert(percent(31.6) * total == nev);
  constexpr auto s = share_of(9.495 * million * nev::units::vehicles, total);
  static_assert(std::is_same_v<std::remove_cv_t<decltype(s)>, share>);
  static_assert(near(s.percent(), 100.0 * 9.495 / 30.094));
  static_assert(share_of(0.0 * nev::units::vehicles, total) == percent(0));
  static_assert(share_of(total, total) == percent(100));

  CHECK(share_of(3.0 * nev::units::companies, 4.0 * nev::units::companies) == percent(75));
  // A part larger than the whole is not a share.
  CHECK_THROWS_AS(share_of(5.0 * nev::units::vehicles, 4.0 * nev::units::vehicles), std::domain_error);
}

TEST_CASE("share: interval shares are clipped to what a share can be") {
  constexpr interval_share s = interval_share::from_percent(real_interval{-1e-12, 50.0});
  static_assert(s.percent() == real_interval{0.0, 50.0});
  static_assert(interval_share::from_percent(real_interval::at_least(60.0)).percent() == real_interval{60.0, 100.0});
  static_assert(near(interval_share::from_percent(real_interval{40.0, 60.0}).fraction().lo, 0.4));

  constexpr auto part = vehicles_between::from_value({9.45e6, 9.55e6});
  constexpr auto whole = vehicles_between::from_value({30.0e6, 30.2e6});
  constexpr interval_share sh = share_of(part, whole);
  static_assert(sh.percent().contains(real_interval{100.0 * 9.45 / 30.2, 100.0 * 9.55 / 30.0}));
  static_assert(!sh.percent().contains(31.0) && !sh.percent().contains(32.0));

  constexpr interval_share a = interval_share::from_percent({55.5, 56.5});
  constexpr interval_share b = interval_share::from_percent({49.75, 50.25});  // exact in binary
  constexpr auto d = a - b;
  static_assert(std::is_same_v<std::remove_cv_t<decltype(d)>, quantity<units::point_unit, real_interval>>);
  static_assert(d.value().contains(real_interval{5.25, 6.75}));
  static_assert(!d.value().contains(5.24) && !d.value().contains(6.76));
  static_assert((b + d).percent().contains(real_interval{55.5, 56.5}));
  constexpr auto nev = whole * a;
  static_assert(nev.value().contains(real_interval{30.0e6 * 0.555, 30.2e6 * 0.565}));

  CHECK_THROWS_AS((interval_share::from_percent(real_interval{101.0, 102.0})), std::domain_error);
}

TEST_CASE("growth: growth_percent, from_factor, factor and change") {
  static_assert(growth_percent(37.9).percent() == 37.9);
  static_assert(near(growth_percent(37.9).factor(), 1.379));
  static_assert(near(growth::from_factor(1.379).percent(), 37.9));
  static_assert(growth_percent(-2).factor() == 0.98);
  static_assert(std::is_same_v<decltype(growth_percent(1).change()), quantity<units::change_unit>>);
  static_assert(growth_percent(5).change().value() == 5.0);
  static_assert(growth_percent(5) < growth_percent(6));
  static_assert(growth_percent(5) == growth_percent(5));

  CHECK_THROWS_AS(growth_percent(-100), std::domain_error);
  CHECK_THROWS_AS(growth_percent(-150), std::domain_error);
  CHECK_THROWS_AS(growth::from_factor(0.0), std::domain_error);
  CHECK_THROWS_AS(growth_percent(std::numeric_limits<double>::quiet_NaN()), std::domain_error);
  CHECK_THROWS_WITH(growth_percent(-100), "nevfacts: growth must be above -100 %");
  CHECK_NOTHROW(growth_percent(-99.9));
}

TEST_CASE("growth: grow, base_from, growth_between and compound") {
  constexpr auto base = 6.887 * million * nev::units::vehicles;
  constexpr auto g = growth_percent(37.9);
  constexpr auto value = grow(base, g);
  static_assert(std::is_same_v<std::remove_cv_t<decltype(value)>, vehicle_count>);
  static_assert(near(value.value(), 6.887e6 * 1.379, 1e-6));
  static_assert(near(base_from(value, g).value(), base.value(), 1e-6));
  static_assert(near(growth_between(value, base).percent(), 37.9));
  static_assert(near(compound(growth_percent(10), growth_percent(10)).percent(), 21.0));
  static_assert(near(compound(growth_percent(50), growth_percent(-50)).percent(), -25.0));

  CHECK(base_from(9.495 * million * nev::units::vehicles, growth_percent(37.9)).value() ==
        doctest::Approx(9.495e6 / 1.379));
  CHECK(growth_between(90.0 * nev::units::vehicles, 100.0 * nev::units::vehicles).percent() == doctest::Approx(-10.0));
  CHECK_THROWS_AS(growth_between(0.0 * nev::units::vehicles, 100.0 * nev::units::vehicles), std::domain_error);
}

TEST_CASE("growth: 'an increase of 1.6 times' is +160 %, '1.6 times as many' is x1.6") {
  constexpr auto base = 100.0 * nev::units::vehicles;
  static_assert(near(increase_of_times(1.6).percent(), 160.0));
  static_assert(near(increase_of_times(1.6).factor(), 2.6));
  static_assert(times_as_many(1.6).factor() == 1.6);
  static_assert(near(grow(base, increase_of_times(1.6)).value(), 260.0));
  static_assert(near((base * times_as_many(1.6)).value(), 160.0));
  static_assert(std::is_same_v<decltype(base * times_as_many(1.6)), vehicle_count>);
  static_assert(near(base_from(160.0 * nev::units::vehicles, times_as_many(1.6)).value(), 100.0));
  static_assert(near(base_from(260.0 * nev::units::vehicles, increase_of_times(1.6)).value(), 100.0));
  static_assert(multiple::of(2.0) == times_as_many(2.0));
  // The two spellings differ by a whole base.
  static_assert(near(grow(base, increase_of_times(1.6)).value() - (base * times_as_many(1.6)).value(), base.value()));
  CHECK(grow(base, increase_of_times(1.6)) > base * times_as_many(1.6));
}

TEST_CASE("growth: interval growth") {
  constexpr auto value = vehicles_between::from_value({9.45e6, 9.55e6});
  constexpr interval_growth g = interval_growth::from_percent({37.85, 37.95});
  static_assert(g.factor().contains(real_interval{1.3785, 1.3795}));
  constexpr auto base = base_from(value, g);
  static_assert(std::is_same_v<std::remove_cv_t<decltype(base)>, vehicles_between>);
  static_assert(base.value().contains(real_interval{9.45e6 / 1.3795, 9.55e6 / 1.3785}));
  static_assert(!base.value().contains(6.84e6) && !base.value().contains(6.94e6));
  static_assert(grow(base, g).value().contains(value.value()));
  constexpr auto between = growth_between(value, vehicles_between::from_value({6.85e6, 6.9e6}));
  static_assert(between.percent().contains(real_interval{100.0 * (9.45 / 6.9 - 1.0), 100.0 * (9.55 / 6.85 - 1.0)}));
  static_assert(compound(g, g).percent().contains(real_interval{100.0 * (1.3785 * 1.3785 - 1.0), 100.0 * (1.3795 * 1.3795 - 1.0)}));

  // An interval keeps only the growths that can be: above -100 %. Wholly at or below it is an error.
  CHECK(interval_growth::from_percent(real_interval{-100.0, 5.0}).percent() == real_interval{next_up(-100.0), 5.0});
  CHECK_THROWS_AS((interval_growth::from_percent(real_interval{-150.0, -100.0})), std::domain_error);
  CHECK_NOTHROW(interval_growth::from_percent(real_interval{-99.0, unbounded}));
}

// Regression (a fixed bug; growth.hpp, basic_growth<real_interval>::factor): for a growth interval whose lower
// bound is next_up(-100) -- what reported<growth> gives for "a decrease of more than 5%" --
// outward rounding takes the factor's lower bound to -denorm_min, so base_from(value, g)
// throws "division by an interval that contains zero". Expected [value / 0.95, +inf).
TEST_CASE("growth: base_from with an open-ended decrease") {
  const auto g = interval_growth::from_percent({nevfacts::next_up(-100.0), -5.0});
  CHECK(g.factor().lo >= 0.0);
  const auto base = base_from(vehicles_between::from_value({9.45e6, 9.55e6}), g);
  CHECK(base.value().contains(9.45e6 / 0.95));
  CHECK(base.value().hi == unbounded);
}

// Regression (a fixed bug; growth.hpp, growth_between / basic_growth<real_interval>::checked): a value interval that
// reaches 0 (e.g. "less than 5 million" clipped to [0, 5e6]) gives a growth whose lower bound
// is -100 % minus an ulp, and from_percent throws instead of keeping (-100 %, hi] the way an
// interval share keeps [0, 100] %.
TEST_CASE("growth: growth_between of a value that may be zero") {
  const auto g = growth_between(vehicles_between::from_value({0.0, 5e6}), vehicles_between::from_value({9.45e6, 9.55e6}));
  CHECK(g.percent().lo > -100.0);
  CHECK(g.percent().contains(-50.0));
}

TEST_CASE("share: printing") {
  CHECK(printed(percent(56)) == "56 %");
  CHECK(printed(percent(31.6)) == "31.6 %");
  CHECK(printed(percent(56) - percent(49.9)) == "+6.1 pp");
  CHECK(printed(percent(30) - percent(32.5)) == "-2.5 pp");
  CHECK(printed(interval_share::from_percent({55.5, 56.5})) == "[55.5, 56.5] %");
  CHECK(printed(interval_share::from_percent(real_interval::point(60.0))) == "60 %");
}

TEST_CASE("growth: printing") {
  CHECK(printed(growth_percent(37.9)) == "+37.9 % y/y");
  CHECK(printed(growth_percent(-2)) == "-2 % y/y");
  CHECK(printed(growth_percent(0)) == "0 % y/y");
  CHECK(printed(increase_of_times(1.6)) == "+160 % y/y");
  CHECK(printed(times_as_many(1.6)) == "x1.6");
  CHECK(printed(interval_growth::from_percent({31.5, 32.5})) == "[31.5, 32.5] % y/y");
}

namespace {
// Shares of 0, 1/8, ..., 8/8 of one whole and a few other pairs: 12 values, so that the bulk
// form goes through both its blocks of 8 and its remainder.
constexpr std::array<vehicle_count, 12> bulk_parts{0.0 * nev::units::vehicles,   1.0 * nev::units::vehicles,  2.0 * nev::units::vehicles,
                                                   3.0 * nev::units::vehicles,   4.0 * nev::units::vehicles,  5.0 * nev::units::vehicles,
                                                   6.0 * nev::units::vehicles,   7.0 * nev::units::vehicles,  8.0 * nev::units::vehicles,
                                                   9.495 * nev::units::vehicles, 1e-300 * nev::units::vehicles, 3.0 * nev::units::vehicles};
constexpr std::array<vehicle_count, 12> bulk_wholes{8.0 * nev::units::vehicles,    8.0 * nev::units::vehicles, 8.0 * nev::units::vehicles,
                                                    8.0 * nev::units::vehicles,    8.0 * nev::units::vehicles, 8.0 * nev::units::vehicles,
                                                    8.0 * nev::units::vehicles,    8.0 * nev::units::vehicles, 8.0 * nev::units::vehicles,
                                                    30.094 * nev::units::vehicles, 1.0 * nev::units::vehicles, 4.0 * nev::units::vehicles};

constexpr std::array<share, 12> bulk_shares(const std::array<vehicle_count, 12>& parts) {
  std::array<share, 12> out{};
  share_of(std::span<const vehicle_count>(parts), bulk_wholes, out);
  return out;
}
}  // namespace

TEST_CASE("share: share_of over spans gives what share_of gives one by one") {
  constexpr auto at_compile_time = bulk_shares(bulk_parts);
  static_assert(at_compile_time[4] == percent(50) && at_compile_time[8] == percent(100));
  static_assert(at_compile_time[11] == percent(75));

  const std::vector<vehicle_count> parts(bulk_parts.begin(), bulk_parts.end()), wholes(bulk_wholes.begin(), bulk_wholes.end());
  std::vector<share> out(parts.size());
  share_of(std::span<const vehicle_count>(parts), wholes, out);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    CAPTURE(i);
    CHECK(out[i] == share_of(parts[i], wholes[i]));  // the very same double
    CHECK(out[i] == at_compile_time[i]);
  }
  // -0 vehicles of a whole is 0 %, as one by one (the fast check's false alarm is cleared).
  const std::vector<vehicle_count> minus_zero(12, -0.0 * nev::units::vehicles);
  CHECK_NOTHROW(share_of(std::span<const vehicle_count>(minus_zero), wholes, out));
  CHECK(out[3].percent() == 0.0);
  // Nothing to do is fine.
  CHECK_NOTHROW(share_of(std::span<const vehicle_count>(), std::span<const vehicle_count>(), std::span<share>()));
}

TEST_CASE("share: share_of over spans fails like share_of on the first share outside 0 % to 100 %") {
  std::vector<vehicle_count> parts(bulk_parts.begin(), bulk_parts.end());
  const std::vector<vehicle_count> wholes(bulk_wholes.begin(), bulk_wholes.end());
  std::vector<share> out(parts.size());
  const auto bulk = [&] { share_of(std::span<const vehicle_count>(parts), wholes, out); };

  parts[10] = 2.0 * nev::units::vehicles;  // 2 of 1: a part larger than its whole, in the remainder
  CHECK_THROWS_WITH_AS(bulk(), "nevfacts: a share must lie between 0 % and 100 %", std::domain_error);
  for (const share& s : out) CHECK(s == percent(0));  // no share outside 0 % to 100 % is left
  parts[10] = 1e-300 * nev::units::vehicles;
  CHECK_NOTHROW(bulk());

  parts[1] = 9.0 * nev::units::vehicles;  // 9 of 8, in the first block
  CHECK_THROWS_AS(bulk(), std::domain_error);
  parts[1] = -1.0 * nev::units::vehicles;  // -1 of 8
  CHECK_THROWS_AS(bulk(), std::domain_error);
  parts[1] = -1000.0 * nev::units::vehicles;  // far below -100 %
  CHECK_THROWS_AS(bulk(), std::domain_error);
  parts[1] = std::numeric_limits<double>::quiet_NaN() * nev::units::vehicles;
  CHECK_THROWS_AS(bulk(), std::domain_error);
  parts[1] = 0.0 * nev::units::vehicles;
  std::vector<vehicle_count> zero_wholes = wholes;
  zero_wholes[1] = 0.0 * nev::units::vehicles;  // 0 of 0
  CHECK_THROWS_AS(share_of(std::span<const vehicle_count>(parts), zero_wholes, out), std::domain_error);
  parts[1] = 1.0 * nev::units::vehicles;  // 1 of 0: +inf %
  CHECK_THROWS_AS(share_of(std::span<const vehicle_count>(parts), zero_wholes, out), std::domain_error);

  // Spans of different lengths are a mistake of the caller's.
  CHECK_THROWS_AS(share_of(std::span<const vehicle_count>(parts).first(3), wholes, out), std::invalid_argument);
  CHECK_THROWS_AS(share_of(std::span<const vehicle_count>(parts), wholes, std::span<share>(out).first(3)),
                  std::invalid_argument);
}
