#!/usr/bin/env bash
# tests: the progress line of a long build (issue 18) is drawn on a terminal (a pty made by
# util-linux `script`), redrawn in place and erased before the summary; a pipe or --quiet gets none.
# Usage: progress.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
command -v script >/dev/null || { echo "skipped: util-linux 'script' is not installed"; exit 77; }
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
mkdir -p "$base/notices"
# Enough notices that the build outlasts the half second before the line appears.
# No warnings, so --quiet prints nothing: pss without its "recipients": "none" purposes, whose data
# reaches agencies and courts through other purposes (unstated-sharing), served here by those recipients.
grep -v '"recipients": "none",' "$src/notices/pss.json" >"$base/pss-served.json"
python3 "$src/tests/ci/no_unstated_sharing.py" "$base/pss-served.json" "$base/pss.json" fairness:authorities \
  updates:authorities photos:authorities || fail "cannot make a pss source with no warnings"
for i in $(seq -w 1 60); do cp "$base/pss.json" "$base/notices/n$i.json"; done
cd "$base" || exit 1
run="'$pnc' --data-dir '$src' build notices/*.json --format html,pdf --jobs 1 --out out"
TERM=xterm script -qec "$run" /dev/null >tty.txt 2>&1 || fail "the build on a terminal failed"
grep -q $'\rbuilding [0-9]*/60 notices' tty.txt || fail "no progress line on a terminal"
grep -q $'building 60/60 notices\e\[K\r\e\[Kbuilt 60 notices' tty.txt ||
  fail "the line is not erased before the summary: $(tr '\r\033' '<^' <tty.txt | tail -c 300)"
TERM=dumb script -qec "$run" /dev/null >dumb.txt 2>&1
grep -q 'building' dumb.txt && fail "TERM=dumb got a progress line"
TERM=xterm script -qec "$run --quiet" /dev/null >quiet.txt 2>&1
[[ -s quiet.txt ]] && fail "--quiet printed: $(head -c 200 quiet.txt)"
eval "$run" 2>piped.txt || fail "the piped build failed"
grep -q 'building' piped.txt && fail "a pipe got a progress line"
grep -q $'\r' piped.txt && fail "a pipe got a carriage return"
((failures == 0)) && echo "progress: all checks passed"
