#!/usr/bin/env bash
# The .deb round trip on this machine (issue 18): builds pnc and its package, installs it with
# dpkg -i, builds an example from another folder with no --data-dir, checks `man pnc` and the bash
# completion are in place, then removes the package. Run as root (or with sudo), on a Debian 12
# machine where no other pnc package is installed. Not part of scripts/test.sh: it changes the
# machine's installed packages, takes the dpkg lock other jobs may need, and needs root; the suite's
# checks/install unpacks the same .deb with dpkg-deb -x instead, which proves the contents without
# installing. Usage: bash scripts/check-deb.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)
build=${1:-build}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if dpkg-query -W -f='${Status}' pnc 2>/dev/null | grep -q "install ok installed"; then
  echo "check-deb: a pnc package is already installed; remove it first (dpkg -r pnc)" >&2
  exit 2
fi
if command -v pnc >/dev/null; then
  echo "check-deb: note: another pnc is on the PATH ($(command -v pnc)); /usr/bin/pnc is used below" >&2
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
work=$(mktemp -d)
cleanup() {
  $SUDO dpkg -P pnc >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
(cd "$work" && cpack -G DEB -B "$work/pkg" --config "$src/$build/CPackConfig.cmake" >/dev/null)
deb=$(ls "$work"/pkg/*.deb)
echo "check-deb: $(basename "$deb"), depends: $(dpkg-deb -f "$deb" Depends)"
# apt-get resolves the package's dependencies (fonts, libharu…) where dpkg -i alone would stop.
$SUDO dpkg -i "$deb" >/dev/null 2>&1 || $SUDO apt-get install -y -f --no-install-recommends >/dev/null
dpkg-query -W -f='${Status}\n' pnc | grep -q "install ok installed"
mkdir "$work/site"
cp "$src/notices/pss.json" "$work/site/"
cd "$work/site"
env -u PNC_DATA_DIR /usr/bin/pnc build pss.json
test -s out/pss/notice.en.html && test -s out/pss/notice.en.pdf
/usr/bin/pnc init started.json 2>/dev/null
/usr/bin/pnc lint started.json >/dev/null 2>&1 && { echo "check-deb: a fresh 'pnc init' source passed lint" >&2; exit 1; }
test -f /usr/share/man/man1/pnc.1* && test -f /usr/share/bash-completion/completions/pnc
if command -v man >/dev/null; then man -w pnc >/dev/null; fi
cd "$src"
$SUDO dpkg -P pnc >/dev/null
test ! -e /usr/bin/pnc && test ! -e /usr/share/pnc
echo "check-deb: installed, built out/pss/notice.en.{html,pdf} from another folder, removed: ok"
