// The short road and the general reader agree: nevfacts::parse_phrase reads the common shapes
// of a figure ("7.062 million units", "up 5.1 percent") with detail::read_plain and leaves the
// rest to detail::parse_in_full. Where the short road answers, its answer must be the general
// reader's, field by field and bit by bit (the same views into the same words). The corpus test
// checks that on every phrase of its files, the fuzz target on every input.
#pragma once

#include <nevfacts/phrase.hpp>

#include <bit>
#include <cstdint>
#include <string_view>

namespace nevfacts_tests {

inline bool same_bits(double a, double b) {
  return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}
inline bool same_view(std::string_view a, std::string_view b) {
  return a.data() == b.data() && a.size() == b.size();
}

inline bool identical_reading(const nevfacts::parsed_phrase& a, const nevfacts::parsed_phrase& b) {
  return same_bits(a.value.lo, b.value.lo) && same_bits(a.value.hi, b.value.hi) &&
         same_bits(a.stated, b.stated) && same_bits(a.last_place, b.last_place) && a.how == b.how &&
         a.unit == b.unit && a.sign == b.sign && same_view(a.noun, b.noun) &&
         same_view(a.context_noun, b.context_noun) && same_view(a.after_number, b.after_number) &&
         a.whole_count == b.whole_count && a.sign_from_sentence == b.sign_from_sentence &&
         a.level_stated == b.level_stated && a.signed_number == b.signed_number &&
         a.reason == b.reason && a.error == b.error;
}

// Whether the short road takes the words, and if it does, whether it reads them as the general
// reader does.
struct short_road_result {
  bool taken = false;
  bool agrees = true;
};
inline short_road_result compare_short_road(std::string_view words) {
  nevfacts::parsed_phrase plain;
  if (!nevfacts::detail::read_plain(words, plain)) return {};
  return {true, identical_reading(plain, nevfacts::detail::parse_in_full(words))};
}

}  // namespace nevfacts_tests
