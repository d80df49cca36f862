// Compile-fail: a metric holds one kind of value; a count of units cannot be given a share.
// fix: Use a metric of the reported value's kind (a share metric for a share).
// expect-error: metric's kind and the reported value's kind differ

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote = "Premium units took 24.8 percent of the market in 2023.";

#ifndef NEVFACTS_CONTROL
inline constexpr auto wrong = claim(office, "a.premium.2023", freedonia / premium_units, deliveries, period::year(2023),
                                    status::actual, quote, reported<share>{"24.8 percent"});
#else
inline constexpr auto right = claim(office, "a.premium.2023", freedonia / premium_units, market_share, period::year(2023),
                                    status::actual, quote, reported<share>{"24.8 percent"});
#endif
}  // namespace demo
