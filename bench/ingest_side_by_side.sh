#!/usr/bin/env bash
# Two builds of the `ingest_files` example, side by side on the same corpora (issue 13): a start-up
# file, the 100x corpus and the ~50 MB folder made by bench/ingest_speed.sh, 1 and 2 threads, each
# build with its own data files (the frames are embedded in the binary; actors and office holders are
# read from the data directory given). Prints wall, MB/s, user CPU, peak RSS and claims per run, with
# the 1-minute load average.
# Usage: bench/ingest_side_by_side.sh OLD_BIN OLD_DATA_DIR NEW_BIN NEW_DATA_DIR BENCH_DIR [REPEATS]
#   e.g. after `git worktree add /tmp/old 2e0530a` and building the example in each:
#   bench/ingest_side_by_side.sh /tmp/old/target/release/examples/ingest_files /tmp/old/data \
#       target/release/examples/ingest_files data /work/speed-bench 2
set -euo pipefail
[ $# -ge 5 ] || { sed -n 2,11p "$0"; exit 2; }
old_bin=$1 old_data=$2 new_bin=$3 new_data=$4 work=$5 reps=${6:-2}
mkdir -p "$work/one"
[ -f "$work/one/one.txt" ] || echo "Serbia does not recognise Kosovo." >"$work/one/one.txt"
out=$(mktemp) tim=$(mktemp)
trap 'rm -f "$out" "$tim"' EXIT
run() { # label bin data threads dir
  local label=$1 bin=$2 data=$3 t=$4 dir=$5 bytes wall user rss
  bytes=$(cat "$dir"/* | wc -c)
  INGEST_THREADS=$t /usr/bin/time -f "%e %U %M" "$bin" "$data/actors.csv" "$data/office_holders.csv" "$dir"/* >"$out" 2>"$tim"
  read -r wall user rss < <(tail -1 "$tim")
  awk -v l="$label" -v d="$(basename "$dir")" -v t="$t" -v b="$bytes" -v w="$wall" -v u="$user" -v r="$rss" \
    -v c="$(wc -l <"$out")" -v la="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN {printf "%-4s %-5s t%d wall %6.2f s (%5.2f MB/s) user %6.2f s  RSS %6.0f MB  claims %d  load %s\n", l, d, t, w, b/1e6/w, u, r/1024, c, la}'
}
for _ in $(seq "$reps"); do
  for d in one x100 big; do
    for t in 1 2; do
      [ "$d" = one ] && [ "$t" = 2 ] && continue
      run old "$old_bin" "$old_data" "$t" "$work/$d"
      run new "$new_bin" "$new_data" "$t" "$work/$d"
    done
  done
done
