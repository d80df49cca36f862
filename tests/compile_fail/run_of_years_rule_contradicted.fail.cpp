// Compile-fail (issue 11): 14 years to 2023 began in 2010; 15 years to 2022 began in 2008.
// fix: Check the sources: the two runs begin in different years.
// expect-error: run_of_years_rule_contradicted
// expect-error: (in call to 'holds|expansion of [^ ]*nevfacts::holds)\((nevfacts::)?check_run_of_years[^(]*\((demo::)?run_2023, (demo::)?run_2022\)|contradiction\(.*a\.lead.*c\.lead

#include "demo_vocabulary.hpp"

namespace demo {

inline constexpr auto run_2023 =
    claim(office, "a.lead", freedonia / all_units, years_leading, period::year(2023), status::actual,
          "Freedonia has led the region for 14 consecutive years.",
          "14 consecutive years");

#ifndef NEVFACTS_CONTROL
inline constexpr auto run_2022 =
    claim(wire, "c.lead", freedonia / all_units, years_leading, period::year(2022), status::actual,
          "Freedonia has led for 15 consecutive years.",
          "15 consecutive years");
#else
inline constexpr auto run_2022 =
    claim(wire, "c.lead", freedonia / all_units, years_leading, period::year(2022), status::actual,
          "Freedonia has led for 13 consecutive years.",
          "13 consecutive years");
#endif

static_assert(holds(check_run_of_years(run_2023, run_2022)));
}  // namespace demo
