#!/usr/bin/env bash
# Long fuzzing: every target of fuzz/ for FUZZ_SECONDS (default 600) each, growing a
# corpus in target/fuzz-corpus/<target> (not committed; copy interesting small inputs
# into fuzz/corpus/ by hand). Prints executions per target and in all; crashes are left
# in fuzz/artifacts/<target>/ and make the script exit 1 at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${FUZZ_SECONDS:-600}"
targets="${FUZZ_TARGETS:-date_parse cli_as_of resolve import_claims unvotes clean dates pipeline api_query}"
export RUSTC_BOOTSTRAP=1
cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked
(cd fuzz && cargo fuzz build -O)
total=0
failed=0
for t in $targets; do
    mkdir -p "target/fuzz-corpus/$t"
    log="target/fuzz-corpus/$t.log"
    (cd fuzz && cargo fuzz run -O "$t" "../target/fuzz-corpus/$t" "corpus/$t" -- \
        -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1) >"$log" 2>&1 || failed=1
    n=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    n=${n:-0}
    total=$((total + n))
    echo "$t: $n executions in ${secs} s ($(grep -c 'panicked\|ERROR: libFuzzer' "$log" || true) failures; log $log)"
done
echo "total: $total executions"
exit "$failed"
