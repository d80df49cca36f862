// Compile-fail: facts about different things are never compared: a year and the year before,
// and a segment with an unrelated segment.
// fix: Compare facts of one subject, period and metric (as the rule requires).
// expect-error: facts_about_different_scopes_cannot_be_compared
// expect-error: (in call to '|expansion of [^ ]*nevfacts::)check_agreement[^(]*\((demo::)?deliveries_2023, (demo::)?deliveries_2022\)
// expect-error: (in call to '|expansion of [^ ]*nevfacts::)check_share[^(]*\((demo::)?exported, (demo::)?premium, (demo::)?premium_share\)

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr auto deliveries_2023 = claim(office, "a.deliveries.2023", freedonia / all_units, deliveries,
                                              period::year(2023), status::actual,
                                              "Deliveries reached 12.5 million units in 2023.", "12.5 million units");
inline constexpr auto deliveries_2023_wire = claim(wire, "c.deliveries.2023", freedonia / all_units, deliveries,
                                                   period::year(2023), status::actual,
                                                   "Deliveries were about 12.5 million units in 2023.",
                                                   "about 12.5 million units");
inline constexpr auto deliveries_2022 = claim(wire, "c.deliveries.2022", freedonia / all_units, deliveries,
                                              period::year(2022), status::actual,
                                              "Deliveries were 11.5 million units in 2022.", "11.5 million units");
inline constexpr std::string_view quote = "Exports were 2.1 million units, premium units 3.1 million units, a 24.8 percent share.";
inline constexpr auto exported = claim(office, "a.export.2023", freedonia / export_units, deliveries, period::year(2023),
                                       status::actual, quote, "2.1 million units");
inline constexpr auto premium = claim(office, "a.premium.2023", freedonia / premium_units, deliveries, period::year(2023),
                                      status::actual, quote, "3.1 million units");
inline constexpr auto premium_share = claim(office, "a.premium_share.2023", freedonia / premium_units, market_share,
                                            period::year(2023), status::actual, quote, "24.8 percent");

#ifndef NEVFACTS_CONTROL
static_assert(holds(check_agreement(deliveries_2023, deliveries_2022)));  // 2023 against 2022
static_assert(holds(check_share(exported, premium, premium_share)));      // exports are not premium units
#else
static_assert(holds(check_agreement(deliveries_2023, deliveries_2023_wire)));
static_assert(holds(check_share(premium, deliveries_2023, premium_share)));
#endif
}  // namespace demo
