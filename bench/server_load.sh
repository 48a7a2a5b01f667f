#!/usr/bin/env bash
# Load bench of `comity serve` on loopback (a bench script, not a test): wrk against the
# status and recognitions endpoints; prints requests/s, p99 latency, errors, and the
# server's peak resident memory. Goal (issue 12): >= 5,000 req/s with p99 <= 10 ms for
# status, 0 errors, on 2 cores.
#   bench/server_load.sh            # 20 s per endpoint, 2 threads, 32 connections
#   DURATION=5s bench/server_load.sh
#   BIN=/path/to/comity bench/server_load.sh   # an already built binary (e.g. to compare two builds)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null
if [ -n "${BIN:-}" ]; then
  bin="$BIN"
else
  cargo build --release --locked -q -p comity-cli
  bin="${CARGO_TARGET_DIR:-target}/release/comity"
fi
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
port="${PORT:-18181}"
export COMITY_TODAY="${COMITY_TODAY:-2026-11-22}"
"$bin" --db "$work/db.sqlite" serve --addr "127.0.0.1:$port" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/api/v1/entities" >/dev/null 2>&1 && break; sleep 0.1; done
base="http://127.0.0.1:$port/api/v1"
# The server's CPU time (user + system, in clock ticks) so far.
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz="$(getconf CLK_TCK)"
# Tail latency on a shared 2-core machine depends on what else runs: the load average is
# printed beside each run, and a static asset (no computation) is measured as the floor.
for url in "$base/status/RUS/XKX" "$base/status/USA/XKX?as_of=2015-11-09" "$base/recognitions/XKX" "$base/recognitions/XKX?among=eu&as_of=2015-11-09" "http://127.0.0.1:$port/assets/style.css"; do
  echo "== $url (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  t0="$(ticks)"
  out="$(wrk -t2 -c"${CONNECTIONS:-32}" -d"${DURATION:-20s}" --latency "$url")"
  t1="$(ticks)"
  echo "$out" | grep -E "Requests/sec|99%|50%|Non-2xx|Socket errors|requests in"
  n="$(echo "$out" | awk '/requests in/ {print $1}')"
  awk -v t="$((t1 - t0))" -v hz="$hz" -v n="$n" 'BEGIN { if (n > 0) printf "  server CPU: %.2f s, %.1f us per request\n", t / hz, 1e6 * t / hz / n }'
done
# Cache misses: recognitions of Kosovo on a different day for every request (6,800 days from
# the declaration, more than the cache holds), so every answer is computed.
cat >"$work/days.lua" <<'LUA'
local threads = 0
function setup(thread) thread:set("id", threads); threads = threads + 1 end
function init(args) n = (id or 0) * 3400 end
function request()
  n = n + 1
  local t = os.time{year = 2008, month = 2, day = 17, hour = 12} + (n % 6800) * 86400
  return wrk.format("GET", "/api/v1/recognitions/XKX?as_of=" .. os.date("!%Y-%m-%d", t))
end
LUA
echo "== $base/recognitions/XKX?as_of=<a different day each request> (load average $(cut -d' ' -f1-3 /proc/loadavg))"
t0="$(ticks)"
out="$(wrk -t2 -c"${CONNECTIONS:-32}" -d"${DURATION:-20s}" --latency -s "$work/days.lua" "$base/recognitions/XKX")"
t1="$(ticks)"
echo "$out" | grep -E "Requests/sec|99%|50%|Non-2xx|Socket errors|requests in"
n="$(echo "$out" | awk '/requests in/ {print $1}')"
awk -v t="$((t1 - t0))" -v hz="$hz" -v n="$n" 'BEGIN { if (n > 0) printf "  server CPU: %.2f s, %.1f us per request\n", t / hz, 1e6 * t / hz / n }'
echo "== server memory"
grep -E "VmHWM|VmRSS" "/proc/$pid/status"
