// nevfacts/detail/text.hpp -- character tests and a substring search for constant evaluation
//
// Synopsis (namespace nevfacts::detail)
//   constexpr char lower_ascii(char);   constexpr bool is_digit(char);
//   constexpr bool is_word_end(char);                  // not a letter or digit
//   struct word { const char* text; std::size_t size; };   // from a literal or a string_view
//   constexpr bool contains(std::string_view text, std::string_view part);
//   constexpr bool same_text(std::string_view, std::string_view);   // == in one step a character
//   constexpr const char* next_char(const char* s, std::size_t size, char c);   // or s + size
//   constexpr bool same_chars(const char* a, const char* b, std::size_t n);      // memcmp == 0
//   constexpr bool folded_span_without(const char* s, std::size_t size, const char* set,
//                                      std::size_t& n);   // strcspn, where it folds (GCC)
//
// Constant evaluation pays for every call and copy, so the hot loops here index raw pointers
// instead of calling std::string_view's members, and call nothing inside a loop. Measured on
// 1,000 quotes of about 90 characters: `contains` took about half the time of
// std::string_view::find with GCC 12 and a fifth with Clang 14. `next_char` lets the compiler
// search in one step, where a loop pays a step a character. Clang evaluates
// __builtin_char_memchr on any array it can read, bounded by the size, so it needs no guard (a
// guarded strchr walked the text twice, strlen a third time where the character was absent:
// 8.43 M Clang instructions a benchmark claim, 8.14 M with memchr and memcmp unguarded).
// GCC folds only on literals, so there a guard asks whether the answer is a constant, and where
// it is not (an array the evaluation built) the loop runs. GCC 12 folds strchr on a pointer
// into a literal wrongly (strchr("abcb" + 2, 'b') gives "abcb" + 3), so with GCC it is
// __builtin_strcspn with a one-character set, which GCC folds right. tests/unit's "text:"
// case holds both to the loop. `same_chars` does the same with
// __builtin_memcmp: GCC 12 pays about 25,000 instructions a character of a comparison loop,
// and about 70,000 for a folded memcmp of any length.
// Each function here asks __builtin_is_constant_evaluated() (GCC, Clang and MSVC have it):
// std::is_constant_evaluated() is a function around it, one more call each time.
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace nevfacts::detail {

constexpr char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_word_end(char c) {
  return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

#if !defined(__clang__)
// Each printable ASCII character as a string of its own, for GCC's __builtin_strcspn.
// clang-format off
inline constexpr char printable_strings[] =
    " \0" "!\0" "\"\0" "#\0" "$\0" "%\0" "&\0" "'\0" "(\0" ")\0" "*\0" "+\0" ",\0" "-\0" ".\0"
    "/\0" "0\0" "1\0" "2\0" "3\0" "4\0" "5\0" "6\0" "7\0" "8\0" "9\0" ":\0" ";\0" "<\0" "=\0"
    ">\0" "?\0" "@\0" "A\0" "B\0" "C\0" "D\0" "E\0" "F\0" "G\0" "H\0" "I\0" "J\0" "K\0" "L\0"
    "M\0" "N\0" "O\0" "P\0" "Q\0" "R\0" "S\0" "T\0" "U\0" "V\0" "W\0" "X\0" "Y\0" "Z\0" "[\0"
    "\\\0" "]\0" "^\0" "_\0" "`\0" "a\0" "b\0" "c\0" "d\0" "e\0" "f\0" "g\0" "h\0" "i\0" "j\0"
    "k\0" "l\0" "m\0" "n\0" "o\0" "p\0" "q\0" "r\0" "s\0" "t\0" "u\0" "v\0" "w\0" "x\0" "y\0"
    "z\0" "{\0" "|\0" "}\0" "~\0";
// clang-format on
#endif

constexpr const char* next_char(const char* s, std::size_t size, char c) {
#if defined(__clang__)
  if (__builtin_is_constant_evaluated()) {  // bounded by size: one pass, no terminator needed
    const char* found = __builtin_char_memchr(s, c, size);
    return found != nullptr ? found : s + size;
  }
#else  // GCC 12 folds strchr(s + k, c) to s + k + (c's index from the literal's start)
  if (__builtin_is_constant_evaluated() && c >= ' ' && c <= '~') {
    const char* one = printable_strings + 2 * (c - ' ');
    if (__builtin_constant_p(__builtin_strcspn(s, one))) {
      const std::size_t n = __builtin_strcspn(s, one);  // c's index, or where '\0' stands
      if (n >= size) return s + size;
      if (s[n] == c) return s + n;
    }
  }
#endif
  std::size_t i = 0;
  while (i < size && s[i] != c) ++i;
  return s + i;
}

// How many characters from s stand before one of `set` (a literal), within size, if the
// compiler can tell in one step: GCC 12 folds __builtin_strcspn on a literal. Clang 14 does not
// evaluate strcspn (one strchr a character of the set cost more Clang steps than the callers'
// loops on the benchmark's sentences), and at run time the loop is as fast: there, and where
// GCC cannot fold, the answer is false and the caller loops.
#if defined(__clang__)
inline constexpr bool spans_fold = false;
#else
inline constexpr bool spans_fold = true;  // in a constant evaluation, on literals
#endif
constexpr bool folded_span_without(const char* s, std::size_t size, const char* set,
                                   std::size_t& n) {
#if defined(__clang__)
  static_cast<void>(s), static_cast<void>(size), static_cast<void>(set), static_cast<void>(n);
  return false;
#else
  if (!__builtin_is_constant_evaluated() || !__builtin_constant_p(__builtin_strcspn(s, set)))
    return false;
  n = __builtin_strcspn(s, set);  // stops at '\0' too: one inside the view is not an answer
  if (n >= size) n = size;
  return n == size || s[n] != '\0';
#endif
}

constexpr bool same_chars(const char* a, const char* b, std::size_t n) {
#if defined(__clang__)
  if (__builtin_is_constant_evaluated()) return __builtin_memcmp(a, b, n) == 0;  // one pass
#else
  if (__builtin_is_constant_evaluated() && __builtin_constant_p(__builtin_memcmp(a, b, n)))
    return __builtin_memcmp(a, b, n) == 0;
#endif
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

struct word {
  const char* text;
  std::size_t size;

  template <std::size_t N>
  constexpr word(const char (&literal)[N])
      : text(literal), size(N - 1) {}  // NOLINT: literals convert
  constexpr word(std::string_view s) : text(s.data()), size(s.size()) {}
};

}  // namespace nevfacts::detail

namespace nevfacts {

// Text a claim is given: a literal, or anything that is a std::string_view. From a literal it
// is measured in one step (__builtin_strlen folds there), where std::string_view's constructor
// counts the characters one step at a time in a constant evaluation (libstdc++ 12's
// char_traits::length), for every id, quote and figure's words of every claim.
struct text_argument {
  std::string_view view{};

  constexpr text_argument() = default;
  template <std::size_t N>
  constexpr text_argument(const char (&literal)[N])  // NOLINT: a literal is text
      : view(literal, length_of(literal, N)) {}
  template <class S>
  requires(!std::is_array_v<S> &&
           std::is_convertible_v<const S&, std::string_view>) constexpr text_argument(const S& s)
      : view(s) {}  // NOLINT: so is a view, a string, a pointer
  constexpr operator std::string_view() const { return view; }  // NOLINT
  constexpr bool empty() const { return view.empty(); }

 private:
  static constexpr std::size_t length_of(const char* s, std::size_t capacity) {
    if (__builtin_is_constant_evaluated() && __builtin_constant_p(__builtin_strlen(s)))
      return __builtin_strlen(s);
    std::size_t n = 0;
    while (n < capacity && s[n] != '\0') ++n;
    return n;
  }
};

}  // namespace nevfacts

namespace nevfacts::detail {

constexpr bool contains(std::string_view text, std::string_view part) {
  const char* s = text.data();
  const char* p = part.data();
  const std::size_t n = part.size(), size = text.size();
  if (n == 0 || n > size) return n == 0;
  for (std::size_t i = 0, last = size - n; i <= last; ++i) {
    if (s[i] != p[0]) continue;
    std::size_t k = 1;
    while (k < n && s[i + k] == p[k]) ++k;
    if (k == n) return true;
  }
  return false;
}

// std::string_view's == costs several constexpr steps a character (Clang counts them against
// its limit); this loop costs one. At run time, one address is one text.
constexpr bool same_text(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  if (!__builtin_is_constant_evaluated()) return a.data() == b.data() || a == b;
  const char* p = a.data();
  const char* q = b.data();
  for (std::size_t k = 0; k < n; ++k)
    if (p[k] != q[k]) return false;
  return true;
}

}  // namespace nevfacts::detail

#endif  // NEVFACTS_CXX20
