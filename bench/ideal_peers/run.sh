#!/usr/bin/env bash
# Peer benchmark of comity-ideal against pscl::ideal and MCMCpack::MCMCirt1d (R).
#
# usage: bench/ideal_peers/run.sh [data_dir] [out_dir]
#   data_dir defaults to ../shared/data/unvotes (relative to the repository root);
#   out_dir defaults to /tmp/ideal_peers (the exported matrix is derived from third-party
#   data: never commit it).
# Environment: SESSIONS (default 60-74), MCMC (default 1000 kept draws before thinning),
#   BURNIN (default 500), THREADS (default 2), REPEAT (default 3 comity runs),
#   SKIP_INSTALL=1 to skip apt/pip.
#
# The ONE matrix: UNGA roll calls of sessions $SESSIONS; every actor (country code, or
# name when the code is empty) with at least one yes or no vote; recoded BINARY for the peers:
# yes = 1, no = 0, abstain = missing (pscl::ideal and MCMCirt1d are binary-only). comity fits
# the very same binary matrix (exported by the same program run that fits it) with its
# binary probit model (`Model::Binary`, the model the peers fit), and, for information, the
# ordinal model on the same sessions (abstentions kept). comity's time is the fit alone
# (reading the CSV excluded), the median of REPEAT runs (default 3); the peers' times are
# one run each of the fitting call (matrix building included, a few ms).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${1:-$root/../shared/data/unvotes}"
out="${2:-/tmp/ideal_peers}"
sessions="${SESSIONS:-60-74}"
mcmc="${MCMC:-1000}"
burnin="${BURNIN:-500}"
threads="${THREADS:-2}"
mkdir -p "$out"

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq r-cran-pscl r-cran-mcmcpack >/dev/null
  pip install -q girth >/dev/null 2>&1 || echo "note: pip install girth failed (girth is not used below)"
fi

cd "$root"
cargo build --release -q -p comity-ideal --example unvotes_fit
bin="$root/target/release/examples/unvotes_fit"

repeat="${REPEAT:-3}"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "== comity, binary model, on the binary matrix (sessions $sessions), exported for the peers"
: > "$out/comity_binary.log"
for _ in $(seq "$repeat"); do
  "$bin" "$data" "$out/comity_binary.csv" --sessions "$sessions" --binary --static-only \
    --threads "$threads" --export "$out/matrix.csv" | tee -a "$out/comity_binary.log"
done
echo "== comity, ordinal model, same sessions with abstentions kept"
: > "$out/comity_ordinal.log"
for _ in $(seq "$repeat"); do
  "$bin" "$data" "$out/comity_ordinal.csv" --sessions "$sessions" --static-only \
    --threads "$threads" | tee -a "$out/comity_ordinal.log"
done
{
  printf 'binary,%s\n' "$(sed -n 's/^fit static: \([0-9.]*\) s.*/\1/p' "$out/comity_binary.log" | median)"
  printf 'ordinal,%s\n' "$(sed -n 's/^fit static: \([0-9.]*\) s.*/\1/p' "$out/comity_ordinal.log" | median)"
} > "$out/comity_times.csv"

echo "== peers (R) on the same binary matrix"
Rscript "$here/peers.R" "$out/matrix.csv" "$out" "$mcmc" "$burnin"

echo "== comparison"
python3 "$here/compare.py" "$out"

echo "== comity full fit: all 869,937 votes, ordinal model, static and dynamic, $threads threads"
for _ in $(seq "$repeat"); do
  "$bin" "$data" "$out/comity_full.csv" --threads "$threads"
done
