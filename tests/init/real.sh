#!/usr/bin/env bash
# tests: `pnc init --from` on real notices (../shared/seeds and ../shared/corpus; skipped, exit 77,
# when ../shared is absent). Each result must load (no json-syntax, unknown-key or type-mismatch
# diagnostic, lint exit 1 with a to-do list, never 2/4/70), and must not build without --preview
# edits. For the three seeds, whose facts notices/*.json express, every carried controller value and
# lawful basis is compared with the example: the figures are printed (ctest -V) and the test fails
# if fewer than 80% of the carried values are right. Usage: real.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
shared="$src/../shared"
if [[ ! -d $shared/seeds ]]; then
  echo "skipped: $shared/seeds is absent"
  exit 77
fi
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT
export PNC_DATA_DIR="$src"
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
for draft in "$shared"/seeds/*.txt "$shared"/corpus/*.txt; do
  [[ -f $draft ]] || continue
  name=$(basename "$draft" .txt)
  out="$base/$name.json"
  "$pnc" init "$out" --from "$draft" --date 2026-11-23 2>"$base/$name.init" || { fail "$name: init failed: $(cat "$base/$name.init")"; continue; }
  "$pnc" lint "$out" >"$base/$name.lint" 2>&1
  code=$?
  ((code == 1)) || fail "$name: lint exit $code (want 1: a to-do list)"
  grep -E "\[(json-syntax|unknown-key|type-mismatch|internal)\]" "$base/$name.lint" && fail "$name: the source does not load cleanly"
  "$pnc" build --out "$base/out" "$out" >/dev/null 2>&1 && fail "$name: a fresh init source built"
  todo=$(grep -cE ': (error|warning): ' "$base/$name.lint")
  printf '%-45s %s; to-do %s\n' "$name" "$(sed -nE 's/^wrote [^:]*: ([0-9]+ facts carried over).*; ([0-9]+ things the law asks for are missing).*/\1, \2/p' "$base/$name.init")" "$todo"
done
# Carried facts against the examples that express the seeds.
python3 - "$base" "$src" <<'PY' || failures=$((failures + 1))
import json, re, sys
base, src = sys.argv[1], sys.argv[2]
pairs = {"families-in-focus": "families-in-focus", "pfp-residential-family-centre": "pfp", "pss-prisoners-families": "pss"}
def load(path):  # a pnc source: JSON with // comments (none inside strings here)
    text = open(path, encoding="utf-8").read()
    text = "\n".join(re.sub(r'^\s*//.*$', '', l) for l in text.splitlines())
    return json.loads(text)
def norm(v):
    return re.sub(r'[^a-z0-9@.]', '', str(v).lower().replace("https://", "").replace("http://", "").replace("www.", "")).rstrip("/.")
right = carried = 0
for seed, example in pairs.items():
    got, want = load(f"{base}/{seed}.json"), load(f"{src}/notices/{example}.json")
    gc, wc = got["controller"], want["controller"]
    for key in ["name", "address", "email", "phone", "website", "charity_number", "company_number", "ico_registration"]:
        if key not in gc or str(gc[key]).startswith("[insert"):
            continue
        carried += 1
        w = norm(wc.get(key, ""))
        ok = bool(w) and (norm(gc[key]) == w or norm(gc[key]) in w or (key == "email" and norm(gc[key]) in norm(json.dumps(want))))
        if key == "address":  # wording varies ("St"/"Street", "c/o"): the same postcode is the same place
            pc = lambda a: re.findall(r'[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}', str(a))
            ok = bool(pc(gc[key])) and [p.replace(" ", "") for p in pc(gc[key])] == [p.replace(" ", "") for p in pc(wc.get(key, ""))]
        right += ok
        print(f"  {seed} controller.{key}: {gc[key]!r} {'right' if ok else 'WRONG (example: ' + repr(wc.get(key)) + ')'}")
    want_bases = {b for p in want.get("purposes", []) for b in p.get("lawful_bases", [])}
    text = open(f"{base}/{seed}.json", encoding="utf-8").read()
    for basis in re.findall(r'^ *//   ([a-z-]+): ', text, re.M):
        carried += 1
        ok = basis in want_bases
        right += ok
        print(f"  {seed} basis {basis}: {'right' if ok else 'not in the example'}")
    if isinstance(got.get("transfers"), dict) and got["transfers"].get("destinations") == "none":
        carried += 1
        ok = want.get("transfers") == "none"
        right += ok
        print(f"  {seed} transfers none: {'right' if ok else 'WRONG'}")
print(f"seeds: {right} of {carried} carried controller values, bases and transfer answers agree with notices/*.json")
sys.exit(0 if carried and right >= 0.8 * carried else 1)
PY
((failures == 0)) && echo "init --from: all checks passed"
exit $((failures > 0))
