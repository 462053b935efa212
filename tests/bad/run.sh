#!/usr/bin/env bash
# tests: bad inputs too big or too odd to commit (ctest checks/bad-input). Each is generated here,
# run under a time limit, and must give its documented exit code and a clear message, never a crash,
# a hang or partial output; an out/ folder filled by an earlier build must stay byte-identical.
# The small committed bad inputs are golden cases in tests/cases/bad/.
# Usage: run.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
# Sanitizer builds run several times slower; checks.cmake sets PNC_TIME_SCALE there.
scale=${PNC_TIME_SCALE:-1}
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
tree() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) }

# A previous good build, to prove failures leave it alone.
base="$src/tests/cases/cli/0008-fragment/input.json"
"$pnc" build "$base" --format html --out out 2>/dev/null || fail "the base source does not build"
before=$(tree out)

# check NAME EXIT SECONDS PHRASE -- pnc args...: runs pnc, checks exit code, time, message, out/.
check() {
  local name=$1 want=$2 limit=$3 phrase=$4
  shift 5
  local start=$SECONDS code
  limit=$((limit * scale))
  timeout -s KILL "$limit" "$pnc" "$@" >"$work/stdout" 2>"$work/stderr"
  code=$?
  local took=$((SECONDS - start))
  if ((code == 137)); then
    fail "$name: still running after ${limit}s (hang?)"
  elif ((code >= 128)); then
    fail "$name: crashed with signal $((code - 128)): $(tail -3 "$work/stderr")"
  elif ((code != want)); then
    fail "$name: exit $code, expected $want: $(head -c 600 "$work/stderr")"
  elif ! grep -qF -- "$phrase" "$work/stderr" "$work/stdout"; then  # draft reports go to stdout
    fail "$name: message lacks '$phrase': $(head -c 600 "$work/stderr")"
  elif [[ $(tree out) != "$before" ]]; then
    fail "$name: changed the earlier contents of out/"
  else
    echo "ok   $name (exit $code, ${took}s): $(grep -m1 -E 'error|warning' "$work/stderr" | cut -c1-150)"
  fi
  if [[ -n $(find out -name '.*.pnc-*' -o -name '*.tmp-*') ]]; then fail "$name: left temporary files in out/"; fi
}

# A source padded to 50 MB: refused by size before it is read.
{ cat "$base"; head -c 50000000 /dev/zero | tr '\0' ' '; } >big.json
check "50 MB source" 4 20 "larger than the 4 MB limit" -- build big.json --out out
rm big.json

# Devices and FIFOs are refused, not read forever (a FIFO with no writer once hung pnc).
check "/dev/zero as a source" 4 20 "it is a device, not a regular file" -- lint /dev/zero
mkfifo fifo.json fifo.txt
check "a FIFO as a source" 4 20 "it is a named pipe (FIFO), not a regular file" -- build fifo.json --out out
check "a FIFO as a draft" 4 20 "it is a named pipe (FIFO), not a regular file" -- lint --draft fifo.txt
check "a FIFO as a PO file" 4 20 "it is a named pipe (FIFO), not a regular file" -- translate import --locale cy fifo.txt "$src/notices/pfp.json"
rm -f fifo.json fifo.txt
# A link loop is named as one, not as a missing file.
ln -s loop.json loop.json
check "a symbolic link loop" 4 20 "too many levels of symbolic links" -- lint loop.json
rm -f loop.json

# Nesting 100,000 deep: arrays, objects, and Markdown block quotes and lists inside a string.
python3 -c "print('[' * 100000 + ']' * 100000)" >deep-arrays.json 2>/dev/null ||
  { printf '%.0s[' $(seq 100000); printf '%.0s]' $(seq 100000); } >deep-arrays.json
check "100,000-deep arrays" 1 20 "nesting is deeper than 200 levels" -- build deep-arrays.json --out out
{ for i in $(seq 100000); do printf '{"a":'; done; printf 1; for i in $(seq 100000); do printf '}'; done; } >deep-objects.json
check "100,000-deep objects" 1 20 "nesting is deeper than 200 levels" -- build deep-objects.json --out out
python3 - "$base" <<'PY' || fail "cannot generate the deep Markdown sources (python3)"
import json, sys
src = json.load(open(sys.argv[1]))
# 90,000 deep: the text stays under the 200,000-byte limit of one field.
for kind, text in [("quote", "> " * 90000 + "x"), ("list", "- " * 90000 + "x"),
                   ("emphasis", "*" * 90000 + "x" + "*" * 90000)]:
    src["security"] = text
    json.dump(src, open("deep-md-%s.json" % kind, "w"))
