// Compile-fail: Comparing yuan and US dollars for equality.
// fix: Convert one amount with a dated exchange rate first.
// expect-error: cannot mix amounts in different currencies

#include <nevfacts/quantity.hpp>

constexpr auto in_yuan = 705.0 * nevfacts::units::yuan;
constexpr auto in_dollars = 100.0 * nevfacts::units::us_dollars;
static_assert(in_yuan == 705.0 * nevfacts::units::yuan && in_dollars == 100.0 * nevfacts::units::us_dollars);

#ifndef NEVFACTS_CONTROL
constexpr bool nonsense = in_yuan == in_dollars;
#endif

int main() {}
