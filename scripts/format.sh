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
  # One clang-format per 40 files, two at a time: a process per file took two minutes on a busy
  # machine. --dry-run -Werror reports "<file>:<line>:<col>: error: code should be clang-formatted".
  log=$(printf '%s\0' "${files[@]}" | xargs -0 -n 40 -P 2 clang-format --style=file --dry-run -Werror 2>&1 >/dev/null) &&
    { echo "format: ${#files[@]} files formatted"; exit 0; }
  grep -o '^[^:]*:[0-9]*:[0-9]*: error: code should be clang-formatted' <<<"$log" | cut -d: -f1 | sort -u |
    sed 's/$/ (run scripts\/format.sh)/; s/^/not formatted: /'
  grep -q 'error: code should be clang-formatted' <<<"$log" || echo "$log"
  exit 1
fi
clang-format --style=file -i "${files[@]}"