PY
for kind in quote list emphasis; do
  check "90,000-deep Markdown ($kind)" 3 30 "nesting deeper than 16 levels was flattened" -- \
    build deep-md-$kind.json --werror --format html --out out
done

# Many problems in one file must stay fast (locating each used to rescan the file: 20,000 keys
# took 10 s): 100,000 unknown keys pretty-printed, 50,000 on one line.
python3 - "$base" <<'PY' || fail "cannot generate the many-keys sources (python3)"
import json, sys
src = json.load(open(sys.argv[1]))
src["controller"].update({"x%d" % i: i for i in range(100000)})
json.dump(src, open("many-keys.json", "w"), indent=2)
src["controller"] = {k: v for k, v in list(src["controller"].items())[:50003]}
json.dump(src, open("many-keys-one-line.json", "w"))
PY
check "100,000 unknown keys" 1 60 "unknown key 'x0' in the controller" -- lint many-keys.json
check "50,000 unknown keys on one line" 1 60 "unknown key 'x0' in the controller" -- lint many-keys-one-line.json

# Write failures: outputs under a regular file, and in /proc (root can write almost anywhere else).
echo "not a folder" >afile
check "--out under a regular file" 4 20 "cannot create directory" -- build "$base" --out afile/sub
check "--out in /proc" 4 20 "cannot" -- build "$base" --out /proc/pnc-cannot-write-here
check "--depfile under a regular file" 4 20 "cannot" -- build "$base" --format html --out out --depfile afile/x.d

# Out of memory on a worker thread (-j 2) reaches the main thread: exit 70 and a message, never
# "terminate called" (134). Address-space limits and AddressSanitizer do not mix: skipped there.
if [[ -z ${PNC_SANITIZED:-} ]]; then
  python3 - "$base" <<'PY' || fail "cannot generate the large sources (python3)"
import json, sys
src = json.load(open(sys.argv[1]))
para = " ".join("word%d" % (i % 97) for i in range(60))
src["sections"] = [{"id": "s%d" % i, "title": "S%d" % i, "body": "\n\n".join([para] * 400)} for i in range(6)]
for name in ("oom-a.json", "oom-b.json"):
    json.dump(src, open(name, "w"))
PY
  for limit in 100000 150000; do
    # A subshell holds the limit; its result comes back through its output.
    result=$(ulimit -v $limit; check "out of memory under -j 2 (ulimit -v $limit)" 70 60 "out of memory" -- \
      build oom-a.json oom-b.json -j 2 --out oom-out)
    echo "$result"
    [[ $result == FAIL* ]] && failures=$((failures + 1))
  done
  rm -rf oom-a.json oom-b.json oom-out
else
  echo "skip out of memory under -j 2: address-space limits do not work under AddressSanitizer"
fi

# A Markdown draft nested 100,000 block quotes deep: read (the deep part as one block), no crash.
python3 -c "print('> ' * 100000 + 'We are the controller.')" >deep-draft.md
check "100,000-deep Markdown draft" 1 20 "deep-draft.md: markdown" -- lint --draft deep-draft.md

# PDF and .docx drafts need pnc-readers.so; without it, a clear error and exit 4, not a crash.
"$pnc" build "$base" --format pdf --out pdf-out 2>/dev/null
draft_pdf=$(find pdf-out -name '*.pdf' | head -1)
export PNC_READERS_MODULE=$work/no-such-module.so
check "PDF draft, PNC_READERS_MODULE names no file" 4 20 "cannot load the PDF and .docx reader named by PNC_READERS_MODULE" -- lint --draft "$draft_pdf"
echo "not a module" >fake-module.so
export PNC_READERS_MODULE=fake-module.so  # no slash: this folder, not the library search path
check "PDF draft with a broken reader module" 4 20 "PNC_READERS_MODULE: ./fake-module.so: file too short" -- lint --draft "$draft_pdf"
export PNC_READERS_MODULE=$(ldconfig -p | awk '/libz\.so\.1 .*x86-64|libz\.so\.1 /{print $NF; exit}')
check "PDF draft, PNC_READERS_MODULE names another library" 4 20 "is not the reader module of this pnc" -- lint --draft "$draft_pdf"
unset PNC_READERS_MODULE
mkdir -p lone && cp "$pnc" lone/pnc
pnc_saved=$pnc pnc=$work/lone/pnc
check "PDF draft, pnc copied without its reader module" 4 20 "pnc-readers.so) is not installed next to pnc" -- lint --draft "$draft_pdf"
pnc=$pnc_saved
unset PNC_READERS_MODULE

echo "bad-input check: $failures problems"
((failures == 0))
