// Compile-fail (issue 11): a derivation chain behind more than 8 claims is refused, never truncated.
// fix: Derive from fewer claims (at most 8 behind one fact).
// expect-error: fact_rests_on_more_than_8_claims

#include "demo_vocabulary.hpp"
#include "../common/nev_kinds.hpp"

namespace demo {

inline constexpr auto c1 =
    claim(office, "a.c1", freedonia / all_units, deliveries, period::year(2011), status::actual,
          "1 million units",
          "1 million units");
inline constexpr auto c2 =
    claim(office, "a.c2", freedonia / all_units, deliveries, period::year(2012), status::actual,
          "2 million units",
          "2 million units");
inline constexpr auto c3 =
    claim(office, "a.c3", freedonia / all_units, deliveries, period::year(2013), status::actual,
          "3 million units",
          "3 million units");
inline constexpr auto c4 =
    claim(office, "a.c4", freedonia / all_units, deliveries, period::year(2014), status::actual,
          "4 million units",
          "4 million units");
inline constexpr auto c5 =
    claim(office, "a.c5", freedonia / all_units, deliveries, period::year(2015), status::actual,
          "5 million units",
          "5 million units");
inline constexpr auto c6 =
    claim(office, "a.c6", freedonia / all_units, deliveries, period::year(2016), status::actual,
          "6 million units",
          "6 million units");
inline constexpr auto c7 =
    claim(office, "a.c7", freedonia / all_units, deliveries, period::year(2017), status::actual,
          "7 million units",
          "7 million units");
inline constexpr auto c8 =
    claim(office, "a.c8", freedonia / all_units, deliveries, period::year(2018), status::actual,
          "8 million units",
          "8 million units");
inline constexpr auto c9 =
    claim(office, "a.c9", freedonia / all_units, deliveries, period::year(2019), status::actual,
          "9 million units",
          "9 million units");
inline constexpr auto d1 = derived<vehicle_count>("d1", freedonia / all_units, deliveries, period::year(2030),
    {1.0, 2.0},
    "test", sources(c1, c2, c3, c4));
inline constexpr auto d2 = derived<vehicle_count>("d2", freedonia / all_units, deliveries, period::year(2031),
    {1.0, 2.0},
    "test", sources(c5, c6, c7, c8));

#ifndef NEVFACTS_CONTROL
inline constexpr auto d3 = derived<vehicle_count>("d3", freedonia / all_units, deliveries, period::year(2032),
    {1.0, 2.0},
    "test", sources(d1, d2, c9));
#else
inline constexpr auto d3 = derived<vehicle_count>("d3", freedonia / all_units, deliveries, period::year(2032),
    {1.0, 2.0},
    "test", sources(d1, d2));
#endif
}  // namespace demo
