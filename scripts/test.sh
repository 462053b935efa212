#!/usr/bin/env bash
# Command 2 of the README (and .ci/run): the whole test suite. Installs what is missing and builds
# first, so it also works from a fresh clone.
#   1. build/       the ordinary (gcc, Release) build: unit, golden, browser, PDF, bad-input,
#                   depfile and fuzz-replay tests;
#   2. build-asan/  a clang build with AddressSanitizer + UndefinedBehaviorSanitizer running the same
#                   suite (less the browser test), plus the libFuzzer targets, each fuzzed for
#                   PNC_FUZZ_SECONDS (default 60) as ctest tests fuzz/<target>.
# PNC_SKIP_SANITIZE=1 runs only the first (for a quick local check). Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh || exit 1
jobs=$(nproc)
status=0
passed=0 failed=0
# run_ctest DIR: runs one build's suite, adds its counts to the totals.
run_ctest() {
  local log
  log=$(mktemp)
  ctest --test-dir "$1" --output-on-failure -j"$jobs" 2>&1 | tee "$log"
  [[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
  local line
  line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1)
  if [[ -n $line ]]; then
    local bad total
    bad=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
    total=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
    failed=$((failed + bad))
    passed=$((passed + total - bad))
  else
    status=1
  fi
  rm -f "$log"
}

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null || exit 1
cmake --build build -j"$jobs" || exit 1
run_ctest build

if [[ ${PNC_SKIP_SANITIZE:-0} != 1 ]]; then
  # -O1 -g1: the speed ASan recommends, with line numbers in reports, and a quicker compile.
  CC=clang-16 CXX=clang++-16 cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DPNC_SANITIZE=ON -DPNC_FUZZ=ON -DPNC_FUZZ_SECONDS="${PNC_FUZZ_SECONDS:-60}" >/dev/null || exit 1
  if cmake --build build-asan -j"$jobs"; then
    run_ctest build-asan
  else
    echo "FAIL: the sanitizer build did not compile"
    status=1
    failed=$((failed + 1))
  fi
fi

echo
echo "total: $passed passed, $failed failed"
exit $status
