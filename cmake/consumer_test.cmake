# Consumer test driver (cmake -P script). Modes:
#
#   -DMODE=install    -DBUILD_TREE=<nevfacts build dir> -DPREFIX=<dir>
#       Fresh `cmake --install` of the build tree into PREFIX.
#
#   -DMODE=build      -DSOURCE_DIR=<consumer project> -DBINARY_DIR=<dir>
#                     -DCMAKE_CXX_COMPILER=<c++> [-DGENERATOR=<gen>]
#                     [-DMAKE_PROGRAM=<prog>] [-DCONFIGURE_ARGS=<-Dx=y|-Dz=w>]
#       Fresh configure + build of the consumer, then runs BINARY_DIR/consumer.
#
#   -DMODE=pkg_config -DPC_DIR=<dir> -DPACKAGE=<nevfacts-core|...> -DINCLUDE_DIR=<dir>
#                     -DCXX=<c++> -DMAIN_CPP=<file> -DBINARY_DIR=<dir> [-DDEFINES=<-Dx|-Dy>]
#       `pkg-config --cflags PACKAGE` must name INCLUDE_DIR; MAIN_CPP is compiled with
#       -std=c++20 (README: a pkg-config user names the language level) and those flags,
#       and the program is run.

function(run_checked)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "command failed (rc=${rc}):\n  ${cmd}")
  endif()
endfunction()

if(MODE STREQUAL "install")
  file(REMOVE_RECURSE "${PREFIX}")
  run_checked("${CMAKE_COMMAND}" --install "${BUILD_TREE}" --prefix "${PREFIX}")

elseif(MODE STREQUAL "build")
  file(REMOVE_RECURSE "${BINARY_DIR}")
  set(args -S "${SOURCE_DIR}" -B "${BINARY_DIR}"
           "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}")
  if(GENERATOR)
    list(APPEND args -G "${GENERATOR}")
  endif()
  if(MAKE_PROGRAM)
    list(APPEND args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
  endif()
  if(CONFIGURE_ARGS)
    string(REPLACE "|" ";" extra "${CONFIGURE_ARGS}")
    list(APPEND args ${extra})
  endif()
  run_checked("${CMAKE_COMMAND}" ${args})
  run_checked("${CMAKE_COMMAND}" --build "${BINARY_DIR}")
  run_checked("${BINARY_DIR}/consumer")

elseif(MODE STREQUAL "pkg_config")
  find_program(PKG_CONFIG_EXECUTABLE NAMES pkg-config pkgconf REQUIRED)
  if(NOT EXISTS "${PC_DIR}/${PACKAGE}.pc")
    message(FATAL_ERROR "${PACKAGE}.pc not installed in ${PC_DIR}")
  endif()
  set(ENV{PKG_CONFIG_PATH} "${PC_DIR}")
  execute_process(COMMAND "${PKG_CONFIG_EXECUTABLE}" --cflags "${PACKAGE}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE cflags ERROR_VARIABLE err
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pkg-config --cflags ${PACKAGE} failed (rc=${rc}): ${err}")
  endif()
  message(STATUS "pkg-config --cflags ${PACKAGE}: ${cflags}")
  separate_arguments(flags UNIX_COMMAND "${cflags}")
  file(REAL_PATH "${INCLUDE_DIR}" want)
  set(found OFF)
  foreach(f IN LISTS flags)
    if(f MATCHES "^-I(.+)$")
      file(REAL_PATH "${CMAKE_MATCH_1}" got)
      if(got STREQUAL want)
        set(found ON)
      endif()
    endif()
  endforeach()
  if(NOT found)
    message(FATAL_ERROR "pkg-config --cflags ${PACKAGE} (${cflags}) does not name ${INCLUDE_DIR}")
  endif()
  set(defines "")
  if(DEFINES)
    string(REPLACE "|" ";" defines "${DEFINES}")
  endif()
  file(MAKE_DIRECTORY "${BINARY_DIR}")
  run_checked("${CXX}" -std=c++20 -Wall -Wextra -Werror ${flags} ${defines} "${MAIN_CPP}" -o "${BINARY_DIR}/consumer")
  run_checked("${BINARY_DIR}/consumer")

else()
  message(FATAL_ERROR "consumer_test.cmake: unknown MODE '${MODE}'")
endif()
