#!/usr/bin/env bash
# compare.sh: ocop's search against Pagefind 1.x on the same built site.
#
# Builds the synthetic catalog (default 10,000 products, seed 1) with ocop,
# indexes the same public/ with Pagefind, then prints the index size and
# file count of both, and runs bench/search/measure_test.go in headless
# Chromium: bytes transferred before the first results (5 queries), time
# from keystroke to results painted, and the top 5 of the 20 queries of
# bench/search/queries.txt.
#
# Usage: bench/search/compare.sh [PRODUCTS]
# Needs: go, node with npm, chromium. Pagefind is installed with npm into
# $WORK/npm (a local prefix); nothing is installed globally.
# Environment: WORK (default: a new temp folder; reused if it holds the
# site already), OUT (a markdown file for the tables; default stdout).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

n=${1:-10000}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
site="$work/site-$n"
pub="$site/public"

for tool in go npm node; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is not installed" >&2; exit 2; }
done
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null ||
  { echo "compare.sh: chromium is not installed" >&2; exit 2; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(go version | cut -d' ' -f3); chromium $( (chromium --version || chromium-browser --version || google-chrome --version) 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1)"

go build -o "$work/ocop" ./cmd/ocop
if [ ! -d "$site/content" ]; then
  "$work/ocop" synth --products "$n" --seed 1 --out "$site" >/dev/null
fi
rm -rf "$pub"
"$work/ocop" build --source "$site" --dest "$pub" | tail -1

# Pagefind 1.x, in a local npm prefix inside the work folder.
if [ ! -x "$work/npm/node_modules/.bin/pagefind" ]; then
  npm install --prefix "$work/npm" --cache "$work/npm-cache" --no-audit --no-fund --loglevel=error pagefind@1 >/dev/null
fi
pagefind="$work/npm/node_modules/.bin/pagefind"
echo "pagefind: $("$pagefind" --version)"
# Pagefind indexes every page's <main> (not the header, navigation and
# footer every page repeats), in both languages.
start=$(date +%s.%N)
"$pagefind" --site "$pub" --root-selector main >"$work/pagefind.log" 2>&1 || { cat "$work/pagefind.log" >&2; exit 1; }
echo "pagefind indexed in $(echo "$(date +%s.%N) - $start" | bc) s: $(grep -E 'Indexed [0-9]+ pages' "$work/pagefind.log" | xargs)"

size() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.2f MB in %d files", s / 1048576, NR}'; }
echo
echo "index on disk:"
echo "  ocop     search/   $(size "$pub/search")  (+ assets/search.js $(stat -c %s "$pub/assets/search.js") bytes)"
echo "  pagefind pagefind/ $(size "$pub/pagefind")"
echo

cd "$root/bench/search"
OCOP_SEARCH_BENCH="$pub" OCOP_SEARCH_OUT="${OUT:-}" go test -run - -bench SearchBytes -benchtime 1x -count=1 -timeout 60m . >"$work/measure.log" 2>&1 || { cat "$work/measure.log" >&2; exit 1; }
if [ -n "${OUT:-}" ]; then cat "$OUT"; else grep -v '^\(ok\|PASS\)' "$work/measure.log"; fi
