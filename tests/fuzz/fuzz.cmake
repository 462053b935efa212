# libFuzzer targets (issue 7). Two ways to use them:
#  - every build: <target>_replay runs the target over the seeds and tests/fuzz/regressions/<target>/
#    (ctest fuzz-replay/<target>), so past crashes stay fixed without clang;
#  - a separate clang build, -DPNC_FUZZ=ON (see scripts/test.sh): <target>_fuzz are real libFuzzer
#    binaries, and ctest fuzz/<target> fuzzes each for PNC_FUZZ_SECONDS (default 60). pnc_core is then
#    built with -fsanitize=fuzzer-no-link so coverage guides the fuzzer. Never needed by the gcc build.
option(PNC_FUZZ "Build libFuzzer targets (needs clang)" OFF)
set(PNC_FUZZ_SECONDS 60 CACHE STRING "seconds each fuzz/<target> test fuzzes for")

set(PNC_FUZZ_TARGETS source_lint markdown_html draft_lint draft_markup)
# Seeds: folders searched recursively; libFuzzer reads them, the replay runs them.
set(PNC_FUZZ_SEEDS_source_lint ${CMAKE_CURRENT_SOURCE_DIR}/notices ${CMAKE_CURRENT_SOURCE_DIR}/tests/cases
    ${CMAKE_CURRENT_SOURCE_DIR}/tests/schema)
set(PNC_FUZZ_SEEDS_markdown_html ${CMAKE_CURRENT_SOURCE_DIR}/tests/drafts ${CMAKE_CURRENT_SOURCE_DIR}/notices)
set(PNC_FUZZ_SEEDS_draft_lint ${CMAKE_CURRENT_SOURCE_DIR}/tests/drafts)
# HTML and .docx XML (first byte: 0 HTML, 1 XML): the readers of hostile markup (issue 13).
set(PNC_FUZZ_SEEDS_draft_markup ${CMAKE_CURRENT_SOURCE_DIR}/tests/fuzz/seeds/draft_markup)

if(PNC_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PNC_FUZZ=ON needs clang: configure with CC=clang CXX=clang++")
  endif()
  target_compile_options(pnc_core PRIVATE -fsanitize=fuzzer-no-link)
endif()

foreach(t ${PNC_FUZZ_TARGETS})
  set(regressions)
  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/tests/fuzz/regressions/${t})
    set(regressions ${CMAKE_CURRENT_SOURCE_DIR}/tests/fuzz/regressions/${t})
  endif()
  if(PNC_FUZZ)
    add_executable(${t}_fuzz tests/fuzz/${t}_fuzz.cc)
    target_compile_options(${t}_fuzz PRIVATE -fsanitize=fuzzer)
    target_link_options(${t}_fuzz PRIVATE -fsanitize=fuzzer)
    target_link_libraries(${t}_fuzz PRIVATE pnc_core)
    set(corpus ${CMAKE_CURRENT_BINARY_DIR}/fuzz-corpus/${t})
    set(artifacts ${CMAKE_CURRENT_BINARY_DIR}/fuzz-artifacts/${t})
    file(MAKE_DIRECTORY ${corpus} ${artifacts})
    # The first folder is where libFuzzer keeps new inputs; the rest are read-only seeds.
    add_test(NAME fuzz/${t} COMMAND ${t}_fuzz -max_total_time=${PNC_FUZZ_SECONDS} -timeout=25 -rss_limit_mb=3072
             -max_len=65536 -print_final_stats=1 -artifact_prefix=${artifacts}/ ${corpus} ${regressions}
             ${PNC_FUZZ_SEEDS_${t}})
    math(EXPR fuzz_timeout "${PNC_FUZZ_SECONDS} * 3 + 120")
    set_tests_properties(fuzz/${t} PROPERTIES TIMEOUT ${fuzz_timeout} LABELS fuzz)
  else()
    add_executable(${t}_replay tests/fuzz/${t}_fuzz.cc tests/fuzz/replay_main.cc)
    target_link_libraries(${t}_replay PRIVATE pnc_core)
    add_test(NAME fuzz-replay/${t} COMMAND ${t}_replay ${regressions} ${PNC_FUZZ_SEEDS_${t}})
    set_tests_properties(fuzz-replay/${t} PROPERTIES TIMEOUT 300)
  endif()
endforeach()
