// Compile-fail: Comparing vehicles with companies.
// fix: Compare vehicles with vehicles.
// expect-error: cannot mix quantities of different kinds

#include <nevfacts/quantity.hpp>
#include "../common/nev_kinds.hpp"

constexpr auto sales = 457000.0 * nevfacts::data::china_nev::units::vehicles;
constexpr auto makers = 13.0 * nevfacts::data::china_nev::units::companies;
static_assert(makers < 14.0 * nevfacts::data::china_nev::units::companies);  // the same kind compares
static_assert(sales > 456000.0 * nevfacts::data::china_nev::units::vehicles);

#ifndef NEVFACTS_CONTROL
constexpr bool nonsense = sales < makers;
#endif

int main() {}
