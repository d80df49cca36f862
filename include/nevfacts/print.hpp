// nevfacts/print.hpp -- facts and check results written for a person, and operator<< for them
//
// Synopsis (namespace nevfacts)
//   std::string describe(const fact&);
//     // "d1.sales: World: chargers sales, 2023, actual: [9.4945 million, 9.4955 million]
//     //  items, stated "9.495 million" in d1"
//     // "x.base: World: chargers sales, 2022, derived by growth from a, b: [6.8825 million, ...]
//     //  items"
//   std::ostream& operator<<(std::ostream&, const fact&);           // describe(fact)
//   std::ostream& operator<<(std::ostream&, const check_result&);   // explain(result)
//   std::ostream& operator<<(std::ostream&, verdict), (std::ostream&, rule),
//                 (std::ostream&, status)
//
// In a header of its own so that the other headers need no stream operators for these types.
// A check result alone does not know its facts' kinds: explain(result, registry) prints each
// side in its kind (nevfacts/check.hpp).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/check.hpp>
#include <nevfacts/fact.hpp>
#include <nevfacts/kind.hpp>
#include <nevfacts/period.hpp>

#include <ostream>
#include <string>
#include <utility>

namespace nevfacts {

inline std::string describe(const fact& f) {
  std::string out{f.id};
  out.append(": ")
      .append(f.about.name())
      .append(" ")
      .append(f.metric_name)
      .append(", ")
      .append(to_string(f.when));
  out.append(", ").append(to_string(f.state));
  if (f.state == status::derived) {
    out.append(" by ").append(f.rule);
    const char* separator = " from ";
    for (std::string_view id : f.from)
      if (!id.empty()) out.append(std::exchange(separator, ", ")).append(id);
    // A figure computed from a forecast or a target is one too (nevfacts/fact.hpp).
    if (f.basis != status::actual) out.append(" (").append(to_string(f.basis)).append(")");
  }
  out.append(": ").append(format_value(*f.kind, f.value));
  if (f.state != status::derived)
    out.append(", stated \"").append(f.words).append("\" in ").append(f.source->id);
  return out;
}

inline std::ostream& operator<<(std::ostream& out, const fact& f) { return out << describe(f); }
inline std::ostream& operator<<(std::ostream& out, const check_result& r) {
  return out << explain(r);
}
inline std::ostream& operator<<(std::ostream& out, verdict v) { return out << to_string(v); }
inline std::ostream& operator<<(std::ostream& out, rule r) { return out << to_string(r); }
inline std::ostream& operator<<(std::ostream& out, status s) { return out << to_string(s); }

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
