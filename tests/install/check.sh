#!/usr/bin/env bash
# tests: install and package (issue 18), bounded (~30 s): `cmake --install` into a temporary prefix,
# the prefix moved elsewhere (relocatable), an example built from another folder with no
# --data-dir and no PNC_DATA_DIR, byte-identical to the build tree's; the draft reader module found
# in lib/pnc; the man page and bash completion name every option `pnc --help` does; `pnc COMMAND
# --help` names only options `pnc --help` has; the .deb's contents and dependencies (CPack,
# unpacked with dpkg-deb -x, never installed: scripts/check-deb.sh does the dpkg -i round trip).
# Usage: check.sh PNC SOURCE_DIR BUILD_DIR CMAKE
set -uo pipefail
pnc=$(realpath "$1") src=$(realpath "$2") build=$(realpath "$3") cmake=$4
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
unset PNC_DATA_DIR PNC_READERS_MODULE PNC_SERVE_MODULE

# 1. Install, move, run from elsewhere.
"$cmake" --install "$build" --prefix "$base/first" >/dev/null || fail "cmake --install failed"
for f in bin/pnc lib/pnc/pnc-readers.so lib/pnc/pnc-serve.so share/pnc/data/law.json share/pnc/locales/en.json \
         share/pnc/templates/html/page.mustache share/pnc/accessibility/large-print.json \
         share/pnc/schema/pnc-notice.schema.json share/pnc/data/init/guide.json share/man/man1/pnc.1 \
         share/bash-completion/completions/pnc share/pnc/cmake/pnc.cmake; do
  [[ -f "$base/first/$f" ]] || fail "not installed: $f"
done
mv "$base/first" "$base/moved prefix"
bin="$base/moved prefix/bin/pnc"
mkdir -p "$base/site" "$base/ref"
cp "$src/notices/pss.json" "$base/site/"
(cd "$base/site" && "$bin" build pss.json 2>"$base/site.err") || { fail "installed pnc could not build"; cat "$base/site.err"; }
grep -q "^built 1 notice, " "$base/site.err" || fail "no summary line: $(cat "$base/site.err")"
(cd "$base/ref" && "$pnc" build --quiet "$src/notices/pss.json" 2>/dev/null)
diff -r "$base/site/out" "$base/ref/out" >/dev/null || fail "the installed pnc's outputs differ from the build tree's"
[[ -f "$base/site/out/pss/notice.en.pdf" ]] || fail "no PDF from the installed pnc"
# The draft reader module from lib/pnc: a .docx that is not one is refused by the module, not "not installed".
printf 'PK\003\004broken' >"$base/site/broken.docx"
out=$("$bin" lint --draft "$base/site/broken.docx" 2>&1)
grep -q "not installed next to pnc" <<<"$out" && fail "installed pnc did not find pnc-readers.so: $out"
# --data-dir still wins over the installed data; PNC_DATA_DIR too.
out=$("$bin" lint --data-dir "$base/nowhere" "$base/site/pss.json" 2>&1) && fail "--data-dir was ignored"
grep -q "nowhere" <<<"$out" || fail "--data-dir not used: $out"
out=$(PNC_DATA_DIR="$base/nowhere" "$bin" lint "$base/site/pss.json" 2>&1) && fail "PNC_DATA_DIR was ignored"

# 2. Man page, completion and per-command help against `pnc --help`.
help=$("$pnc" --help)
mapfile -t options < <(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u)
((${#options[@]} > 20)) || fail "too few options read from --help"
for o in "${options[@]}"; do
  grep -qF -- "${o//-/\\-}" "$src/dist/pnc.1" || fail "man page lacks $o"
  [[ $o == --help || $o == --version ]] && continue
  grep -qE -- "(^|[ \"])$o( |\"|$)" "$src/dist/pnc.bash-completion" || fail "bash completion lacks $o"
done
for c in build lint explain translate init watch; do
  grep -qE "^  $c " <<<"$help" || fail "--help lacks the command $c"
  grep -qE "^\\\\fB$c[\\ ]" "$src/dist/pnc.1" || fail "man page lacks the command $c"
  grep -qw "$c" "$src/dist/pnc.bash-completion" || fail "bash completion lacks the command $c"
  chelp=$("$pnc" "$c" --help) || fail "pnc $c --help failed"
  [[ $chelp == "Usage: pnc $c"* ]] || fail "pnc $c --help does not start with its usage: ${chelp%%$'\n'*}"
  for o in $(grep -oE -- '--[a-z][a-z-]+' <<<"$chelp" | sort -u); do
    grep -qF -- "$o" <<<"$help" || fail "pnc $c --help names $o, which pnc --help does not"
  done
done
bash -n "$src/dist/pnc.bash-completion" || fail "bash completion has a syntax error"
if command -v man >/dev/null; then
  MANWIDTH=100 man -l "$src/dist/pnc.1" 2>&1 >/dev/null | grep -q . && fail "man reports problems in pnc.1"
fi

# 3. The .deb: built by CPack, unpacked (not installed), run from the unpacked tree.
if command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null; then
  (cd "$base" && cpack -G DEB -B "$base/pkg" --config "$build/CPackConfig.cmake" >"$base/cpack.log" 2>&1) ||
    { fail "cpack failed"; tail -5 "$base/cpack.log"; }
  deb=$(ls "$base"/pkg/*.deb 2>/dev/null | head -1)
  if [[ -n $deb ]]; then
    depends=$(dpkg-deb -f "$deb" Depends)
    for d in fonts-tiresias fonts-sil-andika libhpdf; do
      grep -q "$d" <<<"$depends" || fail ".deb does not depend on $d: $depends"
    done
    dpkg-deb -x "$deb" "$base/unpacked"
    [[ -x "$base/unpacked/usr/bin/pnc" && -f "$base/unpacked/usr/share/pnc/data/law.json" &&
       -f "$base/unpacked/usr/lib/pnc/pnc-readers.so" ]] || fail ".deb lacks usr/bin/pnc, usr/share/pnc or usr/lib/pnc"
    mkdir -p "$base/deb-site" && cp "$src/notices/pss.json" "$base/deb-site/"
    (cd "$base/deb-site" && "$base/unpacked/usr/bin/pnc" build --quiet pss.json) || fail "the .deb's pnc could not build"
    diff -r "$base/deb-site/out" "$base/ref/out" >/dev/null || fail "the .deb's outputs differ from the build tree's"
  fi
else
  echo "note: dpkg-deb or dpkg-shlibdeps missing; the .deb was not checked"
fi
((failures == 0)) && echo "install: all checks passed"
exit $((failures > 0))
