#!/usr/bin/env bash
# Formats pnc's C++ with the tree's .clang-format (Debian's clang-format), or with --check fails
# when a file is not formatted (checks/format). Generated files are left as their generator writes
# them: src/draft/html_entities.cc (scripts/gen-html-entities.py).
# Usage: scripts/format.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "skipped: clang-format is not installed (apt-get install clang-format)"; exit 77; }
mapfile -t files < <(git ls-files '*.cc' '*.h' 2>/dev/null | grep -v '^src/draft/html_entities\.cc$' ||
  find src tests -name '*.cc' -o -name '*.h' | grep -v 'html_entities\.cc$')
if [[ ${1:-} == --check ]]; then
  bad=0
  for f in "${files[@]}"; do
    clang-format --style=file "$f" | cmp -s - "$f" || { echo "not formatted: $f (run scripts/format.sh)"; bad=1; }
  done
  ((bad == 0)) && echo "format: ${#files[@]} files formatted"
  exit "$bad"
fi
clang-format --style=file -i "${files[@]}"
