#!/usr/bin/env bash
# Installs the Debian 12 packages pnc needs to build and test, skipping those already present.
set -euo pipefail
packages=(
  # build
  cmake g++ make pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev nlohmann-json3-dev libhpdf-dev libkainjow-mustache-dev
  libgettextpo-dev libfreetype-dev libzip-dev libpugixml-dev libpoppler-cpp-dev
  # fonts embedded in the large-print PDFs
  fonts-tiresias fonts-sil-andika fonts-dejavu-core
  # tests
  doctest-dev libvalijson-dev poppler-utils gettext
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
