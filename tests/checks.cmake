# Proof under load and bad input (issue 7): real-browser accessibility, PDF checks with poppler,
# generated bad inputs, depfile/CMake incremental builds, and fuzz targets. Included by tests.cmake.
set(PNC_SRC ${CMAKE_CURRENT_SOURCE_DIR})

# axe-core WCAG 2.0–2.2 A/AA and 320 px reflow in Debian's Chromium. The HTML is the same in a
# sanitizer build, so only the ordinary build runs it.
if(NOT PNC_SANITIZE)
  add_test(NAME checks/browser
           COMMAND bash ${PNC_SRC}/tests/browser/run.sh $<TARGET_FILE:pnc> ${PNC_SRC} ${PNC_SRC}/out/screenshots)
  set_tests_properties(checks/browser PROPERTIES TIMEOUT 600)
endif()

# Every in-page link of every output (all examples, locales, audiences, bilingual pairs,
# fragments) reaches an anchor, and no anchor is given twice. The same in a sanitizer build.
if(NOT PNC_SANITIZE)
  add_test(NAME checks/anchors COMMAND bash ${PNC_SRC}/tests/anchors/check.sh $<TARGET_FILE:pnc> ${PNC_SRC})
  set_tests_properties(checks/anchors PROPERTIES TIMEOUT 300)
endif()

# Every example → PDF → pdffonts/pdfinfo/pdftohtml/pdftotext. Skipped (77) until the PDF format is registered.
add_test(NAME checks/pdf COMMAND bash ${PNC_SRC}/tests/pdf/check.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/pdf PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)
# The bilingual PDF (--bilingual cy,en): halves, outline, language jump, /Lang (issue 16).
add_test(NAME checks/pdf-bilingual COMMAND bash ${PNC_SRC}/tests/pdf/bilingual.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/pdf-bilingual PROPERTIES TIMEOUT 120)

# A --preview build: "Draft" in the PDF Title and XMP and the HTML <title>; the PDF's draft mark is
# a ruled box (issue 11 follow-up).
add_test(NAME checks/pdf-preview COMMAND bash ${PNC_SRC}/tests/pdf/preview.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/pdf-preview PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)

# Bad inputs too big to commit (50 MB, 100,000-deep nesting, …) and write failures; the small ones
# are golden cases under tests/cases/bad/.
add_test(NAME checks/bad-input COMMAND bash ${PNC_SRC}/tests/bad/run.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/bad-input PROPERTIES TIMEOUT 600)

# Under a tight ulimit -v, libharu and espeak-ng run in a child process: a crash there is a clean
# exit 70 naming the output, and out/ is left alone (driver/isolate.cc).
add_test(NAME checks/isolate COMMAND bash ${PNC_SRC}/tests/bad/isolate.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/isolate PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)

# What out/ guarantees: planted links, kill -9 mid-build, full disk (tmpfs, root), write errors.
add_test(NAME checks/outputs COMMAND bash ${PNC_SRC}/tests/bad/outputs.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/outputs PROPERTIES TIMEOUT 300)

# --depfile and cmake/pnc.cmake: a tiny project rebuilds only what changed.
add_test(NAME checks/depfile
         COMMAND bash ${PNC_SRC}/tests/depfile/run.sh $<TARGET_FILE:pnc> ${PNC_SRC} ${CMAKE_COMMAND})
set_tests_properties(checks/depfile PROPERTIES TIMEOUT 300)

# SARIF from both writers against the 2.1.0 schema (python3-jsonschema; skipped without it).
add_test(NAME checks/sarif COMMAND bash ${PNC_SRC}/tests/sarif/check.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/sarif PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)
# The Article 30 record (XLSX via openpyxl, CSV) and the DPV JSON-LD (pyld, DPV 2.3 term list)
# read back and compared with each example source (issue 17).
add_test(NAME checks/exports COMMAND bash ${PNC_SRC}/tests/export/run.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/exports PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)

# pnc diff --since: git run safely in the source's work tree (issue 17).
add_test(NAME checks/diff-since COMMAND bash ${PNC_SRC}/tests/diff/since.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/diff-since PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)

