#!/usr/bin/env bash
# Whole-process time of `comity recognitions XKX`, `status RUS XKX` and `entities` on a warm database.
# Usage: bench/cli.sh   (builds the release binary; uses hyperfine when installed, else a timed loop)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p comity-cli
bin=target/release/comity
db="$(mktemp -d)/bench.sqlite"
export COMITY_DB="$db"
"$bin" status RUS XKX >/dev/null   # first use: creates the database and loads the shipped data
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 5 --runs 200 \
    "$bin recognitions XKX" "$bin recognitions XKX --among un --as-of 2015-11-09" "$bin status RUS XKX" "$bin entities"
else
  for cmd in "recognitions XKX" "recognitions XKX --among un --as-of 2015-11-09" "status RUS XKX" "entities"; do
    n=200
    start=$(date +%s%N)
    for _ in $(seq $n); do "$bin" $cmd >/dev/null; done
    end=$(date +%s%N)
    echo "comity $cmd: $(( (end - start) / n / 1000 )) µs per run (mean of $n)"
  done
fi
