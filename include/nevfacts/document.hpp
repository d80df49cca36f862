// nevfacts/document.hpp -- where a claim was made: the source document and its provenance
//
// Synopsis (namespace nevfacts)
//   struct document {
//     std::string_view id;          // stable, e.g. "doc000"
//     std::string_view file;        // the source text as shipped, e.g. "000_ae66ebfe7aa9747c.txt"
//     std::string_view title, publisher, dateline;
//     period published;             // a day; where the text is vague, the data header says how
//                                   // the date was resolved
//   };
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/period.hpp>

#include <string_view>

namespace nevfacts {

struct document {
  std::string_view id;
  std::string_view file;
  std::string_view title;
  std::string_view publisher;
  std::string_view dateline;
  period published;
};

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
