#!/usr/bin/env bash
# tests: the real-browser check (ctest checks/browser). Builds every example in every locale it is
# published in, plus one generated source published in every locale pnc has a catalogue for
# (right-to-left Arabic included) and a bilingual page, then runs check.mjs in Debian's Chromium.
# Screenshots of one notice at 320 and 1280 px are kept in SHOT_DIR for people to look at.
# Usage: run.sh PNC SOURCE_DIR SHOT_DIR
set -euo pipefail
pnc=$(realpath "$1") src=$(realpath "$2") shots=$3
here="$src/tests/browser"
command -v node >/dev/null || { echo "FAIL: node not found: run scripts/install-deps.sh (apt: nodejs npm)"; exit 1; }
[[ -x /usr/bin/chromium ]] || { echo "FAIL: /usr/bin/chromium not found: run scripts/install-deps.sh (apt: chromium)"; exit 1; }
# Dependencies come from the committed lock file only; playwright-core downloads no browser.
if [[ ! -f "$here/node_modules/.package-lock.json" || "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$pnc" build "$src"/notices/*.json --format html --out "$work/examples" 2>"$work/build.log" ||
  { cat "$work/build.log"; echo "FAIL: pnc build of the examples failed"; exit 1; }
# Every catalogue's locale, on one example: the text falls back to English, the page chrome
# (labels, direction, language) is the locale's own.
locales=$(cd "$src/locales" && ls *.json | sed 's/\.json$//' | sort | sed 's/.*/"&"/' | paste -sd, | sed 's/,/, /g')
mkdir -p "$work/src"
sed -E "0,/\"locales\": *\[[^]]*\]/s//\"locales\": [$locales]/" "$src/notices/pss.json" >"$work/src/every-locale.json"
grep -q "\"locales\": \[$locales\]" "$work/src/every-locale.json" || { echo "FAIL: cannot set locales in pss.json"; exit 1; }
"$pnc" build "$work/src/every-locale.json" --format html --allow-fallback --bilingual cy,en --out "$work/locales" \
  2>"$work/build.log" || { cat "$work/build.log"; echo "FAIL: pnc build of every-locale.json failed"; exit 1; }

shot=$(ls "$work"/examples/pfp/notice.en.html 2>/dev/null || ls "$work"/examples/*/notice.en.html | head -1)
node "$here/check.mjs" --screenshots "$shots" --shoot "$shot" "$work/examples" "$work/locales"
