#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build pnc, compile every example into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
./build/pnc build notices/*.json --out out
echo "built: $(find out -name 'notice.*' -o -name 'child.*' | sort | tr '\n' ' ')"
