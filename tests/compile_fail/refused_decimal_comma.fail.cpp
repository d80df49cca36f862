// Compile-fail: a decimal comma is ambiguous: '1,5%' may be 1.5 % or 15 %.
// fix: Write the decimal point the source means ("1.5%"), and say in a comment why.
// expect-error: phrase_refused_decimal_comma_is_ambiguous

#include <nevfacts/reported.hpp>

constexpr nevfacts::reported<nevfacts::growth> good{"up 1.5%"};

static_assert(good.interval().lo <= good.interval().hi);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::growth> refused{"up 1,5%"};
#endif

int main() {}
