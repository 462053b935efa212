#!/usr/bin/env bash
# tests: what out/ guarantees (ctest checks/outputs; README "What out/ holds after a failure").
# Planted links are never written through; a source's folder switches as a whole, also when the
# build is killed (kill -9 at random moments) or the disk is full (a small tmpfs, root only);
# write errors on files and standard output are exit 4; leftovers of killed runs are removed by
# the next build; the user's own files in out/<stem>/ are kept. Bounded loops: a few seconds.
# Usage: outputs.sh PNC SOURCE_DIR
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2")
work=$(mktemp -d)
mounted=
cleanup() {
  [[ -n $mounted ]] && umount "$mounted" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
ok() { echo "ok   $1"; }
base="$src/tests/cases/cli/0008-fragment/input.json"
sed 's/"Privacy notice"/"Version ONE"/' "$base" >one.json
sed 's/"Privacy notice"/"Version TWO"/' "$base" >two.json
mkdir -p a b && cp one.json a/n.json && cp two.json b/n.json
run() { "$pnc" "$@" >stdout 2>stderr; }

# 1. A link planted where an output goes is not written through, and the output is a file.
mkdir -p o1/n && echo secret >victim && ln -s "$work/victim" o1/n/notice.en.html
run build a/n.json --format html --out o1
if [[ $(cat victim) != secret ]]; then fail "build wrote through a planted link"
elif [[ -L o1/n/notice.en.html || ! -f o1/n/notice.en.html ]]; then fail "the output is still a link"
else ok "a planted link at an output name is replaced, its target untouched"; fi

# 2. out/<stem> as a link: refused (exit 4) unless --follow-symlinks, which replaces its target.
mkdir -p o2 target && echo mine >target/keep.txt && ln -s "$work/target" o2/n
run build a/n.json --format html --out o2; code=$?
if ((code != 4)) || ! grep -q "is a symbolic link" stderr; then fail "out/<stem> as a link: exit $code: $(cat stderr)"
elif [[ -e target/notice.en.html ]]; then fail "wrote through the out/<stem> link"
else ok "out/<stem> as a link is refused"; fi
run build a/n.json --format html --out o2 --follow-symlinks; code=$?
if ((code != 0)) || [[ ! -f target/notice.en.html || $(cat target/keep.txt) != mine || ! -L o2/n ]]; then
  fail "--follow-symlinks: exit $code, $(ls target): $(cat stderr)"
else ok "--follow-symlinks replaces the folder the link points to, keeping the user's file"; fi

# 3. Links at -o and --depfile are refused too; /dev/stdout (a link to a pipe) is fine.
ln -s "$work/victim" link.po
run translate export --locale cy "$src/notices/pfp.json" -o link.po; code=$?
[[ $code == 4 && $(cat victim) == secret ]] && ok "-o at a link is refused" || fail "-o at a link: exit $code"
ln -s "$work/victim" link.d
run build a/n.json --format html --out o3 --depfile link.d; code=$?
[[ $code == 4 && $(cat victim) == secret ]] && ok "--depfile at a link is refused" || fail "--depfile at a link: exit $code"
# ... before anything is built: a run that fails writes nothing (it once wrote o3/ first).
[[ ! -e o3 ]] && ok "--depfile at a link fails before any output is written" ||
  fail "--depfile at a link: outputs written before the failure: $(find o3 -type f | head -3)"
mkdir -p dep-dir
run build a/n.json --format html --out o3 --depfile dep-dir; code=$?
[[ $code == 4 && ! -e o3 ]] && ok "--depfile at a directory fails before any output is written" ||
  fail "--depfile at a directory: exit $code, $(find o3 -type f 2>/dev/null | head -3)"
"$pnc" translate export --locale cy "$src/notices/pfp.json" -o /dev/stdout 2>/dev/null | grep -q '^msgid' &&
  ok "-o /dev/stdout writes to the pipe" || fail "-o /dev/stdout"
"$pnc" translate export --locale cy "$src/notices/pfp.json" -o /dev/stdout >redirected.po 2>/dev/null &&
  grep -q '^msgid' redirected.po && ok "-o /dev/stdout redirected to a file" || fail "-o /dev/stdout > file"

# 4. The user's own files stay; pages of a removed locale go; kinds not rebuilt stay.
mkdir -p o4 && run build a/n.json --format html,pdf-layout --out o4
echo mine >o4/n/robots.txt && mkdir -p o4/n/img/deep && echo x >o4/n/img/deep/a.svg
cp o4/n/notice.en.html o4/n/notice.cy.html  # as if cy had been a locale before
run build b/n.json --format html --out o4
if [[ ! -f o4/n/robots.txt || ! -f o4/n/img/deep/a.svg ]]; then fail "the user's own files were not kept"
elif [[ -e o4/n/notice.cy.html ]]; then fail "a stale page of a removed locale was kept"
elif ! grep -q "Version ONE" o4/n/notice.en.pdf-layout.txt; then fail "--format html dropped the PDF layout"
elif ! grep -q "Version TWO" o4/n/notice.en.html; then fail "the page was not rebuilt"
else ok "user files kept, removed locale dropped, formats not asked for kept"; fi
run build b/n.json --format html --fragment --out o4
[[ -f o4/n/notice.en.fragment.html ]] && grep -q "<!DOCTYPE html>" o4/n/notice.en.html &&
  ok "--fragment writes notice.en.fragment.html beside the full page" || fail "--fragment replaced the page"

# 4b. A folder where a PDF goes once left the HTML new and the PDF old (the second rename
# failed): now the set switches as a whole and the folder, at a name pnc owns, is replaced.
mkdir -p o4b && run build a/n.json --format html,pdf-layout --out o4b
rm o4b/n/notice.en.pdf-layout.txt && mkdir -p o4b/n/notice.en.pdf-layout.txt/inside
run build b/n.json --format html,pdf-layout --out o4b; code=$?
if ((code != 0)) || [[ ! -f o4b/n/notice.en.pdf-layout.txt ]] || ! grep -q "Version TWO" o4b/n/notice.en.pdf-layout.txt ||
  ! grep -q "Version TWO" o4b/n/notice.en.html; then
  fail "a folder at an output name: exit $code: $(head -c 300 stderr)"
else ok "a folder at an output name: the whole set switches"; fi

# 5. kill -9 at random moments: out/n holds one version's complete set, never a mixture, and the
# next build removes what the killed one left.
mkdir -p o5 && run build a/n.json --format html,pdf-layout --out o5
mixed=0 killed=0
for i in $(seq 40); do
  s=a/n.json; ((i % 2)) && s=b/n.json
  "$pnc" build "$s" --format html,pdf-layout --out o5 >/dev/null 2>&1 &
  pid=$!
  sleep "0.0$((RANDOM % 25))"
  kill -9 "$pid" 2>/dev/null && killed=$((killed + 1))
  wait "$pid" 2>/dev/null
  one=$(grep -l "Version ONE" o5/n/* 2>/dev/null | wc -l) two=$(grep -l "Version TWO" o5/n/* 2>/dev/null | wc -l)
  [[ $one$two == 20 || $one$two == 02 ]] || mixed=$((mixed + 1))
done
run build a/n.json --format html,pdf-layout --out o5
left=$(find o5 -name '.*.pnc-*' | wc -l)
((mixed == 0)) && ok "kill -9 ($killed of 40 runs killed): never a mixed folder" || fail "kill -9: $mixed mixed folders"
((left == 0)) && ok "leftovers of killed runs removed by the next build" || fail "$left leftovers after a clean build"

# 6. A leftover planted as a link to a folder is removed as a link, never followed.
mkdir -p o6/n precious && echo keep >precious/file && ln -s "$work/precious" o6/.n.pnc-AbC123
run build a/n.json --format html --out o6
[[ -f precious/file && ! -e o6/.n.pnc-AbC123 ]] && ok "a planted leftover link is unlinked, not followed" ||
  fail "planted leftover link"

# 7. Write errors: standard output, -o and the PO export on a full device are exit 4.
"$pnc" lint --diagnostic-format json a/n.json >/dev/full 2>stderr; code=$?
((code == 4)) && grep -q "cannot write standard output" stderr && ok "lint > /dev/full is exit 4" ||
  fail "lint > /dev/full: exit $code"
"$pnc" --help >/dev/full 2>/dev/null; code=$?
((code == 4)) && ok "--help > /dev/full is exit 4" || fail "--help > /dev/full: exit $code"
run translate export --locale cy "$src/notices/pfp.json" -o /dev/full; code=$?
((code == 4)) && ok "translate export -o /dev/full is exit 4" || fail "export to /dev/full: exit $code"

# 8. A full disk (a 300 KB tmpfs, root only): the old folder and PO file stay whole, exit 4.
if [[ $(id -u) == 0 ]] && mkdir -p disk && mount -t tmpfs -o size=300k tmpfs disk 2>/dev/null; then
  mounted=$work/disk
  run build a/n.json --format html --out disk/out
  run translate export --locale cy "$src/notices/pfp.json" -o disk/pfp.po
  before=$(cd disk && find . -type f -print0 | sort -z | xargs -0 sha256sum)
  head -c 280000 /dev/zero >disk/fill 2>/dev/null
  run build b/n.json --format html,pdf --out disk/out; code=$?
  run translate export --locale cy "$src/notices/pfp.json" -o disk/pfp.po; code2=$?
  rm -f disk/fill
  after=$(cd disk && find . -type f -print0 | sort -z | xargs -0 sha256sum)
  if ((code != 4 || code2 != 4)); then fail "full disk: build exit $code, export exit $code2"
  elif [[ $before != "$after" ]]; then fail "full disk changed the earlier outputs"
  elif [[ -n $(find disk -name '.*.pnc-*') ]]; then fail "full disk left temporaries"
  else ok "full disk: exit 4, earlier outputs byte-identical, no temporaries"; fi
else
  echo "skip full disk: needs root to mount a small tmpfs"
fi

# 9. A duplicated locale is an error before anything is written (it once left HTML new, PDF old).
python3 - "$base" <<'PY' >dup.json
import json, sys
s = json.load(open(sys.argv[1])); s["notice"]["locales"] = ["en", "en"]; print(json.dumps(s))
PY
mkdir -p o9 && run build a/n.json --out o9 --format html
run build dup.json --out o9 --format html; code=$?
((code == 1)) && grep -q "duplicate-value" stderr && [[ ! -e o9/dup ]] && ok "locales [en, en] is an error, nothing written" ||
  fail "duplicated locale: exit $code: $(head -c 300 stderr)"

# 10. --archive: out/<stem>/archive/<version>/ survives rebuilds and the swap; an archived file is
# never rewritten (the same version rebuilt with other text keeps what it first said); a new
# version gets its own folder; an archive planted as a link is refused, its target untouched.
run build a/n.json --format html --archive --out o10; code1=$?
run build b/n.json --format html --archive --out o10; code2=$?
version=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' one.json | head -1)
if ((code1 != 0 || code2 != 0)) || ! grep -q "Version ONE" "o10/n/archive/$version/notice.en.html" ||
   ! grep -q "Version TWO" o10/n/notice.en.html; then
  fail "--archive rebuild of one version: exits $code1 $code2, $(ls -R o10)"
else ok "--archive keeps what a version first said across rebuilds and swaps"; fi
sed "s/\"version\": *\"$version\"/\"version\": \"$version-next\"/" two.json >a/n.json
run build a/n.json --format html --archive --out o10; code=$?
if ((code != 0)) || [[ ! -f "o10/n/archive/$version-next/notice.en.html" || ! -f "o10/n/archive/$version/notice.en.html" ]]; then
  fail "--archive new version: exit $code, $(ls -R o10/n/archive)"
else ok "--archive gives a new version its own folder and keeps the old one"; fi
cp one.json a/n.json
mkdir -p o10b/n elsewhere && ln -s "$work/elsewhere" o10b/n/archive
run build a/n.json --format html --archive --out o10b; code=$?
if ((code != 4)) || [[ -n $(ls elsewhere) ]]; then fail "--archive through a link: exit $code, $(ls elsewhere): $(cat stderr)"
else ok "--archive never writes through a link planted at archive/"; fi

echo "outputs check: $failures problems"
((failures == 0))
