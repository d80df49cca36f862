// Compile-fail: Converting vehicles with an exchange rate.
// fix: Convert only an amount in one of the rate's two currencies.
// expect-error: convert\(\) takes an amount in one of the exchange rate

#include <nevfacts/money.hpp>
#include "../common/nev_kinds.hpp"

constexpr nevfacts::cny_per_usd rate_2023{7.05, nevfacts::period::year(2023)};
constexpr auto sales = 9.495e6 * nevfacts::data::china_nev::units::vehicles;
static_assert(convert(100.0 * nevfacts::units::us_dollars, rate_2023).value() == 705.0);
static_assert(sales > 0.0 * nevfacts::data::china_nev::units::vehicles);

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = convert(sales, rate_2023);
#endif

int main() {}
