#!/usr/bin/env bash
# tests: the bilingual large-print PDF (`--bilingual cy,en`), read as a reader's tools see it
# (poppler-utils): it passes every check of check.sh; Welsh comes first, as whole-language halves
# (page 1 in Welsh, the English half on a page of its own, each with its contents); the outline
# has one top-level entry per language with its sections under it; page 1 links to the English
# half; the catalog's /Lang is cy and structure elements carry both cy and en; the "Other
# formats" section names only files of this build.
# Usage: bilingual.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }

"$pnc" build "$src/notices/pfp.json" --format pdf --bilingual cy,en --out "$work/out" >"$work/log" 2>&1 ||
  { cat "$work/log"; echo "FAIL: pnc build --bilingual cy,en exited $?"; exit 1; }
dir="$work/out/pfp"
bi="$dir/notice.cy-en.pdf"
[[ -f $bi ]] || { ls "$dir"; echo "FAIL: no notice.cy-en.pdf (named like notice.cy-en.html)"; exit 1; }

bash "$src/tests/pdf/check.sh" "$pnc" "$src" "$bi" || fail "check.sh fails on the bilingual PDF"

python3 - "$dir" <<'PY' || failures=$((failures + 1))
import re, subprocess, sys, zlib
d = sys.argv[1]
bi, cy, en = d + "/notice.cy-en.pdf", d + "/notice.cy.pdf", d + "/notice.en.pdf"
bad = []
def pages_text(pdf):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout.split("\f")
def squash(s): return re.sub(r"\s+", "", s)
def outline(pdf):
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-q", "-stdout", pdf], capture_output=True, text=True, check=True).stdout
    return xml
text_bi, text_cy, text_en = pages_text(bi), pages_text(cy), pages_text(en)
cy_title, en_title = text_cy[0].strip().splitlines()[0], text_en[0].strip().splitlines()[0]
if cy_title == en_title: bad.append("the Welsh and English titles are the same: this check needs them to differ")
# Welsh first: page 1 is the Welsh title page, with the Welsh contents heading.
if not text_bi[0].strip().startswith(cy_title): bad.append("page 1 does not open with the Welsh title %r" % cy_title)
cy_contents = text_cy[0].split("\n")
if "Cynnwys" not in text_bi[0]: bad.append("page 1 has no Welsh contents (Cynnwys)")
# The English half starts on a page of its own, with its own contents.
en_start = next((i for i, p in enumerate(text_bi) if p.strip().startswith(en_title)), None)
if en_start is None or en_start == 0: bad.append("no page opens with the English title %r" % en_title)
elif "Contents" not in text_bi[en_start]: bad.append("the English half has no contents on its first page")
# Both languages in full: every line of each single-language PDF's body text is in the bilingual one.
all_bi = squash("".join(text_bi))
for name, pages in (("cy", text_cy), ("en", text_en)):
    missing = [l for p in pages for l in p.splitlines()[:-2] if squash(l) and squash(l) not in all_bi and not re.match(r"^\W*\(?notice\.|^(Page|Tudalen) ", l)]
    # Lines of the "Other formats" section differ by design (this document holds both languages).
    missing = [l for l in missing if ".pdf" not in l and ".html" not in l]
    if len(missing) > 3: bad.append("%d lines of the %s PDF are not in the bilingual one, e.g. %r" % (len(missing), name, missing[:3]))
# Outline: two top-level entries (Welsh title on page 1, English title on the English half's
# first page), each with the sections under it.
xml = outline(bi)
m = re.search(r"<outline>(.*)</outline>", xml, re.S)
if not m: bad.append("no outline")
else:
    body = m.group(1)
    depth, top = 0, []
    for tok in re.finditer(r"<outline>|</outline>|<item page=\"(\d+)\">([^<]*)</item>", body):
        if tok.group(0) == "<outline>": depth += 1
        elif tok.group(0) == "</outline>": depth -= 1
        elif depth == 0: top.append((int(tok.group(1)), tok.group(2)))
    if [t for _, t in top] != [cy_title, en_title]: bad.append("top-level bookmarks are %r, not the two titles" % top)
    elif top[0][0] != 1 or en_start is None or top[1][0] != en_start + 1: bad.append("top-level bookmarks point at pages %r" % top)
    if body.count("<item ") < 2 * 8: bad.append("the outline has few section entries: %d" % body.count("<item "))
# The language jump: a link on page 1 to the English half's first page.
page1 = subprocess.run(["pdftohtml", "-xml", "-i", "-q", "-stdout", "-f", "1", "-l", "1", bi], capture_output=True, text=True).stdout
jumps = re.findall(r'<a href="[^"#]*#(\d+)">(Read this notice in English)</a>', page1)
if not jumps: bad.append("page 1 has no link 'Read this notice in English'")
elif en_start is not None and int(jumps[0][0]) != en_start + 1: bad.append("the language jump leads to page %s, not %d" % (jumps[0][0], en_start + 1))
# /Lang: the catalog says cy; structure elements say cy and en (UTF-16BE text strings).
raw = open(bi, "rb").read()
def lang(code): return ("<FEFF" + "".join("%04X" % ord(c) for c in code) + ">").encode()
catalog = re.search(rb"/Type /Catalog(.*?)>>\s*endobj", raw, re.S)
if not catalog or lang("cy") not in catalog.group(1): bad.append("the catalog's /Lang is not cy")
n_cy, n_en = raw.count(b"/Lang " + lang("cy")), raw.count(b"/Lang " + lang("en"))
if n_cy < 20 or n_en < 20: bad.append("structure elements with /Lang: cy %d, en %d" % (n_cy, n_en))
if raw.count(b"/S /Part") != 2: bad.append("not two Part elements (one per language)")
# Only files of this build are named: the PDFs, no web page (this build wrote no HTML).
if ".html" in "".join(text_bi): bad.append("the bilingual PDF names an HTML file this build did not write")
for b in bad: print("FAIL: " + b)
print("bilingual pdf: %d pages, English from page %s, %d problems" % (len(text_bi) - 1, None if en_start is None else en_start + 1, len(bad)))
sys.exit(1 if bad else 0)
PY
echo "bilingual pdf check: $failures problems"
((failures == 0))
