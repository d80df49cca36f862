// Tests for nevfacts/real_interval.hpp: outward-rounded interval arithmetic.
#include <nevfacts/real_interval.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

using nevfacts::real_interval;
using nevfacts::unbounded;

namespace {
constexpr double eps = std::numeric_limits<double>::epsilon();
constexpr double dmin = std::numeric_limits<double>::denorm_min();
constexpr double dmax = std::numeric_limits<double>::max();
}  // namespace

TEST_CASE("real_interval: next_up and next_down step by exactly one double") {
  using nevfacts::next_down;
  using nevfacts::next_up;
  static_assert(next_up(1.0) == 1.0 + eps);
  static_assert(next_down(1.0) == 1.0 - eps / 2);
  static_assert(next_up(0.0) == dmin);
  static_assert(next_up(-0.0) == dmin);
  static_assert(next_down(0.0) == -dmin);
  static_assert(next_up(-1.0) == -1.0 + eps / 2);
  static_assert(next_up(dmax) == unbounded);
  static_assert(next_down(-dmax) == -unbounded);
  static_assert(next_up(unbounded) == unbounded);
  static_assert(next_down(-unbounded) == -unbounded);
  static_assert(next_up(-unbounded) == -dmax);
  static_assert(next_down(unbounded) == dmax);
  static_assert(next_up(-dmin) == 0.0);

  CHECK(next_up(1.0) == std::nextafter(1.0, 2.0));
  CHECK(next_down(1.0) == std::nextafter(1.0, 0.0));
  CHECK(next_up(-dmin) == 0.0);
  CHECK(std::signbit(next_up(-dmin)));
  CHECK(next_up(123456.789) == std::nextafter(123456.789, unbounded));
  CHECK(next_down(-9.5e6) == std::nextafter(-9.5e6, -unbounded));
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(std::isnan(next_up(nan)));
  CHECK(std::isnan(next_down(nan)));
}

TEST_CASE("real_interval: factories, predicates, mid and width") {
  static_assert(real_interval::point(3.0) == real_interval{3.0, 3.0});
  static_assert(real_interval::hull(5.0, 2.0) == real_interval{2.0, 5.0});
  static_assert(real_interval::hull(2.0, 5.0) == real_interval{2.0, 5.0});
  static_assert(real_interval::at_least(60.0) == real_interval{60.0, unbounded});
  static_assert(real_interval::at_most(5.0) == real_interval{-unbounded, 5.0});

  constexpr real_interval r{9.45e6, 9.55e6};
  static_assert(r.contains(9.45e6) && r.contains(9.55e6) && r.contains(9.495e6));
  static_assert(!r.contains(9.44e6) && !r.contains(9.56e6));
  static_assert(r.contains(real_interval{9.46e6, 9.5e6}));
  static_assert(!r.contains(real_interval{9.46e6, 9.6e6}));
  static_assert(r.overlaps(real_interval{9.55e6, 1e7}));   // touching ends overlap
  static_assert(!r.overlaps(real_interval{9.56e6, 1e7}));
  static_assert(r.is_bounded() && !r.is_point());
  static_assert(real_interval::point(1.0).is_point());
  static_assert(!real_interval::at_least(1.0).is_bounded());
  static_assert(!real_interval::at_most(1.0).is_bounded());
  static_assert(real_interval{2.0, 6.0}.mid() == 4.0);
  static_assert(real_interval{2.0, 6.0}.width() == 4.0);
  static_assert(real_interval::at_least(60.0).mid() == 60.0);
  static_assert(real_interval::at_most(5.0).mid() == 5.0);

  CHECK(r.mid() == doctest::Approx(9.5e6));
  CHECK(r.width() == doctest::Approx(1e5));
  CHECK_FALSE(r.contains(std::numeric_limits<double>::quiet_NaN()));
  CHECK(real_interval::at_least(0.0).contains(1e300));
  CHECK_FALSE(real_interval::at_least(0.0).contains(-dmin));
}

TEST_CASE("real_interval: every operation rounds outward by one ulp") {
  using nevfacts::next_down;
  using nevfacts::next_up;
  constexpr auto p = [](double x) { return real_interval::point(x); };

  // 0.1 + 0.2 rounds to 0.30000000000000004 in doubles; the interval keeps 0.3 as well.
  static_assert(0.1 + 0.2 != 0.3);
  static_assert((p(0.1) + p(0.2)).contains(0.3));
  static_assert((p(0.1) + p(0.2)).contains(0.1 + 0.2));

  static_assert(p(1.0) + p(2.0) == real_interval{next_down(3.0), next_up(3.0)});
  static_assert(p(5.0) - p(2.0) == real_interval{next_down(3.0), next_up(3.0)});
  static_assert(p(2.0) * p(3.0) == real_interval{next_down(6.0), next_up(6.0)});
  static_assert(p(1.0) / p(4.0) == real_interval{next_down(0.25), next_up(0.25)});

  // 1/3 is not a double; the interval holds the exact third: 3 * lo < 1 < 3 * hi in long double.
  constexpr real_interval third = p(1.0) / p(3.0);
  CHECK(3.0L * third.lo < 1.0L);
  CHECK(3.0L * third.hi > 1.0L);
  CHECK(third.width() > 0.0);
  CHECK(third.width() <= 4 * eps);
}

