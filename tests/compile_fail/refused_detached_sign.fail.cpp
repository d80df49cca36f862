// Compile-fail: a minus sign apart from its number may be a dash.
// fix: Quote the sign with its number ("-5%") or a direction word ("down 5%").
// expect-error: phrase_refused_detached_or_doubled_sign

#include <nevfacts/reported.hpp>

constexpr nevfacts::reported<nevfacts::growth> good{"-5%"};

static_assert(good.interval().lo <= good.interval().hi);

#ifndef NEVFACTS_CONTROL
constexpr nevfacts::reported<nevfacts::growth> refused{"- 5%"};
#endif

int main() {}
