// Compile-fail (issue 11): 40 % of premium units and 10 % of all units are shares of different wholes.
// fix: Compare shares of one whole only.
// expect-error: shares_of_different_wholes_cannot_be_compared

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view q =
    "Premium exports were 40 percent of premium units and 10 percent of all units.";
inline constexpr auto of_premium =
    claim(office, "a.of_premium", freedonia / premium_units, share_of_premium, period::year(2023), status::actual,
          "Premium exports were 40 percent of premium units.",
          "40 percent");
inline constexpr auto of_all =
    claim(office, "a.of_all", freedonia / premium_units, share_of_units, period::year(2023), status::actual,
          "Premium exports were 10 percent of all units.",
          "10 percent");
inline constexpr auto of_all_wire =
    claim(wire, "c.of_all", freedonia / premium_units, share_of_units, period::year(2023), status::actual,
          "Premium exports were about 10 percent of all units.",
          "about 10 percent");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_part_of_whole(of_all, of_premium)));
#else
static_assert(holds(check_agreement(of_all, of_all_wire)));
#endif
}  // namespace demo
