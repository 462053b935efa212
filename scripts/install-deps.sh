#!/usr/bin/env bash
# Installs the Debian 12 packages pnc needs to build and test, skipping those already present.
set -euo pipefail
packages=(
  # build
  cmake g++ make pkg-config ccache
  libcmark-gfm-dev libcmark-gfm-extensions-dev nlohmann-json3-dev libhpdf-dev libkainjow-mustache-dev
  libgettextpo-dev libunistring-dev libfreetype-dev libzip-dev libpugixml-dev libpoppler-cpp-dev
  # braille (liblouis 3.24 and its tables) and audio (espeak-ng 1.51 and its voices, LAME for MP3)
  liblouis-dev liblouis-data libespeak-ng-dev espeak-ng-data libmp3lame-dev
  # fonts embedded in the large-print PDFs
  fonts-tiresias fonts-sil-andika fonts-dejavu-core
  # pnc watch --serve (issue 18): the web server module; dpkg-dev for CPack's .deb dependencies
  libcpp-httplib-dev dpkg-dev
  # tests
  doctest-dev libvalijson-dev poppler-utils gettext python3 python3-jsonschema
  # tests: decode the audio (libmpg123) to check its length against the notice
  libmpg123-dev
  # the tree is formatted with .clang-format (checks/format, scripts/format.sh)
  clang-format
  # issue 17: the ROPA workbook (XLSX) writer; its test reads it back with openpyxl, the DPV test expands JSON-LD with pyld
  libxlsxwriter-dev python3-openpyxl python3-pyld
  # checks (issue 7): browser accessibility (Debian's Chromium, driven from Node), sanitizers and
  # libFuzzer (clang 16: clang 14 cannot capture structured bindings in lambdas, which the tests do), the CMake/Make depfile test
  chromium clang-16 libclang-rt-16-dev llvm-16 make
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node and npm by command, not package: a nodejs from elsewhere bundles npm and conflicts with
# Debian's npm package.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
