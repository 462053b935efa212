#!/usr/bin/env bash
# tests: `pnc watch` (issue 18), bounded (~40 s): a save rebuilds (in place and by rename, as
# editors save), the one-line-change rebuild time is printed (HTML only; without --format the HTML first, then
# every format), a save
# with errors keeps the last good outputs, --serve serves out/ on 127.0.0.1 with the reload script
# in served pages only, refuses paths out of out/ (.., encoded .., a link), and a page open in
# Debian's Chromium reloads after a save (tests/watch/reload.mjs).
# Usage: check.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
base=$(mktemp -d)
pid=""
cleanup() {
  [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$base"
}
trap cleanup EXIT
export PNC_DATA_DIR="$src" NO_COLOR=1
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
cd "$base"
cp "$src/notices/pss.json" pss.json
port=$((20000 + RANDOM % 20000))
# Waits until the log has N lines matching a pattern (at most 20 s).
wait_for() {
  for _ in $(seq 200); do
    (($(grep -cE "$1" watch.log) >= $2)) && return 0
    sleep 0.1
  done
  return 1
}
edit() {  # a one-line change: the notice's version
  sed -E "s/\"version\": \"[^\"]*\"/\"version\": \"$1\"/" pss.json >pss.json.new
  if [[ $2 == rename ]]; then mv pss.json.new pss.json; else cat pss.json.new >pss.json && rm pss.json.new; fi
}
"$pnc" watch pss.json --format html --serve "$port" >watch.log 2>&1 &
pid=$!
wait_for "^watching " 1 || { cat watch.log; fail "pnc watch did not start"; exit 1; }
grep -q "^built 1 notice" watch.log || fail "no first build"
edit 3.1 rename
wait_for "^built 1 notice" 2 || fail "a save by rename was not rebuilt"
grep -q '3.1' out/pss/notice.en.html || fail "the rebuilt page lacks the change"
for v in 3.2 3.3 3.4 3.5 3.6; do
  n=$(grep -c "^built 1 notice" watch.log)
  edit "$v" inplace
  wait_for "^built 1 notice" $((n + 1)) || fail "a save in place was not rebuilt"
done
echo "one-line change, HTML only: $(grep -oE '\([0-9]+ ms\)' watch.log | tail -5 | tr -d '()' | paste -sd' ') (the first build: $(grep -oE '\([0-9]+ ms\)' watch.log | head -1 | tr -d '()'))"

# A save with errors: diagnostics printed, outputs kept.
cp out/pss/notice.en.html good.html
sed -i 's/"last_updated": "[0-9-]*"/"last_updated": "someday"/' pss.json
wait_for "^not rebuilt" 1 || fail "a save with errors did not say 'not rebuilt'"
grep -q "error: " watch.log || fail "no diagnostic printed for the bad save"
cmp -s good.html out/pss/notice.en.html || fail "a bad save changed the last good output"

# The server: the page with the reload script; the file on disk without it.
page=$(curl -sf "http://127.0.0.1:$port/pss/notice.en.html") || fail "cannot fetch the served page"
grep -q "__pnc/events" <<<"$page" || fail "served page lacks the reload script"
grep -q "__pnc/events" out/pss/notice.en.html && fail "the reload script reached the file on disk"
grep -q "<script" out/pss/notice.en.html && fail "a script reached the file on disk"
curl -sf "http://127.0.0.1:$port/" | grep -q 'href="pss/"' || fail "the index does not list pss/"
echo secret >"$base/secret.txt"
ln -s "$base/secret.txt" out/link.txt
for p in "/../secret.txt" "/pss/../../secret.txt" "/%2e%2e/secret.txt" "/pss/%2e%2e%2f%2e%2e%2fsecret.txt" "/link.txt" "/.hidden"; do
  code=$(curl -s --path-as-is -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$p")
  [[ $code == 404 || $code == 400 ]] || fail "GET $p gave $code, not 404"
done
curl -s --max-time 2 "http://127.0.0.1:$port/__pnc/events" >/dev/null  # times out: a stream
# Listens on 127.0.0.1 only.
if command -v ss >/dev/null; then
  ss -ltn | grep ":$port " | grep -qv "127.0.0.1:$port" && fail "the server listens beyond 127.0.0.1"
fi

# Chromium: the open page reloads after a save.
sed -i 's/"last_updated": "someday"/"last_updated": "2026-09-15"/' pss.json
wait_for "^built 1 notice" 7 || fail "fixing the error did not rebuild"
if [[ -x /usr/bin/chromium && -d "$src/tests/browser/node_modules/playwright-core" ]]; then
  timeout 90 node "$src/tests/watch/reload.mjs" "http://127.0.0.1:$port/pss/notice.en.html" "$base/pss.json" ||
    fail "the page did not reload in Chromium"
else
  echo "note: Chromium or tests/browser/node_modules missing (checks/browser installs it); reload not checked in a browser"
fi
kill "$pid" && wait "$pid" 2>/dev/null
pid=""

# Every format (no --format): each save builds the HTML first (and reloads), then the rest.
"$pnc" watch pss.json >watch.log 2>&1 &
pid=$!
for _ in $(seq 600); do grep -q "^watching " watch.log && break; sleep 0.1; done
grep -q "^watching " watch.log || fail "pnc watch (every format) did not start"
for v in 4.1 4.2 4.3; do
  n=$(grep -c "^built 1 notice" watch.log)
  edit "$v" inplace
  for _ in $(seq 600); do (($(grep -c "^built 1 notice" watch.log) >= n + 2)) && break; sleep 0.1; done
  (($(grep -c "^built 1 notice" watch.log) >= n + 2)) || fail "every format: a save was not rebuilt in two steps"
done
html_files=$(grep "^built 1 notice" watch.log | tail -2 | head -1 | grep -oE '[0-9]+ files?' | grep -oE '[0-9]+')
all_files=$(grep "^built 1 notice" watch.log | tail -1 | grep -oE '[0-9]+ files?' | grep -oE '[0-9]+')
ls out/pss/*.html | wc -l | grep -qx "$html_files" || fail "the first step built $html_files files, not the HTML pages"
((all_files > html_files)) || fail "the second step did not build the other formats ($all_files files)"
pdf_text=$(pdftotext out/pss/notice.en.pdf - 2>/dev/null)
grep -q '4\.3' <<<"$pdf_text" || fail "the PDF lacks the last change"
echo "one-line change, HTML first: $(grep "^built 1 notice" watch.log | tail -6 | sed -n '1p;3p;5p' | grep -oE '\([0-9]+ ms\)' | tr -d '()' | paste -sd' '); every format: $(grep "^built 1 notice" watch.log | tail -6 | sed -n '2p;4p;6p' | grep -oE '\([0-9]+ ms\)' | tr -d '()' | paste -sd' ')"
kill "$pid" && wait "$pid" 2>/dev/null
pid=""

# Ctrl-C and SIGTERM stop pnc watch --serve, also as process 1 (a container's entry point), where
# the kernel ignores a signal without a handler: it once ran on until killed. The bound is
# generous (a loaded CI machine); the failure it guards against is "never".
stops() {  # SIGNAL [unshare]: starts pnc watch --serve (as process 1 with "unshare"), signals it
  local sig=$1 port=$((20000 + RANDOM % 20000)) pnc_pid=""
  : >stop.log
  # A background job starts with SIGINT ignored (and pnc keeps that): restore it, as a terminal has it.
  if [[ ${2:-} == unshare ]]; then
    env --default-signal=INT unshare --fork --pid --kill-child "$pnc" watch pss.json --format html \
      --serve "$port" >stop.log 2>&1 &
  else
    env --default-signal=INT "$pnc" watch pss.json --format html --serve "$port" >stop.log 2>&1 &
  fi
  local launcher=$!
  for _ in $(seq 100); do grep -q "^watching " stop.log && break; sleep 0.1; done
  # The pnc process itself (under unshare, the launcher's child).
  for p in $launcher $(pgrep -P "$launcher"); do [[ $(cat /proc/"$p"/comm 2>/dev/null) == pnc ]] && pnc_pid=$p; done
  [[ -n $pnc_pid ]] || { fail "stop on $sig ${2:-}: pnc watch did not start: $(cat stop.log)"; kill -KILL "$launcher"; return; }
  kill -"$sig" "$pnc_pid"
  for _ in $(seq 15); do kill -0 "$pnc_pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pnc_pid" 2>/dev/null; then
    fail "pnc watch --serve ${2:+as process 1 }still runs 1.5 s after SIG$sig"
    kill -KILL "$pnc_pid" "$launcher" 2>/dev/null
  fi
  wait "$launcher" 2>/dev/null
}
stops TERM
if unshare --fork --pid --kill-child true 2>/dev/null; then
  stops TERM unshare
  stops INT unshare
else
  echo "note: cannot make a PID namespace here (unshare needs root); pnc watch as process 1 not checked"
fi

((failures == 0)) && echo "watch: all checks passed"
exit $((failures > 0))
