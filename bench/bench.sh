#!/usr/bin/env bash
# bench: how fast pnc compiles notices, and how that compares with the tools a charity would reach
# for instead (pandoc for HTML, WeasyPrint for PDF), on the same machine in the same run.
#   1. each example notice on its own, to every format: per-notice wall time and peak memory;
#   2. N generated notices of realistic size (the examples varied, ~2,500 words each), every
#      format and locale, `pnc build -jJOBS`: total time, per-notice time and peak memory;
#   3. one notice (families-in-focus: adult, English only) as HTML + PDF with pnc, and the same
#      content with pandoc (Markdown → HTML) + WeasyPrint (HTML → PDF); the Markdown is exported
#      from pnc's own HTML with pandoc once, untimed. Prints the ratio;
#   4. `pnc watch` on one notice: the time of each rebuild after a one-line save, as watch prints it.
# Usage: bench/bench.sh [--format html,pdf] [--count 1000] [--jobs 2] [--runs 9] [--pnc PATH]
# Installs pandoc, weasyprint, time and python3 from Debian if missing; builds pnc (Release) if no --pnc.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
formats="" count=1000 jobs=2 runs=9 pnc=""
while (($#)); do
  case $1 in
    --format) formats=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --pnc) pnc=$2; shift 2 ;;
    *) echo "usage: bench/bench.sh [--format html,pdf] [--count N] [--jobs N] [--runs N] [--pnc PATH]" >&2; exit 2 ;;
  esac
done

missing=()
for p in pandoc weasyprint time python3; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [[ -z $pnc ]]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$(nproc)" --target pnc >/dev/null
  pnc=$repo/build/pnc
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The formats this pnc writes: PDF only once the renderer is registered.
if [[ -z $formats ]]; then
  formats=html
  "$pnc" build notices/families-in-focus.json --format pdf --out "$work/probe" >/dev/null 2>&1 || true
  [[ -n $(find "$work/probe" -name '*.pdf' 2>/dev/null) ]] && formats=html,pdf
fi

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# timed RUNS [--clean DIR] -- cmd...: wall seconds of each run, one per line (bench/timeit.py: the
# command is started with vfork as make or ninja would, and the timer holds no shell's fork). Timing through
# /usr/bin/time and two `date` calls, as this script first did, added ~8 ms to every run: noise
# next to WeasyPrint's second, a third of a pnc run.
timed() { python3 bench/timeit.py "$@" || exit 1; }
# rss cmd...: one more run under /usr/bin/time; its peak RSS (KB) is appended to $work/rss.
rss() {
  /usr/bin/time -f "%M" -o "$work/rss.one" "$@" >/dev/null 2>"$work/stderr.one" ||
    { cat "$work/stderr.one" >&2; echo "bench: failed: $*" >&2; exit 1; }
  cat "$work/rss.one" >>"$work/rss"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr)"
echo "pnc: $("$pnc" --version); formats: $formats; $(pandoc --version | head -1); $(weasyprint --version 2>&1 | head -1)"
echo

echo "1. each example on its own (best of $runs; all its locales and audiences, formats $formats)"
: >"$work/rss"
for src in notices/*.json; do
  best=$(timed "$runs" --warmup 2 --clean "$work/ex" -- "$pnc" build "$src" --format "$formats" --out "$work/ex" | sort -g | head -1)
  rss "$pnc" build "$src" --format "$formats" --out "$work/ex"
  files=$(find "$work/ex" -type f | wc -l)
  words=$(sed 's/<style>.*<\/style>//; s/<[^>]*>/ /g' "$work"/ex/*/notice.en.html 2>/dev/null | wc -w)
  printf "   %-28s %7.1f ms  %2d files  %5d words (English notice)\n" "$(basename "$src")" "$(awk -v s="$best" 'BEGIN{print s*1000}')" "$files" "$words"
done
printf "   peak RSS of any: %.1f MB\n\n" "$(sort -n "$work/rss" | tail -1 | awk '{print $1 / 1024}')"

echo "2. $count generated notices, pnc build -j$jobs --format $formats"
mkdir -p "$work/gen"
examples=(notices/*.json)
for i in $(seq "$count"); do
  ex=${examples[$((i % ${#examples[@]}))]}
  # Vary every notice: its title and organisation name, so no two outputs are the same.
  sed -E "0,/\"title\": \"/s//\"title\": \"($i) /; 0,/\"name\": \"/s//\"name\": \"Charity $i /" "$ex" >"$work/gen/n$i.json"
done
: >"$work/rss"
total=$(timed 1 -- "$pnc" build "$work"/gen/*.json -j"$jobs" --format "$formats" --out "$work/gen-out")
rm -rf "$work/gen-out-rss"
rss "$pnc" build "$work"/gen/*.json -j"$jobs" --format "$formats" --out "$work/gen-out-rss"
rm -rf "$work/gen-out-rss"
outputs=$(find "$work/gen-out" -type f | wc -l)
bytes=$(du -sb "$work/gen-out" | cut -f1)
words=$(cat "$work"/gen-out/*/notice.en.html | sed 's/<style>.*<\/style>//; s/<[^>]*>/ /g' | wc -w)
printf "   total %.2f s for %d notices (%d files, %.0f MB, %d words in the English notices, %.0f per notice)\n" \
  "$total" "$count" "$outputs" "$(awk -v b="$bytes" 'BEGIN{print b/1048576}')" "$words" "$(awk -v w="$words" -v c="$count" 'BEGIN{print w/c}')"
