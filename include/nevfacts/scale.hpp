// nevfacts/scale.hpp -- scale words, so a figure is written the way its source writes it
//
// Synopsis (namespace nevfacts)
//   inline constexpr double thousand, million, billion, trillion;   // 1e3 1e6 1e9 1e12
//   inline constexpr double wan, yi;                                // 1e4 (万) and 1e8 (亿)
//   struct scale_word { std::string_view word; double factor; };
//   inline constexpr scale_word scale_words[];                      // for parsing and printing
//
//   9.5 * million * units::items;  1.2 * wan * units::items;  231.84 * billion * units::yuan
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <string_view>

namespace nevfacts {

inline constexpr double thousand = 1e3;
inline constexpr double million = 1e6;
inline constexpr double billion = 1e9;
inline constexpr double trillion = 1e12;
inline constexpr double wan = 1e4;
inline constexpr double yi = 1e8;

struct scale_word {
  std::string_view word;
  double factor;
};

// Longest words first, so a parser that takes the first match takes "hundred million"
// before "hundred" would be tried.
inline constexpr scale_word scale_words[] = {
    {"hundred million", yi}, {"ten thousand", wan},  {"thousand", thousand}, {"million", million},
    {"billion", billion},    {"trillion", trillion}, {"wan", wan},           {"yi", yi},
};

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
