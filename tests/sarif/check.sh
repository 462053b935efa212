#!/usr/bin/env bash
# tests: both SARIF writers (source lint, draft lint) against the SARIF 2.1.0 schema: the subset
# pnc writes (sarif-2.1.0-subset.schema.json, strict) and, when PNC_SARIF_SCHEMA names the full
# OASIS schema file, that too; every result has a ruleIndex naming its rule and every URI is
# percent-encoded. Uses python3-jsonschema (Debian); exits 77 (skipped) without it.
# Usage: check.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
here="$src/tests/sarif"
python3 -c 'import jsonschema' 2>/dev/null || { echo "SKIP: python3-jsonschema is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Names that need encoding: a space, a colon, a '#', non-ASCII.
mkdir -p "$work/a b:c#d"
cp "$src/tests/cases/cli/0010-sarif/input.json" "$work/a b:c#d/notice é.json"
cp "$src/tests/cases/draft/0002-sarif/notice.md" "$work/a b:c#d/draft é.md"
cd "$work" || exit 1
"$pnc" lint --diagnostic-format sarif "a b:c#d/notice é.json" >lint.sarif 2>/dev/null
"$pnc" lint --diagnostic-format sarif "$src/notices/pss.json" "$src/tests/cases/bad/0005-unknown-ids/input.json" \
  >lint2.sarif 2>/dev/null
"$pnc" lint --draft --format sarif --date 2026-11-01 "a b:c#d/draft é.md" "missing file.md" >draft.sarif 2>/dev/null
full=${PNC_SARIF_SCHEMA:--}
[[ "$full" == - || -f "$full" ]] || { echo "FAIL: PNC_SARIF_SCHEMA names no file: $full"; exit 1; }
for f in lint.sarif lint2.sarif draft.sarif; do
  [[ -s $f ]] || { echo "FAIL: $f is empty"; exit 1; }
done
python3 "$here/validate.py" "$here/sarif-2.1.0-subset.schema.json" "$full" lint.sarif lint2.sarif draft.sarif || exit 1
# The checks must see something to check: results with rules, and encoded names.
grep -q '"ruleIndex"' lint.sarif && grep -q '"ruleIndex"' draft.sarif || { echo "FAIL: no results to check"; exit 1; }
grep -q 'a%20b%3Ac%23d/notice%20%C3%A9.json' lint.sarif || { echo "FAIL: lint uri not encoded as expected"; exit 1; }
grep -q 'a%20b%3Ac%23d/draft%20%C3%A9.md' draft.sarif || { echo "FAIL: draft uri not encoded as expected"; exit 1; }
# A planted fault is caught: the validator is not a no-op.
python3 - lint.sarif >bad.sarif <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
log["runs"][0]["results"][0]["ruleIndex"] += 1
log["runs"][0]["results"][0]["level"] = "fatal"
log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "a b"
json.dump(log, sys.stdout)
PY
if python3 "$here/validate.py" "$here/sarif-2.1.0-subset.schema.json" - bad.sarif >bad.out; then
  echo "FAIL: a broken SARIF file passed"; exit 1
fi
[[ $(wc -l <bad.out) -ge 3 ]] || { echo "FAIL: the planted faults were not all reported:"; cat bad.out; exit 1; }
echo "ok: SARIF from lint and lint --draft is valid${PNC_SARIF_SCHEMA:+ (also against $PNC_SARIF_SCHEMA)}"
