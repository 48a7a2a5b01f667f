#!/usr/bin/env bash
# Browser tests of `comity serve` with real headless Chromium (called by .ci/run).
# Installs Debian's chromium + chromium-driver, builds comity, serves a fresh database
# (with seed 002, which carries a script fragment, ingested, and a hostile fixture imported),
# and runs crates/comity-server/browser/test.mjs (playwright-core driving /usr/bin/chromium).
# Screenshots go to ${ARTEFACTS:-target/ci-artefacts/browser}.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
art="${ARTEFACTS:-$root/target/ci-artefacts/browser}"
mkdir -p "$art"

if ! command -v chromium >/dev/null; then
  echo "== installing chromium (apt)"
  (apt-get install -y -q chromium chromium-driver >/dev/null 2>&1) ||
    (apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null)
fi

echo "== build comity"
cargo build --locked -q -p comity-cli
bin="${CARGO_TARGET_DIR:-$root/target}/debug/comity"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export COMITY_TODAY="${COMITY_TODAY:-2026-11-22}"
db="$work/db.sqlite"
seed="../shared/seeds/002_48668f8254a4d677.txt"
copies=(../shared/seeds/000_8cdac366aff1a688.txt ../shared/seeds/001_cd6efeac3a956f6f.txt)
export SEED_INGESTED=0 EXPECT_DISTINCT=""
if [ -f "$seed" ] && [ -f "${copies[0]}" ] && [ -f "${copies[1]}" ]; then
  # Two copies of one text, accepted, so the pair page groups their shared sentences; then
  # seed 002, left proposed for the review page.
  "$bin" --db "$db" ingest "${copies[@]}" >/dev/null
  "$bin" --db "$db" review accept --all-proposed >/dev/null
  EXPECT_DISTINCT="$("$bin" --db "$db" timeline RUS XKX | sed -n '1s/.*(\([0-9]*\) distinct).*/\1/p')"
  [ -n "$EXPECT_DISTINCT" ] || { echo "the CLI's timeline RUS XKX groups no copies"; exit 1; }
  "$bin" --db "$db" ingest "$seed" >/dev/null
  SEED_INGESTED=1
elif [ "${CI:-}" = "true" ]; then
  echo "missing $seed or ${copies[*]} (CI=true)"; exit 1
else
  echo "note: $seed missing; not ingested"
fi
# The counts the page must show, from the CLI.
count() { "$bin" --db "$db" recognitions XKX --as-of "$1" --format json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).counts.recognising))'; }
export EXPECT_0216="$(count 2008-02-16)" EXPECT_0301="$(count 2008-03-01)"
echo "CLI: recognising on 2008-02-16 = $EXPECT_0216, on 2008-03-01 = $EXPECT_0301"

port="${PORT:-18080}"
"$bin" --db "$db" -v serve --addr "127.0.0.1:$port" >"$art/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/api/v1/entities" >/dev/null 2>&1 && break
  sleep 0.1
done
export TOKEN="$(cat "$db.token")" BASE="http://127.0.0.1:$port" ARTEFACTS="$art" PROFILE="$work/profile"
# The hostile fixture: a source with a javascript: URL and script/onerror text, as a proposed claim.
curl -fs -X POST -H "authorization: Bearer $TOKEN" -H "content-type: application/json" \
  --data-binary @crates/comity-server/browser/hostile.json "$BASE/api/v1/import" >/dev/null

cd crates/comity-server/browser
npm ci --no-audit --no-fund >/dev/null
node test.mjs
echo "screenshots in $art"
