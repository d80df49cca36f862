# A TU below C++20 must fail with exactly one error, the one that names the language level.
#   cmake -DCOMPILER=<c++> -DSOURCE=<file.cpp> -DFLAGS=<flag|flag|...> -P one_error.cmake
string(REPLACE "|" ";" _flags "${FLAGS}")
execute_process(COMMAND "${COMPILER}" ${_flags} -fsyntax-only "${SOURCE}"
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
set(_diag "${_out}${_err}")
string(REGEX MATCHALL "error:" _errors "${_diag}")
list(LENGTH _errors _count)
if(_rc EQUAL 0 OR NOT _count EQUAL 1 OR NOT _diag MATCHES "nevfacts needs C\\+\\+20")
  message("${_diag}")
  message(FATAL_ERROR "expected exactly one error naming C++20, got ${_count} (rc=${_rc})")
endif()
message(STATUS "one error, as expected: nevfacts needs C++20")
