// nevfacts/detail/join.hpp -- one std::array from several, in a constant expression
//
// Synopsis (namespace nevfacts)
//   template <class T, std::size_t... N>
//   constexpr std::array<T, (N + ...)> join(const std::array<T, N>&... parts);
#pragma once

#include <nevfacts/detail/cxx20.hpp>
#if NEVFACTS_CXX20

#include <algorithm>
#include <array>
#include <cstddef>

namespace nevfacts {

template <class T, std::size_t... N>
constexpr std::array<T, (N + ...)> join(const std::array<T, N>&... parts) {
  std::array<T, (N + ...)> all{};
  std::size_t at = 0;
  ((std::copy(parts.begin(), parts.end(), all.begin() + static_cast<std::ptrdiff_t>(at)), at += N),
   ...);
  return all;
}

}  // namespace nevfacts

#endif  // NEVFACTS_CXX20
