#!/usr/bin/env bash
# Long fuzzing: every target of fuzz/ for FUZZ_SECONDS (default 600) each, JOBS targets at a time
# (default 1), with the build of .ci/fuzz-short.sh (libFuzzer coverage instrumentation, no
# sanitizer: see DESIGN.md "Fuzzing in CI without a sanitizer"). Each target grows its corpus in
# target/fuzz-corpus/<target> (not committed; copy small interesting inputs into fuzz/corpus/ by
# hand). Prints executions per target and in all; a crash leaves its input in
# fuzz/artifacts/<target>/ (when libFuzzer could write one) and makes the script exit 1.
#   scripts/fuzz.sh                               # 9 targets x 600 s, one at a time
#   JOBS=2 NICE=10 FUZZ_SECONDS=600 scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${FUZZ_SECONDS:-600}"
jobs="${JOBS:-1}"
targets="${FUZZ_TARGETS:-date_parse cli_as_of resolve import_claims unvotes clean dates pipeline api_query}"
FUZZ_BUILD_ONLY=1 bash .ci/fuzz-short.sh
triple="$(rustc -vV | sed -n 's/^host: //p')"
target_dir="${CARGO_TARGET_DIR:-fuzz/target}"
case "$target_dir" in /*) ;; *) target_dir="$(pwd)/$target_dir" ;; esac
mkdir -p target/fuzz-corpus fuzz/artifacts
run_one() {
    local t="$1"
    mkdir -p "target/fuzz-corpus/$t" "fuzz/artifacts/$t"
    local log="target/fuzz-corpus/$t.log" rc=0
    nice -n "${NICE:-0}" "$target_dir/$triple/release/$t" -artifact_prefix="fuzz/artifacts/$t/" \
        -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 -timeout=20 \
        -print_final_stats=1 "target/fuzz-corpus/$t" "fuzz/corpus/$t" >"$log" 2>&1 || rc=$?
    local n
    n=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    echo "$t: ${n:-0} executions in ${secs} s, exit $rc (log $log)"
}
export -f run_one
export secs target_dir triple
results="$(printf '%s\n' $targets | xargs -P "$jobs" -I{} bash -c 'run_one {}')"
echo "$results"
total=$(echo "$results" | awk '{s += $2} END {print s + 0}')
echo "total: $total executions"
if echo "$results" | grep -qv ', exit 0 '; then
    echo "a target failed: see its log and fuzz/artifacts/"
    exit 1
fi
