#!/usr/bin/env bash
# tests: a --preview build says "Draft" where a reader or a file list sees a document's name
# (#11 review, decision 12): the PDF's Title (Info dictionary) and its XMP dc:title, and the HTML
# <title>; and the PDF's draft mark is a ruled box on every page (pdftoppm: dark pixels above and
# below the mark's text in the top margin, not only the letters).
# Usage: preview.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
for tool in pdfinfo pdftoppm; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool (poppler-utils) is not installed"; exit 77; }
done

input="$src/tests/cases/truth/0005-preview/input.json"
"$pnc" build "$input" --preview --format html,pdf --out "$work/out" >"$work/log" 2>&1 ||
  { cat "$work/log"; echo "FAIL: pnc build --preview exited $?"; exit 1; }
dir=$(dirname "$(find "$work/out" -name notice.en.pdf | head -1)")
[[ -f $dir/notice.en.pdf ]] || { find "$work/out"; echo "FAIL: no notice.en.pdf"; exit 1; }
banner=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["messages"]["preview.banner"])' "$src/locales/en.json")

for pdf in "$dir"/notice.en.pdf "$dir"/child.en.pdf; do
  name=$(basename "$pdf")
  pdfinfo "$pdf" >"$work/info" 2>&1 || { fail "$name: pdfinfo cannot read it"; continue; }
  title=$(sed -n 's/^Title: *//p' "$work/info")
  [[ $title == "$banner"* ]] || fail "$name: Title '$title' does not begin with '$banner'"
  pdfinfo -meta "$pdf" >"$work/meta" 2>&1
  grep -q "<dc:title>.*$banner" "$work/meta" || fail "$name: the XMP dc:title does not say '$banner'"
done
for html in "$dir"/notice.en.html "$dir"/child.en.html; do
  grep -q "<title>$banner\. " "$html" || fail "$(basename "$html"): <title> does not begin with '$banner'"
done

# The mark's box: on page 1 and the last page, a row of dark pixels runs across most of the text
# column above the mark and below it (a ruled box), in the top margin (20 mm).
pdftoppm -r 50 -gray -f 1 -l 1 "$dir/notice.en.pdf" "$work/p1" && pdftoppm -r 50 -gray -singlefile \
  -f "$(sed -n 's/^Pages: *//p' "$work/info" | head -1)" "$dir/child.en.pdf" "$work/last"
python3 - "$work" <<'PY' || failures=$((failures + 1))
import glob, sys
def pgm(path):
    data = open(path, "rb").read()
    parts, i = [], 0
    while len(parts) < 4:  # P5 width height maxval, whitespace-separated
        while data[i:i+1].isspace(): i += 1
        j = i
        while not data[j:j+1].isspace(): j += 1
        parts.append(data[i:j]); i = j
    i += 1
    w, h = int(parts[1]), int(parts[2])
    return w, h, data[i:i + w * h]
bad = []
for path in sorted(glob.glob(sys.argv[1] + "/p1*.pgm")) + sorted(glob.glob(sys.argv[1] + "/last*.pgm")):
    w, h, px = pgm(path)
    margin = int(h * 20 / 297)  # the top margin, in rows
    long_rows = [y for y in range(margin) if sum(1 for x in range(w) if px[y * w + x] < 128) > 0.6 * w]
    # Two separate ruled edges (top and bottom of the box), not one.
    edges = [y for k, y in enumerate(long_rows) if k == 0 or y != long_rows[k - 1] + 1]
    if len(edges) < 2:
        bad.append("%s: the draft mark has no ruled box in the top margin (%d long dark rows)" % (path, len(long_rows)))
for b in bad: print("FAIL:", b)
sys.exit(1 if bad else 0)
PY
((failures == 0)) || { echo "$failures failure(s)"; exit 1; }
echo "ok: preview titles and the boxed draft mark"
