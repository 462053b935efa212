#!/bin/bash
# The shipped PO file is the one the Welsh example was made from (README "Translator round trip"):
# importing it into a copy of pfp.json must find every entry unchanged and leave the copy byte-identical.
# usage: shipped_po.sh PNC SRC_DIR
set -euo pipefail
pnc=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/notices/pfp.json" "$work/pfp.json"
report=$("$pnc" translate import --locale cy --data-dir "$src" "$src/notices/translations/pfp.cy.po" "$work/pfp.json" 2>&1)
echo "$report"
if ! grep -q "imported 0 translations, [0-9]* unchanged, 0 untranslated, 0 skipped" <<<"$report"; then
  echo "FAIL: notices/translations/pfp.cy.po no longer matches notices/pfp.json;" \
    "re-export it: pnc translate export --locale cy notices/pfp.json -o notices/translations/pfp.cy.po" >&2
  exit 1
fi
cmp "$src/notices/pfp.json" "$work/pfp.json"
