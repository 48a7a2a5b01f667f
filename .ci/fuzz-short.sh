#!/usr/bin/env bash
# Short fuzzing for CI: every target of fuzz/ for FUZZ_SECONDS (default 15) each, from its
# committed seed corpus (new inputs go to a temporary folder, the repository is not touched).
# A crash, a failed assertion, a timeout (20 s for one input) or running out of memory fails
# the script; the failing input is left in fuzz/artifacts/<target>/.
#
# The targets are built with plain cargo and the coverage flags cargo-fuzz passes (libFuzzer's
# SanitizerCoverage instrumentation; stable rustc options, so no nightly and no cargo-fuzz
# install), without AddressSanitizer (safe Rust: ASan would find nothing a panic does not; the
# bundled SQLite C code is not instrumented either way) and without cargo-fuzz's
# codegen-units=1 (a smoke run needs a fast build more than the last few percent of speed).
# The long run, scripts/fuzz.sh, uses cargo-fuzz itself with ASan.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${FUZZ_SECONDS:-15}"
targets="${FUZZ_TARGETS:-date_parse cli_as_of resolve import_claims unvotes clean dates pipeline api_query}"
triple="$(rustc -vV | sed -n 's/^host: //p')"
target_dir="${CARGO_TARGET_DIR:-fuzz/target}"
case "$target_dir" in /*) ;; *) target_dir="$(pwd)/$target_dir" ;; esac
echo "== fuzz build (all targets)"
start=$(date +%s)
RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing \
-Cllvm-args=-simplifycfg-branch-fold-threshold=0 -Cllvm-args=-sanitizer-coverage-stack-depth" \
    cargo build --manifest-path fuzz/Cargo.toml --release --locked --bins \
    --target "$triple" --target-dir "$target_dir"
echo "fuzz build took $(( $(date +%s) - start )) s"
# scripts/fuzz.sh (the long run) uses this build and runs the targets itself.
[ "${FUZZ_BUILD_ONLY:-0}" = 1 ] && exit 0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p fuzz/artifacts
for t in $targets; do
    echo "== fuzz $t for ${secs} s"
    mkdir -p "$work/$t" "fuzz/artifacts/$t"
    log="$work/$t.log"
    rc=0
    "$target_dir/$triple/release/$t" -artifact_prefix="fuzz/artifacts/$t/" \
        -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 -timeout=20 \
        -print_final_stats=1 "$work/$t" "fuzz/corpus/$t" >"$log" 2>&1 || rc=$?
    grep -E '^(stat::number_of_executed_units|Done)' "$log" || true
    if [ "$rc" -ne 0 ]; then
        grep -E '^(==|SUMMARY)|panicked|ERROR' "$log" | head -20 || true
        tail -40 "$log"
        echo "fuzz target $t failed (exit $rc); the input is in fuzz/artifacts/$t/"
        exit 1
    fi
done
