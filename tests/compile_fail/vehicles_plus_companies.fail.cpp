// Compile-fail: Adding vehicles and companies: each counted thing is its own dimension.
// fix: Add counts of one thing only.
// expect-error: cannot mix quantities of different kinds

#include <nevfacts/quantity.hpp>
#include <nevfacts/scale.hpp>

constexpr auto sales = 9.495 * nevfacts::million * nevfacts::units::vehicles;
constexpr auto makers = 13.0 * nevfacts::units::companies;
static_assert(sales + 5.0 * nevfacts::units::vehicles > sales);  // the same kind adds
static_assert(makers + 1.0 * nevfacts::units::companies == 14.0 * nevfacts::units::companies);

#ifndef NEVFACTS_CONTROL
constexpr auto nonsense = sales + makers;
#endif

int main() {}
