#!/usr/bin/env bash
# Command 2 of the README (and .ci/run): the whole test suite. Installs what is missing and builds
# first, so it also works from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
