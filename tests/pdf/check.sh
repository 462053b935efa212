#!/usr/bin/env bash
# tests: builds every example to PDF with `pnc build --format pdf` and checks each PDF with
# poppler-utils, as a reader's tools would see it:
#   pdffonts   every font is embedded
#   pdfinfo    it parses, has pages, a title, and is tagged
#   pdftohtml  (-xml) no text below 16 pt, and it has bookmarks (an outline)
#   pdftotext  text extracts, and each bookmark's title is on its page, in bookmark order
# Usage: check.sh PNC SOURCE_DIR [PDF...]. With PDF files given, checks only those (no build).
# Exits 77 (ctest: skipped) when this pnc has no PDF renderer yet.
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
shift 2
min_size=16
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in pdffonts pdfinfo pdftotext pdftohtml; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool not found: apt-get install poppler-utils"; exit 1; }
done

pdfs=("$@")
if ((${#pdfs[@]} == 0)); then
  "$pnc" build "$src"/notices/*.json --format pdf --out "$work/out" >"$work/build.log" 2>&1
  code=$?
  if grep -q "unknown format 'pdf'" "$work/build.log"; then
    echo "SKIP: this pnc does not know --format pdf yet"
    exit 77
  fi
  if ((code != 0)); then
    echo "FAIL: pnc build --format pdf exited $code"
    cat "$work/build.log"
    exit 1
  fi
  mapfile -t pdfs < <(find "$work/out" -name '*.pdf' 2>/dev/null | sort)
  if ((${#pdfs[@]} == 0)); then
    echo "SKIP: pnc build --format pdf wrote no PDF (the PDF renderer is not registered yet)"
    exit 77
  fi
fi

failures=0
fail() {
  echo "FAIL: $1"
  failures=$((failures + 1))
}

# Text without any whitespace, so line wrapping in the PDF does not matter.
squash() { tr -d ' \t\n\r\f\302\255'; }

for pdf in "${pdfs[@]}"; do
  name=${pdf#"$work/out/"}
  before=$failures
  if ! pdfinfo "$pdf" >"$work/info" 2>"$work/info.err"; then
    fail "$name: pdfinfo cannot read it: $(head -1 "$work/info.err")"
    continue
  fi
  pages=$(awk '/^Pages:/ {print $2}' "$work/info")
  [[ ${pages:-0} -ge 1 ]] || fail "$name: has no pages"
  grep -Eq '^Title: +[^ ]' "$work/info" || fail "$name: has no document title (pdfinfo Title)"
  grep -Eq '^Tagged: +yes' "$work/info" || fail "$name: is not a tagged PDF (pdfinfo Tagged: no)"

  # pdffonts: the 'emb' column is the 4th from the right (emb sub uni object ID).
  pdffonts "$pdf" 2>/dev/null | tail -n +3 >"$work/fonts"
  [[ -s "$work/fonts" ]] || fail "$name: pdffonts lists no fonts"
  while read -r line; do
    emb=$(awk '{print $(NF-4)}' <<<"$line")
    [[ $emb == yes ]] || fail "$name: font not embedded: $line"
  done <"$work/fonts"

  pdftohtml -xml -i -q -stdout -zoom 1 "$pdf" >"$work/xml" 2>/dev/null || fail "$name: pdftohtml cannot read it"
  small=$(grep -o '<fontspec [^>]*size="[0-9.]*"' "$work/xml" | sed -E 's/.*size="([0-9.]*)"/\1/' |
          awk -v min=$min_size '$1 < min - 0.5 {print $1}' | sort -un | tr '\n' ' ')
  [[ -z $small ]] || fail "$name: text smaller than $min_size pt: sizes $small"

  # Bookmarks: <item page="N">title</item> inside <outline>.
  grep -o '<item page="[0-9]*">[^<]*</item>' "$work/xml" |
    sed -E 's/<item page="([0-9]*)">(.*)<\/item>/\1\t\2/' >"$work/outline"
  if [[ ! -s "$work/outline" ]]; then
    fail "$name: has no bookmarks (outline)"
  fi

  if ! pdftotext -enc UTF-8 "$pdf" "$work/text" 2>/dev/null; then
    fail "$name: pdftotext cannot extract text"
    continue
  fi
  [[ $(squash <"$work/text" | wc -c) -gt 200 ]] || fail "$name: almost no text extracts ($(wc -c <"$work/text") bytes)"

  # In order: each bookmark's title is found on its page, after the previous bookmark's title.
  # pdftotext separates pages with form feeds; entities in titles are the XML ones pdftohtml writes.
  awk -F'\t' '
    function unxml(s) { gsub(/&quot;/, "\"", s); gsub(/&apos;|&#39;/, "\047", s); gsub(/&lt;/, "<", s);
                        gsub(/&gt;/, ">", s); gsub(/&amp;/, "\\&", s); gsub(/[ \t\302\255]/, "", s); return s }
    FNR == NR { page[++n] = $1; title[n] = unxml($2); next }
    { text = text $0 "\n" }
    END {
      np = split(text, pages, "\f")
      start_page = 1; start_at = 1
      for (i = 1; i <= n; ++i) {
        p = page[i] + 0
        if (p < start_page) { printf "bookmark %d \"%s\" is on page %d, before the previous one (page %d)\n", i, title[i], p, start_page; continue }
        if (p > np) { printf "bookmark %d \"%s\" points at page %d of %d\n", i, title[i], p, np; continue }
        body = pages[p]; gsub(/[ \t\n\r\302\255]/, "", body)
        from = (p == start_page) ? start_at : 1
        at = index(substr(body, from), title[i])
        if (at == 0) { printf "bookmark %d \"%s\" is not in the text of page %d (in order)\n", i, title[i], p; continue }
        start_page = p; start_at = from + at - 1 + length(title[i])
      }
    }' "$work/outline" "$work/text" >"$work/order"
  while read -r line; do fail "$name: $line"; done <"$work/order"

  ((failures == before)) && echo "ok   $name ($pages pages, $(wc -l <"$work/fonts") fonts, $(wc -l <"$work/outline") bookmarks)"
done

echo "pdf check: ${#pdfs[@]} PDFs, $failures problems"
((failures == 0))
