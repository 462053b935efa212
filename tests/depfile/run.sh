#!/usr/bin/env bash
# tests: `pnc build --depfile` writes correct Make syntax, and cmake/pnc.cmake rebuilds only what
# changed. Works on copies (sources and pnc's data in a temp folder with a space in its name), so
# nothing in the repository is touched.
# Usage: run.sh PNC SOURCE_DIR CMAKE
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2") cmake=$3
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT
work="$base/site dir"
mkdir -p "$work/notices" "$work/data"
cp -r "$src/locales" "$src/templates" "$src/data" "$work/data/"
[[ -d "$src/accessibility" ]] && cp -r "$src/accessibility" "$work/data/"
cp "$src/notices/pss.json" "$work/notices/pss.json"
cp "$src/notices/families-in-focus.json" "$work/notices/families in focus.json"
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
mtime() { stat -c %Y.%y "$1"; }

# 1. The depfile: every output a target; source, catalogue, templates and data files as prerequisites.
cd "$work"
"$pnc" build notices/*.json --format html --data-dir "$work/data" --out out --depfile out.d 2>/dev/null ||
  fail "pnc build --depfile failed"
mapfile -t outputs < <(find out -type f | sort)
((${#outputs[@]} > 0)) || fail "no outputs"
for o in "${outputs[@]}"; do
  esc=${o// /\\ }
  line=$(grep -F "$esc:" out.d) || { fail "depfile has no rule for '$o'"; continue; }
  for want in "$(basename "$(dirname "$o")").json" templates/html/page.mustache templates/html/notice.css \
              data/law.json data/regulator.json "locales/$(sed -E 's/.*\.([a-z]+)\.html$/\1/' <<<"$o").json"; do
    grep -qF -- "${want// /\\ }" <<<"$line" || fail "rule for '$o' lacks '$want'"
  done
done
# GNU make must read it: with the rules included, nothing is out of date, and touching a template
# or a source makes exactly the right outputs stale.
cat >Makefile <<'MK'
all: $(OUTPUTS)
$(OUTPUTS): ; @echo remake $@
-include out.d
MK
outs=$(printf '%s ' "${outputs[@]// /\\ }")
make -q OUTPUTS="$outs" all >/dev/null 2>&1 || fail "make thinks fresh outputs are out of date (bad depfile syntax?)"
sleep 1.1
touch "notices/families in focus.json"
make -q OUTPUTS="out/families\ in\ focus/notice.en.html" all >/dev/null 2>&1 && fail "make missed a touched source (escaped space)"
make -q OUTPUTS="out/pss/notice.en.html" all >/dev/null 2>&1 || fail "touching one source made another's output stale"
touch data/templates/html/notice.css
make -q OUTPUTS="out/pss/notice.en.html" all >/dev/null 2>&1 && fail "make missed a touched template"

# 2. cmake/pnc.cmake: a tiny project; a second build does nothing; a touched source rebuilds only its own.
mkdir -p "$work/project"
cat >"$work/project/CMakeLists.txt" <<CM
cmake_minimum_required(VERSION 3.20)
project(site NONE)
include("$src/cmake/pnc.cmake")
pnc_add_notices(TARGET notices
                SOURCES "../notices/pss.json" "../notices/families in focus.json"
                OUT_DIR "\${CMAKE_BINARY_DIR}/site"
                PNC "$pnc"
                OPTIONS --format html --data-dir "$work/data")
CM
generators=("Unix Makefiles")
command -v ninja >/dev/null && generators+=("Ninja")
for gen in "${generators[@]}"; do
  b="$work/build-${gen// /-}"
  "$cmake" -S "$work/project" -B "$b" -G "$gen" >"$base/configure.log" 2>&1 || { cat "$base/configure.log"; fail "$gen: configure failed"; continue; }
  "$cmake" --build "$b" >"$base/build1.log" 2>&1 || { cat "$base/build1.log"; fail "$gen: first build failed"; continue; }
  [[ -f "$b/site/pss/notice.en.html" && -f "$b/site/families in focus/notice.en.html" ]] || fail "$gen: outputs missing"
  grep -c "pnc: compiling" "$base/build1.log" | grep -qx 2 || fail "$gen: first build did not compile both sources"
  pss=$(mtime "$b/site/pss/notice.en.html") fif=$(mtime "$b/site/families in focus/notice.en.html")
  sleep 1.1
  "$cmake" --build "$b" >"$base/build2.log" 2>&1 || fail "$gen: second build failed"
  grep -q "pnc: compiling" "$base/build2.log" && fail "$gen: second build with nothing changed ran pnc: $(grep 'pnc:' "$base/build2.log")"
  [[ $(mtime "$b/site/pss/notice.en.html") == "$pss" ]] || fail "$gen: an unchanged output was rewritten"
  touch "$work/notices/pss.json"
  "$cmake" --build "$b" >"$base/build3.log" 2>&1 || fail "$gen: third build failed"
  [[ $(mtime "$b/site/pss/notice.en.html") != "$pss" ]] || fail "$gen: touching pss.json did not regenerate its output"
  [[ $(mtime "$b/site/families in focus/notice.en.html") == "$fif" ]] || fail "$gen: touching pss.json regenerated another source's output"
  sleep 1.1
  touch "$work/data/locales/en.json"
  "$cmake" --build "$b" >"$base/build4.log" 2>&1 || fail "$gen: fourth build failed"
  grep -c "pnc: compiling" "$base/build4.log" | grep -qx 2 || fail "$gen: touching the en catalogue did not rebuild both sources"
  echo "ok   $gen: no-op rebuild does nothing; a touched source or catalogue rebuilds what it should"
done
# 3. The Makefile documented in cmake/README.md, as written there.
mk="$work/make-site"
mkdir -p "$mk/notices"
cp "$work/notices/pss.json" "$work/notices/families in focus.json" "$mk/notices/" 2>/dev/null
mv "$mk/notices/families in focus.json" "$mk/notices/fif.json"  # make's wildcard cannot take spaces
sed -n '/^## GNU Make/,$p' "$src/cmake/README.md" | sed -n '/^```make/,/^```$/p' | sed '1d;$d' >"$mk/Makefile"
export PNC_DATA_DIR="$work/data"
if ! make -C "$mk" PNC="$pnc" >"$base/make1.log" 2>&1; then
  cat "$base/make1.log"; fail "documented Makefile: first make failed"
else
  [[ -f "$mk/site/pss/notice.en.html" && -f "$mk/site/fif/notice.en.html" ]] || fail "documented Makefile: outputs missing"
  make -C "$mk" -q PNC="$pnc" || fail "documented Makefile: not up to date after a build"
  sleep 1.1
  touch "$work/data/templates/html/notice.css"
  make -C "$mk" -q PNC="$pnc" && fail "documented Makefile: a touched template went unnoticed"
  make -C "$mk" PNC="$pnc" >"$base/make2.log" 2>&1 || fail "documented Makefile: rebuild failed"
  sleep 1.1
  touch "$mk/notices/fif.json"
  make -C "$mk" PNC="$pnc" >"$base/make3.log" 2>&1
  grep -q "pss.json" "$base/make3.log" && fail "documented Makefile: touching fif.json rebuilt pss"
  grep -q "fif.json" "$base/make3.log" || fail "documented Makefile: touching fif.json did not rebuild it"
  echo "ok   the Makefile in cmake/README.md rebuilds only what changed"
fi

echo "depfile check: $failures problems"
((failures == 0))
