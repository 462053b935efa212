#!/usr/bin/env bash
# bench: audio (issue 16): what speech synthesis costs and what the cache saves, for one notice
# (families-in-focus, adult, English only):
#   1. cold: an empty cache, so every piece is spoken;
#   2. warm: the same build again, every piece from the cache;
#   3. N copies of the notice each with one changed section (its "changes" text), built together
#      against the warm cache: each speaks one piece. Bounded: N defaults to 20, and the figure
#      for 1,000 notices is N's time scaled (speaking is serialised, so it scales linearly).
# Usage: bench/audio.sh [--count 20] [--jobs 2] [--pnc PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
count=20 jobs=2 pnc=$PWD/build/pnc
while (($#)); do
  case $1 in
    --count) count=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --pnc) pnc=$2; shift 2 ;;
    *) echo "usage: bench/audio.sh [--count N] [--jobs N] [--pnc PATH]" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=notices/families-in-focus.json
timed() { python3 bench/timeit.py "$@" || exit 1; }

cold=$(timed 1 -- "$pnc" build "$src" --format mp3 --cache-dir "$work/cache" --out "$work/out")
warm=$(timed 3 -- "$pnc" build "$src" --format mp3 --cache-dir "$work/cache" --out "$work/out" | sort -g | sed -n 2p)
bytes=$(stat -c %s "$work/out/families-in-focus/notice.en.mp3")
pieces=$(ls "$work/cache/speech" | wc -l)
echo "1. cold audio build, one notice: ${cold}s ($pieces pieces spoken, MP3 $((bytes / 1024)) KB)"
echo "2. warm audio build, same notice: ${warm}s"

mkdir -p "$work/gen"
for ((i = 1; i <= count; i++)); do
  sed -E "s/\"changes\": \"If we change this notice/\"changes\": \"(Change $i.) If we change this notice/" "$src" >"$work/gen/n$i.json"
done
before=$(ls "$work/cache/speech" | wc -l)
changed=$(timed 1 -- "$pnc" build "$work"/gen/*.json -j"$jobs" --format mp3 --cache-dir "$work/cache" --out "$work/gen-out")
after=$(ls "$work/cache/speech" | wc -l)
echo "3. $count notices, one changed section each, -j$jobs, warm cache: ${changed}s ($((after - before)) pieces spoken)"
python3 -c "c, t = $count, $changed; print(f'   per notice {t / c:.3f}s; 1,000 such notices ≈ {t / c * 1000 / 60:.1f} min (scaled from {c})')"
