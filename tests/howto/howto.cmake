# The how-tos' code is compiled (and run), so that it cannot drift from the library: each
# docs/howto-*.md's ```cpp blocks in order, one translation unit each, as the README's are.
file(GLOB _howtos CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/docs/howto-*.md")
foreach(_howto IN LISTS _howtos)
  get_filename_component(_name "${_howto}" NAME_WE)
  string(REPLACE "-" "_" _name "${_name}")
  set(_source "${CMAKE_CURRENT_BINARY_DIR}/${_name}.cpp")
  add_custom_command(OUTPUT "${_source}"
                     COMMAND ${Python3_EXECUTABLE} "${PROJECT_SOURCE_DIR}/tests/readme/extract_snippets.py"
                             "${_howto}" "${_source}"
                     DEPENDS "${_howto}" "${PROJECT_SOURCE_DIR}/tests/readme/extract_snippets.py")
  add_executable(${_name} "${_source}")
  target_link_libraries(${_name} PRIVATE nevfacts::nevfacts nevfacts_warnings)
  add_test(NAME docs.${_name} COMMAND ${_name})
  set_tests_properties(docs.${_name} PROPERTIES LABELS docs)
endforeach()
