#!/usr/bin/env bash
# compare.sh: build the same synthetic catalog with ocop and with Hugo, side
# by side, and print median wall time, peak memory (RSS) and the ratios,
# plus the floor: copying the output tree with cp -r.
#
# Usage: bench/compare.sh [SIZES...]      (default: 1000 10000)
# Needs: go, hugo (Debian's package, 0.111), /usr/bin/time. Installs nothing.
# Environment: RUNS (default 5), WORK (default a new temp folder).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(1000 10000)
runs=${RUNS:-5}
work=${WORK:-$(mktemp -d)}

for tool in go hugo /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is not installed" >&2; exit 2; }
done

go build -o "$work/ocop" ./cmd/ocop
ocop="$work/ocop"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
echo "ocop: $("$ocop" version); $(hugo version | cut -d' ' -f1-2)"
echo "runs: $runs each, interleaved, after one warm-up"

# measure CMD...: runs the command once under /usr/bin/time, appending
# "seconds kilobytes" to the file named by $out.
measure() {
  local out=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  cat "$work/time.txt" >> "$out"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for n in "${sizes[@]}"; do
  site="$work/site-$n"; hsite="$work/hugo-$n"
  rm -rf "$site" "$hsite"
  "$ocop" synth --products "$n" --seed 1 --out "$site" --hugo "$hsite" >/dev/null
  rm -f "$work"/r-*
  # Warm-up, then page counts on both sides.
  rm -rf "$work/out-ocop" "$work/out-hugo"
  "$ocop" build --source "$site" --dest "$work/out-ocop" >/dev/null
  hugo --quiet -s "$hsite" -d "$work/out-hugo" >/dev/null
  # The kiosk screens (kiosk/, one index.html per showroom and one for the
  # whole catalog) are work ocop does that the Hugo site has no twin for:
  # counted apart, and inside ocop's time.
  pages_ocop=$(find "$work/out-ocop" -name '*.html' -not -path "$work/out-ocop/kiosk/*" | wc -l)
  kiosks=$(find "$work/out-ocop/kiosk" -name index.html 2>/dev/null | wc -l)
  pages_hugo=$(find "$work/out-hugo" -name '*.html' | wc -l)
  # Both tools start from an empty output folder. ocop's second run, over
  # its own previous output, also removes the old site after swapping the
  # new one in (Hugo would write over its old files instead): reported on
  # its own line, not in the ratios.
  for i in $(seq "$runs"); do
    rm -rf "$work/out-ocop"
    measure "$work/r-ocop" "$ocop" build --source "$site" --dest "$work/out-ocop"
    measure "$work/r-ocop-again" "$ocop" build --source "$site" --dest "$work/out-ocop"
    rm -rf "$work/out-hugo"
    measure "$work/r-hugo" hugo --quiet -s "$hsite" -d "$work/out-hugo"
    rm -rf "$work/out-cp"
    measure "$work/r-cp" cp -r "$work/out-ocop" "$work/out-cp"
  done
  to=$(cut -d' ' -f1 "$work/r-ocop" | median); mo=$(cut -d' ' -f2 "$work/r-ocop" | median)
  th=$(cut -d' ' -f1 "$work/r-hugo" | median); mh=$(cut -d' ' -f2 "$work/r-hugo" | median)
  tc=$(cut -d' ' -f1 "$work/r-cp" | median)
  ta=$(cut -d' ' -f1 "$work/r-ocop-again" | median)
  echo
  echo "== $n products: pages ocop $pages_ocop (and $kiosks kiosk screens), hugo $pages_hugo"
  awk -v ta="$ta" -v to="$to" -v th="$th" -v tc="$tc" -v mo="$mo" -v mh="$mh" -v ro="$(tr '\n' ' ' < "$work/r-ocop")" -v rh="$(tr '\n' ' ' < "$work/r-hugo")" 'BEGIN {
    printf "ocop  median %.2f s  peak RSS %.0f MB   (runs: %s)\n", to, mo/1024, ro
    printf "hugo  median %.2f s  peak RSS %.0f MB   (runs: %s)\n", th, mh/1024, rh
    printf "cp -r median %.2f s\n", tc
    printf "ocop over its previous output: median %.2f s\n", ta
    printf "ratio ocop/hugo: time %.2f, memory %.2f; ocop/cp: %.2f\n", to/th, mo/mh, (tc > 0 ? to/tc : 0)
  }'
done
