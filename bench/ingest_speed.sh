#!/usr/bin/env bash
# Ingestion speed, memory and copy-detection cost on a corpus of distinct real-language documents.
#
# Corpus: `bench_corpus` (crates/comity-ingest/examples/bench_corpus.rs) copies the held-out gold
# documents, the seeds and the Markdown notes of ../shared (1×) and adds deterministic variants
# (paragraphs rotated, a third of the words replaced by other words of the same document) for 10×
# and 100×. Variants share ~13 % of their shingles with their original, below the copy threshold.
#
# Reports, with the release build:
#   - end to end (files in → proposed claims as JSON lines + copy clusters): MB/s of wall and of
#     user CPU time, peak RSS (/usr/bin/time -v), at 1×, 10×, 100×, with 1 and 2 worker threads;
#   - start-up: a one-sentence file (the frames are compiled when a sentence first needs them);
#   - copy detection alone at 1×, 10×, 100×: seconds (fingerprints, then the comparison on 1 and
#     2 threads) and candidate pairs compared;
#   - peak RSS for a folder with one ~50 MB single-line document and the small documents.
#   - `comity ingest` (the release CLI) of 10× into a new database, then of 5 new near-copies of 1×
#     documents: wall, user CPU and peak RSS of each (the second costs its new documents plus the
#     stored documents' copy fingerprints, issue 13).
#   - with CALLGRIND=1, instruction counts of the 1× and 10× runs (valgrind --tool=callgrind): the
#     machine is shared, so compare CPU time and instructions, not wall time (the 1-minute load
#     average is printed beside each run).
# `ingest_files` reads each file when a worker takes it and keeps no cleaned text
# (`comity_ingest::ingest_from`, `Options::keep_cleaned` off), so peak RSS is the pipeline's own.
# Usage: bench/ingest_speed.sh [work-dir]    (default: a temporary directory, removed at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --release -q -p comity-ingest --example bench_corpus --example ingest_files --example copy_cost
bin="$CARGO_TARGET_DIR/release/examples"
work="${1:-}"
if [ -z "$work" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
actors="$root/data/actors.csv"
holders="$root/data/office_holders.csv"
for s in 1 10 100; do
  [ -d "$work/x$s" ] || "$bin/bench_corpus" "$work/x$s" "$s" >/dev/null
done
# The big document is made from the held-out documents only: the seeds carry chatbot and
# related-article cues, and a single-line document is one block, so it would be flagged whole and
# not searched for claims.
[ -d "$work/big" ] || "$bin/bench_corpus" "$work/big" big 50 "$root/crates/comity-ingest/tests/data/heldout/docs" >/dev/null

run() { # label threads dir
  local label="$1" threads="$2" dir="$3"
  local bytes
  bytes=$(cat "$dir"/* | wc -c)
  INGEST_THREADS="$threads" /usr/bin/time -v "$bin/ingest_files" "$actors" "$holders" "$dir"/* \
    >"$work/claims.jsonl" 2>"$work/time.txt"
  local wall user rss claims
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
  user=$(awk -F': ' '/User time/ {print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  claims=$(wc -l <"$work/claims.jsonl")
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  awk -v l="$label" -v t="$threads" -v b="$bytes" -v w="$wall" -v u="$user" -v r="$rss" -v c="$claims" -v n="$(ls "$dir" | wc -l)" -v la="$load" \
    'BEGIN {printf "%-5s threads %d: %5d docs %7.2f MB  wall %6.2f s (%5.2f MB/s)  user %6.2f s (%5.2f MB/s)  peak RSS %6.1f MB  %d claims  load %s\n", l, t, n, b/1e6, w, b/1e6/w, u, b/1e6/u, r/1024, c, la}'
}

echo "== end to end (ingest_files: decode, clean, extract, copies, support)"
for s in 1 10 100; do
  for t in 1 2; do run "${s}x" "$t" "$work/x$s"; done
done
echo "== start-up: one sentence"
mkdir -p "$work/one"
echo "Serbia does not recognise Kosovo." >"$work/one/one.txt"
run one 1 "$work/one"
echo "== copy detection alone (copy_cost; comparison on 1 and 2 threads)"
for s in 1 10 100; do
  for t in 1 2; do
    printf '%-5s t%d ' "${s}x" "$t"; INGEST_THREADS="$t" "$bin/copy_cost" "$work/x$s"/*
  done
done
echo "== memory: one ~50 MB single-line document plus the held-out documents"
run big 1 "$work/big"
run big 2 "$work/big"
echo "== comity ingest into a database: 10x, then a second ingest of 5 new near-copies of 1x documents"
# Issue 13: the second ingest reads the stored documents as known (cleaned text, block ranges and
# claims from the database), so it should cost its new documents plus the stored fingerprints.
cargo build --release -q -p comity-cli
mkdir -p "$work/again"
for f in $(ls "$work/x1" | head -5); do
  { cat "$work/x1/$f"; printf '\n\nThis copy was saved again for the benchmark.\n'; } >"$work/again/copy_$f"
done
rm -f "$work/store.sqlite"
for step in "first x10:$work/x10" "second (5 new):$work/again"; do
  printf '%-16s ' "${step%%:*}"
  COMITY_DB="$work/store.sqlite" /usr/bin/time -f "%e s wall  %U s user  %M KB peak RSS" \
    "$CARGO_TARGET_DIR/release/comity" ingest "${step#*:}" 2>&1 >/dev/null | tail -1
done
if [ "${CALLGRIND:-0}" = 1 ]; then
  for s in 1 10; do
    echo "== instructions (callgrind, ${s}x, 1 thread)"
    INGEST_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$work/callgrind$s.out" \
      "$bin/ingest_files" "$actors" "$holders" "$work/x$s"/* 2>&1 >/dev/null | grep 'refs'
  done
fi
