// Compile-fail: Adding yuan and US dollars without a dated exchange rate.
// fix: Convert one amount with a dated exchange rate first.
// expect-error: cannot mix amounts in different currencies

#include <nevfacts/money.hpp>
#include <nevfacts/scale.hpp>

constexpr auto revenue = 231.84 * nevfacts::billion * nevfacts::units::yuan;
constexpr auto exports = 31.91 * nevfacts::billion * nevfacts::units::us_dollars;
constexpr nevfacts::cny_per_usd rate_2023{7.05, nevfacts::period::year(2023)};
static_assert((revenue + convert(exports, rate_2023)).value() > revenue.value());  // what to write

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = revenue + exports;
#endif

int main() {}
