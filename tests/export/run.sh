#!/usr/bin/env bash
# tests: the per-source exports read back by real readers. Builds every example with
# --format html,ropa,dpv, then check_ropa.py opens ropa.xlsx with openpyxl and ropa.csv with
# Python's csv module and compares both with the source; check_dpv.py expands notice.jsonld
# with pyld and checks every term against the vendored DPV 2.3 term list.
# Usage: run.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
py=/usr/bin/python3  # Debian's python3, where python3-openpyxl and python3-pyld are installed
if ! "$py" -c 'import openpyxl, pyld' 2>/dev/null; then
  echo "SKIP: needs Debian's python3-openpyxl and python3-pyld (scripts/install-deps.sh)"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failures=0
for source in "$src"/notices/*.json; do
  stem=$(basename "$source" .json)
  if ! "$pnc" build "$source" --format html,ropa,dpv --out "$out" 2>"$out/$stem.err"; then
    echo "FAIL: pnc build $stem --format html,ropa,dpv"; cat "$out/$stem.err"; failures=$((failures + 1)); continue
  fi
  "$py" "$src/tests/export/check_ropa.py" "$source" "$out/$stem" || failures=$((failures + 1))
  "$py" "$src/tests/export/check_dpv.py" "$source" "$out/$stem" "$src/tests/dpv/dpv-2.3-terms.txt" || failures=$((failures + 1))
done
((failures == 0)) && echo "exports: all checks passed"
exit $((failures > 0))