TEST_CASE("real_interval: addition, subtraction and negation") {
  constexpr real_interval a{1.0, 2.0}, b{0.5, 1.0};
  constexpr real_interval sum = a + b, diff = a - b;
  static_assert(sum.contains(real_interval{1.5, 3.0}));
  static_assert(diff.contains(real_interval{0.0, 1.5}));
  static_assert(!diff.contains(-0.01) && !diff.contains(1.51));
  static_assert(-a == real_interval{-2.0, -1.0});
  static_assert((a + 1.0).contains(real_interval{2.0, 3.0}));
  static_assert((1.0 + a).contains(real_interval{2.0, 3.0}));
  static_assert((a - 1.0).contains(real_interval{0.0, 1.0}));
  static_assert((3.0 - a).contains(real_interval{1.0, 2.0}));
  static_assert(!(3.0 - a).contains(2.01));

  CHECK(sum.lo < 1.5);
  CHECK(sum.hi > 3.0);
  CHECK(sum.lo == std::nextafter(1.5, 0.0));
  CHECK(sum.hi == std::nextafter(3.0, 4.0));
  // An open end stays open.
  const real_interval open = real_interval::at_least(60.0) + real_interval{-1.0, 1.0};
  CHECK(open.hi == unbounded);
  CHECK(open.contains(59.0));
  CHECK_FALSE(open.contains(58.9));
  const real_interval up_to = real_interval{0.0, 1.0} - real_interval::at_least(5.0);
  CHECK(up_to.lo == -unbounded);
  CHECK(up_to.contains(-4.0));
  CHECK_FALSE(up_to.contains(-3.9));
}

TEST_CASE("real_interval: multiplication takes the extreme corners, any signs") {
  static_assert((real_interval{-2.0, 3.0} * real_interval{4.0, 5.0}).contains(real_interval{-10.0, 15.0}));
  static_assert(!(real_interval{-2.0, 3.0} * real_interval{4.0, 5.0}).contains(-10.1));
  static_assert((real_interval{-2.0, -1.0} * real_interval{-3.0, -2.0}).contains(real_interval{2.0, 6.0}));
  static_assert(!(real_interval{-2.0, -1.0} * real_interval{-3.0, -2.0}).contains(1.9));
  static_assert((real_interval{-2.0, 3.0} * real_interval{-5.0, 4.0}).contains(real_interval{-15.0, 12.0}));
  static_assert((real_interval{1.0, 2.0} * 3.0).contains(real_interval{3.0, 6.0}));
  static_assert((3.0 * real_interval{1.0, 2.0}).contains(real_interval{3.0, 6.0}));

  // An exact zero times an open end bounds nothing away from zero: 0 * inf is taken as 0.
  constexpr real_interval z = real_interval::point(0.0) * real_interval::at_least(5.0);
  static_assert(z.contains(0.0) && z.is_bounded());
  CHECK(z.width() <= 2 * dmin);

  const real_interval grown = real_interval::at_least(2.0) * real_interval{3.0, 4.0};
  CHECK(grown.hi == unbounded);
  CHECK(grown.contains(6.0));
  CHECK_FALSE(grown.contains(5.9));
  const real_interval through_zero = real_interval{0.0, 1.0} * real_interval::at_least(1.0);
  CHECK(through_zero.lo <= 0.0);
  CHECK(through_zero.hi == unbounded);
}

TEST_CASE("real_interval: division and reciprocal") {
  static_assert((real_interval{1.0, 2.0} / real_interval{4.0, 8.0}).contains(real_interval{0.125, 0.5}));
  static_assert(!(real_interval{1.0, 2.0} / real_interval{4.0, 8.0}).contains(0.12));
  static_assert((real_interval{1.0, 2.0} / real_interval{-4.0, -2.0}).contains(real_interval{-1.0, -0.25}));
  static_assert((real_interval{-1.0, 2.0} / real_interval{2.0, 4.0}).contains(real_interval{-0.5, 1.0}));
  static_assert(nevfacts::reciprocal(real_interval{2.0, 4.0}).contains(real_interval{0.25, 0.5}));
  static_assert((real_interval{3.0, 6.0} / 3.0).contains(real_interval{1.0, 2.0}));
  static_assert((6.0 / real_interval{2.0, 3.0}).contains(real_interval{2.0, 3.0}));

  // Open ends: inf / inf is taken as 0 because another corner already reaches the infinity.
  const real_interval q = real_interval::at_least(1.0) / real_interval::at_least(1.0);
  CHECK(q.lo <= 0.0);
  CHECK(q.hi == unbounded);
  CHECK(q.contains(1e-300));
  const real_interval r = real_interval{1.0, 2.0} / real_interval::at_least(2.0);
  CHECK(r.contains(real_interval{0.0, 1.0}));
  CHECK_FALSE(r.contains(1.01));
}

