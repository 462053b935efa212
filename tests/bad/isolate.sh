#!/usr/bin/env bash
# tests: under a tight address-space cap (ulimit -v), the libraries behind PDF (libharu) and audio
# (espeak-ng) may crash or abort rather than report a failed allocation. pnc renders those formats
# in a child process then (driver/isolate.cc): each run must end in exit 0 or a clean exit 70 that
# names the output and the fix, never a signal, and an out/ folder from an earlier build must stay
# byte-identical when the build fails (ctest checks/isolate). At least one run must reach the child
# path, so the check cannot pass by never exercising it.
# Usage: isolate.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
if [[ -n ${PNC_SANITIZED:-} ]]; then
  echo "skip: address-space limits do not work under AddressSanitizer"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
tree() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }

# A source whose PDF needs more than the caps below leave (6 sections of 400 paragraphs), the same
# as the out-of-memory source of tests/bad/run.sh.
python3 - "$src/tests/cases/cli/0008-fragment/input.json" <<'PY' || { echo "FAIL: cannot generate the source"; exit 1; }
import json, sys
src = json.load(open(sys.argv[1]))
para = " ".join("word%d" % (i % 97) for i in range(60))
src["sections"] = [{"id": "s%d" % i, "title": "S%d" % i, "body": "\n\n".join([para] * 400)} for i in range(6)]
json.dump(src, open("big.json", "w"))
PY
cp "$src/tests/cases/cli/0008-fragment/input.json" small.json
"$pnc" build big.json --format html,pdf --out out 2>/dev/null || fail "big.json does not build without a cap"
"$pnc" build small.json --format html,mp3 --out out --cache-dir cache 2>/dev/null || fail "small.json does not build without a cap"
before=$(tree out)

isolated=0
# run NAME LIMIT pnc-args...: one capped build; exit 0 (it fitted) or 70 with a clean message.
run() {
  local name=$1 limit=$2
  shift 2
  (ulimit -v "$limit" && exec "$pnc" "$@") >stdout 2>stderr
  local code=$?
  if ((code >= 128)); then
    fail "$name: killed by signal $((code - 128)) under ulimit -v $limit: $(tail -3 stderr)"
  elif ((code == 70)); then
    if grep -q "not written: .* while rendering this file \[internal\]" stderr; then
      isolated=$((isolated + 1))
      grep -q "^hint: the address space is capped at [0-9]* MB (ulimit -v): raise the cap" stderr ||
        fail "$name: no hint naming the cap: $(head -c 600 stderr)"
      grep -q "^out/[a-z]*/[a-z0-9.]*: error: not written" stderr || fail "$name: the error does not name the output: $(head -c 600 stderr)"
    elif ! grep -q "out of memory\|: error: .*\[internal\]$" stderr; then
      # pnc's own stages out of memory, or a library that cannot even be loaded under the cap
      fail "$name: exit 70 without a clear message: $(head -c 600 stderr)"
    fi
    [[ $(tree out) == "$before" ]] || fail "$name: out/ changed although the build failed"
  elif ((code != 0)); then
    fail "$name: exit $code under ulimit -v $limit: $(head -c 600 stderr)"
  fi
}

# PDF: 45-56 MB leave pnc's own stages room and libharu none (measured: a segfault in 4 of 4 runs
# at 56 MB without the child process, a clean exit 70 with it); the others straddle the edge.
for limit in 45000 50000 56000 60000 64000; do
  run "pdf, ulimit -v $limit" "$limit" build big.json --format html,pdf --out out
done
# Audio: espeak-ng loads its voice data and starts a thread in the child (an empty speech cache
# each time, so it really speaks).
for limit in 30000 40000 50000; do
  run "mp3, ulimit -v $limit" "$limit" build small.json --format html,mp3 --out out --cache-dir "cache-$limit"
done
((isolated > 0)) || fail "no capped run reached the child process: the caps no longer break the libraries"
echo "isolate: $isolated capped runs failed cleanly in the child process"
((failures == 0)) && echo "isolate: all passed"
exit $((failures > 0))
