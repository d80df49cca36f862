// nevfacts/reader.hpp -- a figure's words read into one reading, alone or in their sentence
//
// Synopsis (namespace nevfacts)
//   constexpr reading read_words(std::string_view words);
//   constexpr reading read_words(std::string_view words, std::string_view sentence,
//                                int occurrence = 0);   // 1-based; 0: the first place, and
//                                                       // words that stand twice must read alike
//   constexpr std::size_t find_words(std::string_view sentence, std::string_view words,
//                                    int occurrence = 0);   // as whole words, or npos
//
//   static_assert(read_words("up 5.1 percent").sign == +1);
//   static_assert(read_words("37.9%", "an increase of 35.8% and 37.9% respectively").sign == +1);
//
// The reader in parts (ctre keeps its grammar, engine and actions apart; so does this):
//   reader/lexicon.hpp   every word, with what it means           (the one table of words)
//   reader/tokens.hpp    the text read once into tokens            (numbers, words, symbols)
//   reader/grammar.hpp   tokens into a reading, a rule a construct (and reader/noun.hpp)
//   reader/sentence.hpp  what the sentence adds                    (and reader/compound.hpp)
//   reader/interval.hpp  the reading into an interval, once        (and reader/value.hpp)
//   reader/words.hpp     words that are values: ranks, directions, days, years, weekdays
// What the words mean: README.md, "What the words mean" (the table there is the reference).
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/reader/compound.hpp>
#include <nevfacts/reader/grammar.hpp>
#include <nevfacts/reader/interval.hpp>
#include <nevfacts/reader/reading.hpp>
#include <nevfacts/reader/sentence.hpp>
#include <nevfacts/reader/words.hpp>

#include <string_view>

namespace nevfacts {

constexpr reading read_words(std::string_view words) {
  return reader::read_figure(words, 0, words.size());
}

constexpr std::size_t find_words(std::string_view sentence, std::string_view words,
                                 int occurrence = 0) {
  return reader::find_words_in(sentence, words, occurrence).at;
}

namespace reader::detail {
constexpr reading read_at(std::string_view sentence, std::size_t at, std::size_t size) {
  reading r = read_figure(sentence, at, at + size);
  if (r.ok()) complete_from_sentence(r, sentence);
  return r;
}
constexpr bool read_alike(const reading& a, const reading& b) {
  return a.ok() == b.ok() && a.sign == b.sign && a.how == b.how && a.unit == b.unit &&
         a.basis == b.basis && same_text(a.head, b.head);
}
}  // namespace reader::detail

constexpr reading read_words(std::string_view words, std::string_view sentence,
                             int occurrence = 0) {
  const reader::found_words found = reader::find_words_in(sentence, words, occurrence);
  if (found.at == std::string_view::npos) {
    reading r;
    refuse(r, refusal::words_not_in_sentence);
    return r;
  }
  reading r = reader::detail::read_at(sentence, found.at, words.size());
  if (!r.ok() || occurrence != 0 || found.other == std::string_view::npos) return r;
  // The words stand twice: both places must read alike, or say which is meant (nth).
  const reading other = reader::detail::read_at(sentence, found.other, words.size());
  if (!reader::detail::read_alike(r, other)) refuse(r, refusal::words_read_differently_in_sentence);
  return r;
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
