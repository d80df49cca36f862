# Synopses that stay true: the synopsis at the top of each header is checked against its code
# (tests/synopsis/check_synopses.py), with this build's compiler; and a header whose synopsis
# has drifted (tests/synopsis/fixture) must be caught, name by name.
set(_synopsis_flags "")
foreach(_flag IN LISTS _user_flags)
  if(_flag MATCHES "^-[ID]")
    list(APPEND _synopsis_flags "--flag=${_flag}")
  endif()
endforeach()
file(GLOB _synopsis_headers CONFIGURE_DEPENDS
     "${PROJECT_SOURCE_DIR}/include/nevfacts/*.hpp"
     "${PROJECT_SOURCE_DIR}/include/nevfacts/detail/*.hpp"
     "${PROJECT_SOURCE_DIR}/include/nevfacts/reader/*.hpp"
     "${PROJECT_SOURCE_DIR}/data/include/nevfacts/data/china_nev/*.hpp")
set(_synopsis_script "${CMAKE_CURRENT_SOURCE_DIR}/synopsis/check_synopses.py")
foreach(_header IN LISTS _synopsis_headers)
  # A header with no synopsis (cxx20.hpp, one document's data) has nothing to check.
  file(STRINGS "${_header}" _has_synopsis REGEX "^// *Synopsis|^//.*[a-z]\\.hpp  ")
  if(NOT _has_synopsis)
    continue()
  endif()
  file(RELATIVE_PATH _relative "${PROJECT_SOURCE_DIR}" "${_header}")
  string(REGEX REPLACE "^(data/)?include/nevfacts/" "" _name "${_relative}")
  string(REGEX REPLACE "[/.]" "_" _name "${_name}")
  add_test(NAME synopsis.${_name}
           COMMAND ${Python3_EXECUTABLE} "${_synopsis_script}" "--compiler=${CMAKE_CXX_COMPILER}"
                   ${_synopsis_flags} "${_header}")
  set_tests_properties(synopsis.${_name} PROPERTIES LABELS synopsis)
endforeach()
set(_drifted "colour::blue (in the code)" size::huge box::depth box::volume crated make_crate
             "operator<<(std::ostream&, colour)" NEVFACTS_DRIFTED_GONE unpack)
list(JOIN _drifted ";" _drifted)
add_test(NAME synopsis.drifted_header_is_caught
         COMMAND ${Python3_EXECUTABLE} "${_synopsis_script}" "--compiler=${CMAKE_CXX_COMPILER}"
                 ${_synopsis_flags} "--flag=-I${CMAKE_CURRENT_SOURCE_DIR}/synopsis/fixture"
                 "--expect-missing=${_drifted}"
                 "${CMAKE_CURRENT_SOURCE_DIR}/synopsis/fixture/nevfacts/drifted.hpp")
set_tests_properties(synopsis.drifted_header_is_caught PROPERTIES LABELS synopsis)
