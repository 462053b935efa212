#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build pnc, compile every example into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# Through ccache when it is there (install-deps.sh installs it): a first build costs the same, but a
# rebuild after a pull, or in a second clone of the same tree, recompiles only the units that changed.
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
cmake --build build -j"$(nproc)"
./build/pnc build notices/*.json --out out
echo "built: $(find out -name 'notice.*' -o -name 'child.*' | sort | tr '\n' ' ')"
