#!/usr/bin/env bash
# tests: `pnc diff SOURCE --since REV` reads the old version with git in the source's work tree:
# a source in a sub-folder with a space in its path, revisions that look like options or hold ':'
# refused, a file outside any work tree and an unknown revision reported (exit 4).
# Usage: since.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
command -v git >/dev/null || { echo "SKIP: git is not installed"; exit 77; }
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT
repo="$base/a repo"
mkdir -p "$repo/notices dir"
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
cases="$src/tests/cases/diff/0001-material-and-minor"
cp "$cases/old.json" "$repo/notices dir/n.json"
git -C "$repo" init -q
git -C "$repo" -c user.name=t -c user.email=t@example.org add -A
git -C "$repo" -c user.name=t -c user.email=t@example.org commit -qm v1
cp "$cases/new.json" "$repo/notices dir/n.json"

# From another folder, through a relative path with a space: the same changes as comparing the files.
cd "$base"
got=$("$pnc" diff "a repo/notices dir/n.json" --since HEAD --format json 2>&1) || fail "diff --since HEAD exited $?: $got"
want=$("$pnc" diff "$cases/old.json" "$cases/new.json" --format json 2>&1)
strip() { grep -v '"file"'; }
[[ "$(strip <<<"$got")" == "$(strip <<<"$want")" ]] || fail "diff --since HEAD differs from diff of the two files"
grep -q '"file": "a repo/notices dir/n.json@HEAD"' <<<"$got" || fail "old version not named file@REV: $got"

for rev in "--output=$base/x" "-p" "HEAD:other.json" $'HEAD\nx'; do
  out=$("$pnc" diff "a repo/notices dir/n.json" --since "$rev" 2>&1)
  code=$?
  [[ $code == 4 ]] || fail "revision '$rev': exit $code, expected 4"
  grep -q "is not a git revision pnc accepts\|control character" <<<"$out" || fail "revision '$rev': $out"
done
[[ ! -e "$base/x" ]] || fail "a revision reached git as an option"

out=$("$pnc" diff "a repo/notices dir/n.json" --since no-such-rev 2>&1)
[[ $? == 4 ]] && grep -q "git cannot show 'no-such-rev:notices dir/n.json'" <<<"$out" || fail "unknown revision: $out"

mkdir -p "$base/plain"
cp "$cases/new.json" "$base/plain/n.json"
out=$(GIT_CEILING_DIRECTORIES="$base" "$pnc" diff "$base/plain/n.json" --since HEAD 2>&1)
[[ $? == 4 ]] && grep -q "is not in a git work tree" <<<"$out" || fail "outside a work tree: $out"

# notice.previous = "git:v1": the build's "What changed" section reads the version tagged v1 (issue
# 17); an unknown revision is an error at the field, and nothing is written.
cd "$repo"
cp "notices dir/n.json" "notices dir/m.json"
git -c user.name=t -c user.email=t@example.org add -A && git -c user.name=t -c user.email=t@example.org commit -qm m1 && git tag v1
sed -i 's/"version": "[^"]*"/"version": "next"/; s/"notice": {/"notice": {"previous": "git:v1",/' "notices dir/m.json"
"$pnc" build "notices dir/m.json" --format html --out "$base/o" >"$base/out.txt" 2>&1 ||
  fail "build with previous git:v1: $(cat "$base/out.txt")"
grep -q "What changed in version next" "$base/o/m/notice.en.html" 2>/dev/null || fail "no What changed section from git:v1"
sed -i 's/"git:v1"/"git:no-such-rev"/' "notices dir/m.json"
"$pnc" build "notices dir/m.json" --format html --out "$base/o2" >"$base/out.txt" 2>&1
code=$?
{ ((code == 1)) && grep -q "previous version named by this source cannot be read" "$base/out.txt" && [[ ! -e "$base/o2/m" ]]; } ||
  fail "unknown git revision in previous: exit $code: $(cat "$base/out.txt")"
cd "$base"

((failures == 0)) && echo "diff --since: all checks passed"
exit $((failures > 0))
