#!/usr/bin/env bash
# Dynamic peer benchmark: comity-ideal's dynamic fit against MCMCpack::MCMCdynamicIRT1d (R),
# side by side on the same binary matrix.
#
# usage: bench/ideal_peers/dynamic_peer.sh [data_dir] [out_dir]
#   data_dir defaults to ../shared/data/unvotes; out_dir to /tmp/ideal_dynamic_peer (the
#   exported matrix is derived from third-party data: never commit it).
# Environment: SESSIONS (default 72-74), MCMC (default 1500 draws, thinned by 10), BURNIN
#   (default 500), WALK_SD (default 0.3), THREADS (default 2), REPEAT (default 3 comity runs),
#   SKIP_INSTALL=1 to skip apt-get.
#
# The ONE matrix: UNGA roll calls of sessions $SESSIONS, recoded binary (yes = 1, no = 0,
# abstain = missing; MCMCdynamicIRT1d is binary-only), exported by the same program run that
# fits it. Both fit the same model with the same priors: first point N(0, 1), random walk with
# variance WALK_SD² per session (fixed in MCMCpack: c0 = d0 = -1), item intercepts and slopes
# N(0, 10) (comity: item sd sqrt(10); no later-point prior). comity's time is the fit alone,
# the median of REPEAT runs; MCMCpack's is one run of the fitting call.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${1:-$root/../shared/data/unvotes}"
out="${2:-/tmp/ideal_dynamic_peer}"
sessions="${SESSIONS:-72-74}"
mcmc="${MCMC:-1500}"
burnin="${BURNIN:-500}"
walk="${WALK_SD:-0.3}"
threads="${THREADS:-2}"
repeat="${REPEAT:-3}"
mkdir -p "$out"

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq r-cran-mcmcpack >/dev/null
fi

cd "$root"
cargo build --release -q -p comity-ideal --example unvotes_fit
bin="${CARGO_TARGET_DIR:-$root/target}/release/examples/unvotes_fit"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "== comity, dynamic binary model (sessions $sessions), exported for the peer"
: > "$out/comity_dynamic.log"
for _ in $(seq "$repeat"); do
  "$bin" "$data" "$out/comity_dynamic.csv" --sessions "$sessions" --binary --dynamic-only \
    --walk-sd "$walk" --item-sd 3.1623 --threads "$threads" --export "$out/matrix.csv" \
    | tee -a "$out/comity_dynamic.log"
done
sed -n 's/^fit dynamic: \([0-9.]*\) s.*/\1/p' "$out/comity_dynamic.log" | median > "$out/comity_dynamic_time.txt"

echo "== MCMCpack::MCMCdynamicIRT1d on the same matrix"
Rscript "$here/dynamic_peer.R" "$out/matrix.csv" "$out" "$mcmc" "$burnin" "$walk"

echo "== comparison"
python3 "$here/dynamic_compare.py" "$out"
