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
//   struct left_out {               // a figure of the source deliberately not encoded
//     const document* source; std::string_view words;   // the figure's words in the source text
//     std::string_view reason; int occurrence = 0;       // which place the words stand (0: each)
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

// Coverage: every figure of a source is either encoded as a claim or listed as left out, with
// the reason, so a reader can tell a figure forgotten from one refused on purpose.
struct left_out {
  const document* source = nullptr;
  std::string_view words;
  std::string_view reason;
  int occurrence = 0;
};

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
