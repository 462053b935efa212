#!/usr/bin/env bash
# tests: every in-page link of every output resolves (ctest checks/anchors). Builds every example
# in every locale and audience, each bilingual pairing of its locales, and the HTML fragments;
# then in every HTML file each id is unique and each href="#x" has an element with id x, and in
# every PDF (as its layout dump) each internal link has a destination; a link to a file beside the
# page (the "Other formats" list) names a file the same build wrote.
# Usage: check.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
for source in "$src"/notices/*.json; do
  stem=$(basename "$source" .json)
  "$pnc" build "$source" --format html,pdf-layout --out "$work/out" 2>/dev/null || { echo "FAIL: $stem does not build"; failures=$((failures + 1)); }
  "$pnc" build "$source" --format html --fragment --out "$work/out" 2>/dev/null || { echo "FAIL: $stem --fragment"; failures=$((failures + 1)); }
  # The files "Other formats" links to (notice/outputs.cc) are checked in their own folder: a
  # build of the reader formats (not audio: slow, and linked the same way).
  "$pnc" build "$source" --format html,pdf,brf --out "$work/files" 2>/dev/null || { echo "FAIL: $stem html,pdf,brf"; failures=$((failures + 1)); }
  locales=$(python3 -c "import json,re,sys; t=re.sub(r'^\s*//.*$','',open(sys.argv[1]).read(),flags=re.M); print(' '.join(json.loads(t)['notice'].get('locales',['en'])))" "$source" 2>/dev/null)
  for a in $locales; do
    for b in $locales; do
      [[ $a == "$b" ]] && continue
      "$pnc" build "$source" --format html,pdf-layout --bilingual "$a,$b" --out "$work/out" 2>/dev/null ||
        { echo "FAIL: $stem --bilingual $a,$b"; failures=$((failures + 1)); }
    done
  done
done
python3 - "$work/files" <<'PY' || failures=$((failures + 1))
import pathlib, re, sys
bad = 0
for f in sorted(pathlib.Path(sys.argv[1]).rglob("*.html")):
    for href in re.findall(r'href="([^"#:]+)"', f.read_text()):
        if not (f.parent / href).is_file():
            print("FAIL: %s: links to %s, which this build did not write" % (f.name, href))
            bad += 1
sys.exit(1 if bad else 0)
PY
python3 - "$work/out" <<'PY' || failures=$((failures + 1))
import pathlib, re, sys
bad, files = 0, 0
for f in sorted(pathlib.Path(sys.argv[1]).rglob("*")):
    if f.suffix == ".html":
        files += 1
        text = f.read_text()
        ids = re.findall(r'\sid="([^"]+)"', text)
        dup = sorted({i for i in ids if ids.count(i) > 1})
        dead = sorted({h for h in re.findall(r'href="#([^"]*)"', text) if h not in ids})
        for what, items in (("duplicate ids", dup), ("links to no anchor", dead)):
            if items:
                print("FAIL: %s: %s: %s" % (f.relative_to(sys.argv[1]), what, ", ".join(items)))
                bad += 1
    elif f.name.endswith(".pdf-layout.txt"):
        files += 1
        for line in f.read_text().splitlines():
            if line.startswith("link ") and len(line.split()) < 7:
                print("FAIL: %s: an internal link without a destination: %s" % (f.name, line))
                bad += 1
print("checked %d files" % files)
sys.exit(1 if bad else 0)
PY
echo "anchors check: $failures problems"
((failures == 0))
