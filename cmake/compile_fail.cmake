# Compile-fail test runner (cmake -P script).
#
#   cmake -DCOMPILER=<c++> -DSOURCE=<file.fail.cpp> -DFLAGS=<flag|flag|...>
#         [-DCONTROL=ON] -P compile_fail.cmake
#
# FLAGS is a '|'-separated list (avoids ';' quoting problems in add_test).
#
# Normal mode: the compile must FAIL and its diagnostics (stdout+stderr) must
# match every regex given in the source on lines of the form
#     // expect-error: <CMake regex>
# CONTROL mode: the same file compiled with -DNEVFACTS_CONTROL must SUCCEED
# (the misuse sits inside #ifndef NEVFACTS_CONTROL).
#
# Regexes use CMake regex syntax (no \d, no {n}, no lazy quantifiers); '|',
# '()', '[]', '*', '+', '?', '^', '$' and '.' are fine.

foreach(_v COMPILER SOURCE)
  if(NOT DEFINED ${_v} OR "${${_v}}" STREQUAL "")
    message(FATAL_ERROR "compile_fail.cmake: -D${_v}=... is required")
  endif()
endforeach()
if(NOT EXISTS "${SOURCE}")
  message(FATAL_ERROR "compile_fail.cmake: source not found: ${SOURCE}")
endif()

set(_flags "")
if(DEFINED FLAGS AND NOT "${FLAGS}" STREQUAL "")
  string(REPLACE "|" ";" _flags "${FLAGS}")
endif()
if(CONTROL)
  list(APPEND _flags "-DNEVFACTS_CONTROL")
endif()

execute_process(
  COMMAND "${COMPILER}" ${_flags} "${SOURCE}"
  RESULT_VARIABLE _rc
  OUTPUT_VARIABLE _out
  ERROR_VARIABLE  _err)
set(_diag "${_out}${_err}")

# Print the first n lines of text (string ops only: diagnostics contain '[', ']'
# and ';', which CMake lists would mangle).
function(_print_head text n)
  set(_rest "${text}")
  set(_head "")
  set(_i 0)
  while(_i LESS n AND NOT "${_rest}" STREQUAL "")
    string(FIND "${_rest}" "\n" _nl)
    if(_nl EQUAL -1)
      string(APPEND _head "${_rest}")
      set(_rest "")
    else()
      math(EXPR _next "${_nl} + 1")
      string(SUBSTRING "${_rest}" 0 ${_next} _line)
      string(APPEND _head "${_line}")
      string(SUBSTRING "${_rest}" ${_next} -1 _rest)
    endif()
    math(EXPR _i "${_i} + 1")
  endwhile()
  if(NOT "${_rest}" STREQUAL "")
    string(APPEND _head "... (truncated after ${n} lines)\n")
  endif()
  message("${_head}")
endfunction()

string(REPLACE "|" " " _cmdline "${COMPILER} ${FLAGS}")
if(CONTROL)
  if(NOT _rc EQUAL 0)
    message("Control compile (with -DNEVFACTS_CONTROL) FAILED, rc=${_rc}:\n  ${_cmdline} -DNEVFACTS_CONTROL ${SOURCE}\n--- diagnostics ---")
    _print_head("${_diag}" 40)
    message(FATAL_ERROR "compile_fail control: ${SOURCE} must compile with -DNEVFACTS_CONTROL")
  endif()
  message(STATUS "control compile OK: ${SOURCE}")
  return()
endif()

if(_rc EQUAL 0)
  message("Command: ${_cmdline} ${SOURCE}")
  if(NOT "${_diag}" STREQUAL "")
    _print_head("${_diag}" 40)
  endif()
  message(FATAL_ERROR "compile_fail: ${SOURCE} compiled successfully but must NOT compile")
endif()

# Collect '// expect-error: <regex>' lines without going through CMake lists
# (regexes may contain ';', '[' or ']', which lists mangle).
file(READ "${SOURCE}" _src)
string(REPLACE "\r" "" _src "${_src}")
set(_rest "${_src}")
set(_count 0)
set(_missing "")
set(_marker "// expect-error:")
string(LENGTH "${_marker}" _mlen)
while(NOT "${_rest}" STREQUAL "")
  string(FIND "${_rest}" "\n" _nl)
  if(_nl EQUAL -1)
    set(_line "${_rest}")
    set(_rest "")
  else()
    string(SUBSTRING "${_rest}" 0 ${_nl} _line)
    math(EXPR _next "${_nl} + 1")
    string(SUBSTRING "${_rest}" ${_next} -1 _rest)
  endif()
  string(STRIP "${_line}" _line)
  string(FIND "${_line}" "${_marker}" _pos)
  if(NOT _pos EQUAL 0)
    continue()
  endif()
  string(SUBSTRING "${_line}" ${_mlen} -1 _re)
  string(STRIP "${_re}" _re)
  if("${_re}" STREQUAL "")
    continue()
  endif()
  math(EXPR _count "${_count} + 1")
  if(NOT "${_diag}" MATCHES "${_re}")
    string(APPEND _missing "\n  expect-error: ${_re}")
  endif()
endwhile()

if(_count EQUAL 0)
  message(FATAL_ERROR "compile_fail: ${SOURCE} has no '// expect-error: <regex>' line")
endif()

if(NOT "${_missing}" STREQUAL "")
  message("Command: ${_cmdline} ${SOURCE} (rc=${_rc})\nThese expected diagnostics were NOT found:${_missing}\n--- diagnostics (first 40 lines) ---")
  _print_head("${_diag}" 40)
  message(FATAL_ERROR "compile_fail: ${SOURCE} failed to compile, but not with the expected error")
endif()

message(STATUS "compile failed as expected (${_count} expect-error pattern(s) matched): ${SOURCE}")
