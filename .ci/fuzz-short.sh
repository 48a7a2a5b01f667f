#!/usr/bin/env bash
# Short fuzzing for CI: every target of fuzz/ for FUZZ_SECONDS (default 15) each, from its
# committed seed corpus (new inputs go to a temporary folder, the repository is not touched).
# A crash fails the script; the crashing input is left in fuzz/artifacts/<target>/.
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP=1 enables them on the stable toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${FUZZ_SECONDS:-15}"
# No AddressSanitizer here: the targets are safe Rust (ASan would only slow the build and the
# runs; the bundled SQLite C code is not instrumented either way). A panic, an assertion, a
# timeout or running out of memory still fails. scripts/fuzz.sh (the long run) keeps ASan.
san="${FUZZ_SANITIZER:-none}"
targets="${FUZZ_TARGETS:-date_parse cli_as_of resolve import_claims unvotes clean dates pipeline api_query}"
export RUSTC_BOOTSTRAP=1
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi
echo "== fuzz build (all targets)"
start=$(date +%s)
(cd fuzz && cargo fuzz build -O -s "$san")
echo "fuzz build took $(( $(date +%s) - start )) s"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for t in $targets; do
    echo "== fuzz $t for ${secs} s"
    mkdir -p "$work/$t"
    (cd fuzz && cargo fuzz run -O -s "$san" "$t" "$work/$t" "corpus/$t" -- \
        -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 -timeout=20 -print_final_stats=1 2>&1 \
        | grep -E '^(stat::number_of_executed_units|==|SUMMARY|thread .* panicked|Done)' || true)
    # cargo fuzz exits non-zero on a crash; the pipeline above hides it, so check artifacts.
    if compgen -G "fuzz/artifacts/$t/crash-*" >/dev/null || compgen -G "fuzz/artifacts/$t/oom-*" >/dev/null \
        || compgen -G "fuzz/artifacts/$t/timeout-*" >/dev/null; then
        echo "fuzz target $t found a failing input:" fuzz/artifacts/"$t"/*
        exit 1
    fi
done
