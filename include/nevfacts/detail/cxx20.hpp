// nevfacts/detail/cxx20.hpp -- one readable error, not hundreds, when a build is below C++20
//
// Every nevfacts header includes this first and compiles its body only under C++20, so a
// translation unit built as C++17 sees one line: "nevfacts needs C++20".
#pragma once

#if defined(_MSVC_LANG) && _MSVC_LANG > __cplusplus
#define NEVFACTS_CPLUSPLUS _MSVC_LANG
#else
#define NEVFACTS_CPLUSPLUS __cplusplus
#endif

#if NEVFACTS_CPLUSPLUS < 202002L
#error "nevfacts needs C++20: compile with -std=c++20 (or later)"
#define NEVFACTS_CXX20 0
#else
#define NEVFACTS_CXX20 1
#endif
