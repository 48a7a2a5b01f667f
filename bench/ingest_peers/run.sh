#!/usr/bin/env bash
# Compare HTML main-content extraction speed: comity-ingest (decode + clean) vs trafilatura.
# Pages are made from the seed documents: each paragraph wrapped in <p>, with boilerplate
# nav/header/footer/script/newsletter around it, and variations so that pages differ.
# Usage: bench/ingest_peers/run.sh [pages] [repeats]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seeds="${SEEDS:-$root/../shared/seeds}"
pages="${1:-200}"
repeats="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv" >/dev/null
"$work/venv/bin/pip" install --quiet trafilatura lxml_html_clean
"$work/venv/bin/python" - "$seeds" "$work/pages" "$pages" <<'PY'
import html, os, sys
seeds, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out, exist_ok=True)
docs = [open(os.path.join(seeds, f), encoding="utf-8", errors="replace").read() for f in sorted(os.listdir(seeds))]
for i in range(n):
    paras = [p for p in docs[i % len(docs)].split("\n\n") if p.strip()]
    paras = paras[i % 3:] + paras[: i % 3]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    page = f"""<!DOCTYPE html><html><head><title>Page {i}</title>
<script>var tracker = {{id: {i}}}; function go() {{ return 1; }}</script><style>p {{ margin: 0 }}</style></head>
<body><header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/europe">Europe</a></nav></header>
<div class="sidebar"><ul><li><a href="/a">Most read</a></li><li><a href="/b">Opinion</a></li></ul></div>
<article><h1>Page {i}</h1>{body}</article>
<div class="newsletter">Join our mailing list</div>
<footer>© 2023 Example News. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>"""
    open(os.path.join(out, f"page{i:04}.html"), "w", encoding="utf-8").write(page)
PY
bytes=$(cat "$work"/pages/* | wc -c)
echo "pages: $pages, $(echo "$bytes" | awk '{printf "%.2f MB", $1/1e6}') per pass, $repeats passes"
(cd "$root" && cargo run --quiet --release -p comity-ingest --example html_extract -- "$work/pages" "$repeats")
"$work/venv/bin/python" - "$work/pages" "$repeats" <<'PY'
import os, sys, time, trafilatura
d, reps = sys.argv[1], int(sys.argv[2])
pages = [open(os.path.join(d, f), encoding="utf-8").read() for f in sorted(os.listdir(d))]
size = sum(len(p.encode()) for p in pages)
t = time.perf_counter(); kept = 0
for _ in range(reps):
    for p in pages:
        kept += len(trafilatura.extract(p) or "")
s = time.perf_counter() - t
print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages x {reps}: {size*reps/s/1e6:.1f} MB/s, {len(pages)*reps/s:.0f} pages/s, {kept//reps} chars kept per pass")
PY
