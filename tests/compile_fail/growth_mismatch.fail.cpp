// Compile-fail: a value, its growth and its base a year earlier that do not fit together:
// 10.2 million grown by 8.7 % is [11.03, 11.15] million, not 12.5 million.
// fix: Check the sources: value, growth and base do not fit together.
// expect-error: growth_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_growth[^(]*\((demo::)?deliveries_2023, (demo::)?growth_2023, (demo::)?deliveries_2022\)

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr std::string_view quote = "Deliveries reached 12.5 million units in 2023, up 8.7 percent year on year.";
inline constexpr auto deliveries_2023 = claim(office, "a.deliveries.2023", freedonia / all_units, deliveries,
                                              period::year(2023), status::actual, quote, "12.5 million units");
inline constexpr auto growth_2023 = claim(office, "a.growth.2023", freedonia / all_units, deliveries_growth,
                                          period::year(2023), status::actual, quote, "up 8.7 percent");

#ifndef NEVFACTS_CONTROL
inline constexpr auto deliveries_2022 = claim(wire, "c.deliveries.2022", freedonia / all_units, deliveries,
                                              period::year(2022), status::actual,
                                              "Deliveries were 10.2 million units in 2022.", "10.2 million units");
#else
inline constexpr auto deliveries_2022 = claim(wire, "c.deliveries.2022", freedonia / all_units, deliveries,
                                              period::year(2022), status::actual,
                                              "Deliveries were 11.5 million units in 2022.", "11.5 million units");
#endif

static_assert(holds(check_growth(deliveries_2023, growth_2023, deliveries_2022)));
}  // namespace demo