printf "   per notice %.1f ms wall (%.1f ms of CPU time per notice on %d jobs); peak RSS %.1f MB\n\n" \
  "$(awk -v t="$total" -v c="$count" 'BEGIN{print t/c*1000}')" "$(awk -v t="$total" -v c="$count" -v j="$jobs" 'BEGIN{print t/c*1000*j}')" \
  "$jobs" "$(awk '{print $1 / 1024}' "$work/rss")"

# Part 2 left ~400 MB for the disk to write back; let it, untimed, so part 3 measures the tools
# and not the machine flushing part 2.
rm -rf "$work/gen" "$work/gen-out"
sync

echo "3. one notice (families-in-focus, English) as HTML + PDF: pnc vs pandoc + WeasyPrint (median of $runs)"
src=notices/families-in-focus.json
"$pnc" build "$src" --format html --out "$work/one" >/dev/null 2>&1
# The same content as Markdown, exported once from pnc's own HTML (not timed).
pandoc -f html -t gfm "$work/one/families-in-focus/notice.en.html" -o "$work/notice.md"
: >"$work/rss"
pnc_t=$(timed "$runs" --warmup 2 --clean "$work/one" -- "$pnc" build "$src" --format "$formats" --out "$work/one" | median)
rss "$pnc" build "$src" --format "$formats" --out "$work/one"
pnc_rss=$(sort -n "$work/rss" | tail -1)
: >"$work/rss"
pandoc_t=$(timed "$runs" --warmup 2 -- pandoc -s "$work/notice.md" --metadata title="Privacy notice" -o "$work/p.html" | median)
weasy_t=$(timed "$runs" --warmup 2 -- weasyprint "$work/p.html" "$work/p.pdf" | median)
rss pandoc -s "$work/notice.md" --metadata title="Privacy notice" -o "$work/p.html"
rss weasyprint "$work/p.html" "$work/p.pdf"
other_rss=$(sort -n "$work/rss" | tail -1)
printf "   pnc %s:              %8.1f ms  (peak RSS %.1f MB)\n" "$formats" "$(awk -v s="$pnc_t" 'BEGIN{print s*1000}')" "$(awk -v k="$pnc_rss" 'BEGIN{print k/1024}')"
printf "   pandoc md→html:         %8.1f ms\n" "$(awk -v s="$pandoc_t" 'BEGIN{print s*1000}')"
printf "   weasyprint html→pdf:    %8.1f ms  (peak RSS of either %.1f MB)\n" "$(awk -v s="$weasy_t" 'BEGIN{print s*1000}')" "$(awk -v k="$other_rss" 'BEGIN{print k/1024}')"
if [[ $formats == *pdf* ]]; then
  printf "   ratio (pandoc + WeasyPrint) / pnc: %.0fx\n" "$(awk -v a="$pandoc_t" -v b="$weasy_t" -v p="$pnc_t" 'BEGIN{print (a+b)/p}')"
else
  printf "   ratio pandoc (HTML only) / pnc HTML: %.0fx; with WeasyPrint's PDF counted: %.0fx (pnc wrote no PDF)\n" \
    "$(awk -v a="$pandoc_t" -v p="$pnc_t" 'BEGIN{print a/p}')" "$(awk -v a="$pandoc_t" -v b="$weasy_t" -v p="$pnc_t" 'BEGIN{print (a+b)/p}')"
fi

echo
echo "4. pnc watch: a one-line change to one notice (pss: adult + child), the HTML step (median of $runs saves)"
# pnc watch prints each rebuild's own time; the HTML comes first after a save, then every format.
mkdir -p "$work/watch" && cp notices/pss.json "$work/watch/pss.json"
root=$PWD pnc_abs=$(realpath "$pnc")
(cd "$work/watch" && exec "$pnc_abs" --data-dir "$root" watch pss.json --out out >watch.log 2>&1) &
watch_pid=$!
built() { grep -c '^built 1 notice' "$work/watch/watch.log" || true; }
for _ in $(seq 600); do grep -q '^watching ' "$work/watch/watch.log" 2>/dev/null && break || true; sleep 0.1; done
for i in $(seq "$runs"); do
  n=$(built)
  sed -i -E "s/\"version\": \"[^\"]*\"/\"version\": \"9.$i\"/" "$work/watch/pss.json"
  for _ in $(seq 600); do (($(built) >= n + 2)) && break; sleep 0.1; done
  sleep 0.5  # let the disk settle before the next save
done
kill "$watch_pid" 2>/dev/null || true
wait "$watch_pid" 2>/dev/null || true
grep '^built 1 notice' "$work/watch/watch.log" | tail -n $((2 * runs)) | grep -oE '\(([0-9]+) ms\)' | tr -d '()ms ' >"$work/watch/ms"
html_ms=$(awk 'NR % 2 == 1' "$work/watch/ms" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
all_ms=$(awk 'NR % 2 == 0' "$work/watch/ms" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf "   HTML (the page the browser reloads): %6s ms   (target < 100 ms)\n" "$html_ms"
printf "   then every format (PDF, braille, audio from the cache): %6s ms\n" "$all_ms"