TEST_CASE("real_interval: division by an interval containing zero is an error, never infinity") {
  CHECK_THROWS_AS((real_interval{1.0, 2.0} / real_interval{-1.0, 1.0}), std::domain_error);
  CHECK_THROWS_AS((real_interval{1.0, 2.0} / real_interval{0.0, 1.0}), std::domain_error);
  CHECK_THROWS_AS((real_interval{1.0, 2.0} / real_interval{-1.0, 0.0}), std::domain_error);
  CHECK_THROWS_AS((real_interval{1.0, 2.0} / 0.0), std::domain_error);
  CHECK_THROWS_AS(1.0 / real_interval::point(0.0), std::domain_error);
  CHECK_THROWS_AS(nevfacts::reciprocal(real_interval::at_least(0.0)), std::domain_error);
  CHECK_THROWS_WITH((real_interval{1.0, 2.0} / real_interval{-1.0, 1.0}),
                    "nevfacts: division by an interval that contains zero");
  CHECK_NOTHROW(real_interval{1.0, 2.0} / real_interval{dmin, 1.0});
}

TEST_CASE("real_interval: compound assignment") {
  real_interval x{1.0, 2.0};
  x += real_interval{1.0, 1.0};
  CHECK(x.contains(real_interval{2.0, 3.0}));
  CHECK_FALSE(x.contains(1.99));
  x -= real_interval{2.0, 2.0};
  CHECK(x.contains(real_interval{0.0, 1.0}));
  CHECK_FALSE(x.contains(1.01));
  x = real_interval{1.0, 2.0};
  x *= real_interval{2.0, 3.0};
  CHECK(x.contains(real_interval{2.0, 6.0}));
  CHECK_FALSE(x.contains(6.01));
  x /= real_interval{2.0, 2.0};
  CHECK(x.contains(real_interval{1.0, 3.0}));
  CHECK_FALSE(x.contains(0.99));
  CHECK_THROWS_AS((x /= real_interval{-1.0, 1.0}), std::domain_error);
}

TEST_CASE("real_interval: intersect, hull, ordering and the double/interval readers") {
  using nevfacts::certainly_less;
  using nevfacts::hull;
  using nevfacts::intersect;
  using nevfacts::lower;
  using nevfacts::possibly_less;
  using nevfacts::upper;
  static_assert(intersect(real_interval{0.0, 5.0}, real_interval{3.0, 8.0}) == real_interval{3.0, 5.0});
  static_assert(intersect(real_interval::at_least(60.0), real_interval{0.0, 100.0}) == real_interval{60.0, 100.0});
  // Disjoint operands give an empty result (lo above hi) that callers must check.
  static_assert(intersect(real_interval{0.0, 1.0}, real_interval{2.0, 3.0}).lo >
                intersect(real_interval{0.0, 1.0}, real_interval{2.0, 3.0}).hi);
  static_assert(hull(real_interval{0.0, 1.0}, real_interval{2.0, 3.0}) == real_interval{0.0, 3.0});
  static_assert(certainly_less(real_interval{0.0, 1.0}, real_interval{1.5, 2.0}));
  static_assert(!certainly_less(real_interval{0.0, 1.0}, real_interval{1.0, 2.0}));
  static_assert(possibly_less(real_interval{0.0, 1.0}, real_interval{0.5, 2.0}));
  static_assert(!possibly_less(real_interval{2.0, 3.0}, real_interval{0.0, 2.0}));
  static_assert(lower(2.5) == 2.5 && upper(2.5) == 2.5);
  static_assert(lower(real_interval{1.0, 2.0}) == 1.0 && upper(real_interval{1.0, 2.0}) == 2.0);
  // == compares bounds exactly.
  static_assert(real_interval{1.0, 2.0} != real_interval{1.0, nevfacts::next_up(2.0)});

  CHECK(intersect(real_interval{0.0, 5.0}, real_interval{3.0, 8.0}) == real_interval{3.0, 5.0});
  CHECK(hull(real_interval::at_most(1.0), real_interval{0.0, 3.0}) == real_interval{-unbounded, 3.0});
  CHECK(certainly_less(real_interval::at_most(1.0), real_interval::at_least(1.5)));
}
