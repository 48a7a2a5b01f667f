#!/usr/bin/env bash
# Schema-driven fuzz of the API (schemathesis from PyPI) against `comity serve` on loopback:
# every operation in /api/v1/openapi.json with generated parameters; fails on any 5xx.
#   bench/api_fuzz.sh                 # MAX_EXAMPLES=50 per operation
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${VENV:-target/schemathesis-venv}"
[ -x "$venv/bin/st" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q schemathesis; }
cargo build --locked -q -p comity-cli
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
port="${PORT:-18282}"
export COMITY_TODAY="${COMITY_TODAY:-2026-11-22}"
target/debug/comity --db "$work/db.sqlite" serve --addr "127.0.0.1:$port" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/api/v1/entities" >/dev/null 2>&1 && break; sleep 0.1; done
# Only "not a server error": the bodies are documented as free-form JSON objects.
"$venv/bin/st" run "http://127.0.0.1:$port/api/v1/openapi.json" \
  --url "http://127.0.0.1:$port" \
  --checks not_a_server_error \
  --max-examples "${MAX_EXAMPLES:-50}" \
  -H "authorization: Bearer $(cat "$work/db.sqlite.token")" "$@"
echo "server errors in the log: $(grep -c 'server error' "$work/server.log" || true)"
