// nevfacts/reader/cursor.hpp -- the grammar's view of the tokens: where it is, what comes next
//
// Synopsis (namespace nevfacts::reader)
//   inline constexpr std::size_t max_tokens = 40;   // more tokens in a figure's words: refused
//   struct cursor {
//     const char* text; tokens<max_tokens> list; std::size_t i; reading r;
//     constexpr cursor(std::string_view text, std::size_t begin, std::size_t end);
//     constexpr const token& at(std::size_t ahead = 0) const;   // an end token past the last
//     constexpr void next();  constexpr bool done() const;
//     constexpr bool word(const char* lower, std::size_t ahead = 0) const;  // that very word
//     constexpr std::string_view text_of(const token&) const;
//   };
//
// The cursor is the one piece of state the grammar's rules share (nevfacts/reader/grammar.hpp):
// each rule reads tokens at `i`, moves past what it takes, and fills fields of `r`.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <nevfacts/reader/reading.hpp>
#include <nevfacts/reader/tokens.hpp>

#include <cstddef>
#include <string_view>

namespace nevfacts::reader {

inline constexpr std::size_t max_tokens = 40;

struct cursor {
  const char* text;
  std::size_t size;  // of the whole text (the sentence, or the words alone)
  tokens<max_tokens> list;
  token end_token{};
  std::size_t i = 0;
  int scale_power = 0;  // the figure's scale word, which a range's first number may share
  reading r{};

  constexpr cursor(std::string_view t, std::size_t begin, std::size_t end)
      : text(t.data()), size(t.size()), list(tokenize<max_tokens>(t, begin, end)) {
    end_token.begin = end_token.end = end;
    r.begin = begin;
    r.end = end;
    if (list.overflow) refuse(r, refusal::number_after_figure);
  }

  constexpr const token& at(std::size_t ahead = 0) const {
    return i + ahead < list.size ? list.items[i + ahead] : end_token;
  }
  constexpr void next() { ++i; }
  constexpr bool done() const { return i >= list.size; }
  constexpr bool word(const char* lower, std::size_t ahead = 0) const {
    return same_word(text, at(ahead), lower);
  }
  constexpr std::string_view text_of(const token& t) const {
    return std::string_view(text + t.begin, t.end - t.begin);
  }
};

}  // namespace nevfacts::reader

#endif  // NEVFACTS_CXX20
