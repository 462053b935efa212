# pnc_add_notices: compile privacy-notice sources with pnc as part of a CMake build, rebuilding a
# source's outputs only when something it was made from changed (the source, its locale
# catalogues, pnc's templates and data): pnc --depfile says what that is, CMake's DEPFILE reads it.
#
#   include(path/to/pnc/cmake/pnc.cmake)
#   pnc_add_notices(TARGET privacy_notices            # a target, built by `all`
#                   SOURCES notices/acme.json ...     # relative to CMAKE_CURRENT_SOURCE_DIR
#                   OUT_DIR ${CMAKE_BINARY_DIR}/site  # outputs: OUT_DIR/<stem>/notice.<locale>.<ext>
#                   [PNC /path/to/pnc]                # default: find_program(pnc)
#                   [OPTIONS --format html ...])      # more `pnc build` options
#
# Needs CMake 3.20+ (DEPFILE with Makefile generators) and works with Ninja too. Each source gets
# a stamp file as its one declared output (pnc decides the output names from the locales inside
# the source); the depfile pnc writes is rewritten to name that stamp.
set(_PNC_CMAKE_DIR "${CMAKE_CURRENT_LIST_DIR}")

function(pnc_add_notices)
  cmake_parse_arguments(PARSE_ARGV 0 ARG "" "TARGET;OUT_DIR;PNC" "SOURCES;OPTIONS")
  if(NOT ARG_TARGET OR NOT ARG_SOURCES OR NOT ARG_OUT_DIR)
    message(FATAL_ERROR "pnc_add_notices needs TARGET, SOURCES and OUT_DIR")
  endif()
  if(CMAKE_VERSION VERSION_LESS 3.20)
    message(FATAL_ERROR "pnc_add_notices needs CMake 3.20 or later (DEPFILE for custom commands)")
  endif()
  set(pnc "${ARG_PNC}")
  if(NOT pnc)
    find_program(PNC_EXECUTABLE pnc REQUIRED)
    set(pnc "${PNC_EXECUTABLE}")
  endif()
  get_filename_component(out "${ARG_OUT_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  set(work "${CMAKE_CURRENT_BINARY_DIR}/pnc/${ARG_TARGET}")
  set(stamps)
  foreach(src IN LISTS ARG_SOURCES)
    get_filename_component(src_abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    get_filename_component(stem "${src}" NAME_WLE)
    set(stamp "${work}/${stem}.stamp")
    set(dep "${work}/${stem}.d")
    add_custom_command(
      OUTPUT "${stamp}"
      COMMAND "${pnc}" build "${src_abs}" --out "${out}" --depfile "${dep}.pnc" ${ARG_OPTIONS}
      COMMAND "${CMAKE_COMMAND}" "-DIN=${dep}.pnc" "-DOUT=${dep}" "-DSTAMP=${stamp}"
              -P "${_PNC_CMAKE_DIR}/pnc_depfile.cmake"
      COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
      DEPENDS "${src_abs}" "${pnc}"
      DEPFILE "${dep}"
      COMMENT "pnc: compiling ${src}"
      VERBATIM)
    list(APPEND stamps "${stamp}")
  endforeach()
  add_custom_target(${ARG_TARGET} ALL DEPENDS ${stamps})
endfunction()
