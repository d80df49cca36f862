// Compile-fail: Adding vehicles and companies: each counted thing is its own dimension.
// fix: Add counts of one thing only.
// expect-error: cannot mix quantities of different kinds

#include <nevfacts/quantity.hpp>
#include <nevfacts/scale.hpp>
#include "../common/nev_kinds.hpp"

constexpr auto sales = 9.495 * nevfacts::million * nevfacts::data::china_nev::units::vehicles;
constexpr auto makers = 13.0 * nevfacts::data::china_nev::units::companies;
static_assert(sales + 5.0 * nevfacts::data::china_nev::units::vehicles > sales);  // the same kind adds
static_assert(makers + 1.0 * nevfacts::data::china_nev::units::companies == 14.0 * nevfacts::data::china_nev::units::companies);

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = sales + makers;
#endif

int main() {}