# The C++ is formatted with the tree's .clang-format (issue 15); scripts/format.sh fixes it.
if(NOT PNC_SANITIZE)
  add_test(NAME checks/format COMMAND bash ${PNC_SRC}/scripts/format.sh --check)
  set_tests_properties(checks/format PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)
endif()

include(${PNC_SRC}/tests/fuzz/fuzz.cmake)

# The shipped PO file still matches the Welsh example it was made from (user test s27 F18). Before the
# sanitizer block, so that the sanitizer options reach it too.
add_test(NAME checks/shipped-po COMMAND bash ${PNC_SRC}/tests/translate/shipped_po.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/shipped-po PROPERTIES TIMEOUT 60)

# Sanitizer builds: any report fails the test; leaks inside system libraries are suppressed one by
# one in tests/sanitize/lsan.supp (each with its reason), not by turning leak detection off.
if(PNC_SANITIZE)
  # Reports with function names and lines (llvm-16 ships llvm-symbolizer-16).
  find_program(PNC_SYMBOLIZER NAMES llvm-symbolizer-16 llvm-symbolizer)
  get_property(pnc_all_tests DIRECTORY PROPERTY TESTS)
  set_property(TEST ${pnc_all_tests} APPEND PROPERTY ENVIRONMENT
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
    "LSAN_OPTIONS=suppressions=${PNC_SRC}/tests/sanitize/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${PNC_SRC}/tests/sanitize/ubsan.supp")
  set_property(TEST checks/bad-input APPEND PROPERTY ENVIRONMENT "PNC_TIME_SCALE=5" "PNC_SANITIZED=1")
  set_tests_properties(checks/bad-input PROPERTIES TIMEOUT 1500)
  set_property(TEST checks/isolate APPEND PROPERTY ENVIRONMENT "PNC_SANITIZED=1")
  if(PNC_SYMBOLIZER)
    set_property(TEST ${pnc_all_tests} APPEND PROPERTY ENVIRONMENT "ASAN_SYMBOLIZER_PATH=${PNC_SYMBOLIZER}")
  endif()
endif()

# Install, relocate and package (issue 18): tests/install/check.sh; the dpkg -i round trip is
# scripts/check-deb.sh (it changes the machine's packages, so it is not part of the suite).
if(NOT PNC_SANITIZE)
  add_test(NAME checks/install
           COMMAND bash ${PNC_SRC}/tests/install/check.sh $<TARGET_FILE:pnc> ${PNC_SRC} ${CMAKE_BINARY_DIR} ${CMAKE_COMMAND})
  set_tests_properties(checks/install PROPERTIES TIMEOUT 300)
endif()

# The pre-commit hooks and CI snippets (issue 18) run as their tools would run them.
add_test(NAME checks/ci COMMAND bash ${PNC_SRC}/tests/ci/check.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/ci PROPERTIES TIMEOUT 120)
# The progress line on a terminal (a pty from util-linux script), and none on a pipe (issue 18).
add_test(NAME checks/progress COMMAND bash ${PNC_SRC}/tests/ci/progress.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/progress PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)

# A Release build prints no compiler warnings (user test s27 F20): units that once warned, recompiled.
if(CMAKE_BUILD_TYPE STREQUAL "Release" AND NOT PNC_SANITIZE)
  add_test(NAME checks/warnings COMMAND bash ${PNC_SRC}/tests/ci/warnings.sh ${CMAKE_BINARY_DIR} ${PNC_SRC})
  set_tests_properties(checks/warnings PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)
endif()

# pnc init --from on the real notices of ../shared (skipped when absent), with figures (issue 18).
add_test(NAME checks/init-real COMMAND bash ${PNC_SRC}/tests/init/real.sh $<TARGET_FILE:pnc> ${PNC_SRC})
set_tests_properties(checks/init-real PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)

# pnc watch and --serve (issue 18): rebuild on save, last good outputs kept, safe paths, and a
# page reloading in Chromium. Runs after checks/browser, which installs playwright-core.
if(NOT PNC_SANITIZE)
  add_test(NAME checks/watch COMMAND bash ${PNC_SRC}/tests/watch/check.sh $<TARGET_FILE:pnc> ${PNC_SRC})
  set_tests_properties(checks/watch PROPERTIES TIMEOUT 180 DEPENDS checks/browser)
endif()
