// Compile-fail (issue 11): a count of vehicles is not a count of companies.
// fix: Give the reported value the kind of its metric.
// expect-error: reported<T>::exactly takes a value of its own kind

#include "demo_vocabulary.hpp"
#include "../common/nev_kinds.hpp"

namespace demo {


#ifndef NEVFACTS_CONTROL
inline constexpr auto makers = reported<company_count>::exactly(5.0 * nev::units::vehicles);
#else
inline constexpr auto makers = reported<company_count>::exactly(5.0 * nev::units::companies);
#endif
}  // namespace demo
