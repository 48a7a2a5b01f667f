#!/usr/bin/env python3
"""Print the README tables (documents, counts per half × kind / entity / page kind) from the built JSONL."""
import collections, json, os
import split, sources

HERE = os.path.dirname(os.path.abspath(__file__))
ENT = {"pse": "PSE Palestine", "twn": "TWN Taiwan", "esh": "ESH Sahrawi Rep.", "xab": "XAB/XSO Abkhazia, S. Ossetia",
       "xtr": "XTR Transnistria", "xar": "XAR Artsakh", "xsl": "XSL Somaliland", "xnc": "XNC Northern Cyprus",
       "xkx": "XKX Kosovo"}
assign = split.assignment()
claims = {h: [json.loads(l) for l in open(os.path.join(HERE, f"gold-heldout-{h}.jsonl"), encoding="utf-8")] for h in ("dev", "test")}
per_doc = collections.Counter(c["doc"].rsplit(".", 1)[0] for h in claims for c in claims[h])
files = {f.rsplit(".", 1)[0]: f for f in os.listdir(os.path.join(HERE, "docs")) if not f.endswith(".json")}

print("| doc | half | entity | page kind | claims | URL |\n|---|---|---|---|---|---|")
for d in sorted(assign, key=lambda d: (assign[d], d)):
    k, url = sources.SRC[d][0], sources.SRC[d][1]
    print(f"| {files[d]} | {assign[d]} | {d.split('_')[0].upper()} | {k} | {per_doc[d]} | {url} |")

def table(title, key, cols):
    print(f"\n{title}\n")
    print("| half | " + " | ".join(cols) + " | total |\n|---|" + "---|" * (len(cols) + 1))
    for h in ("dev", "test"):
        cnt = collections.Counter(key(c) for c in claims[h])
        print(f"| {h} | " + " | ".join(str(cnt[c]) for c in cols) + f" | {len(claims[h])} |")

kinds = ["recognition", "relations", "independence", "membership", "vote", "statement", "contact", "agreement"]
table("Claims per kind", lambda c: c["kind"], kinds)
table("Claims per entity (document's primary entity)", lambda c: ENT[c["doc"].split("_")[0]], list(ENT.values()))
pk = sorted({v[0] for v in sources.SRC.values()})
table("Claims per page kind", lambda c: sources.SRC[c["doc"].rsplit(".", 1)[0]][0], pk)
print("\nDocuments per page kind\n")
print("| half | " + " | ".join(pk) + " | total |\n|---|" + "---|" * (len(pk) + 1))
for h in ("dev", "test"):
    ds = [d for d in assign if assign[d] == h]
    cnt = collections.Counter(sources.SRC[d][0] for d in ds)
    print(f"| {h} | " + " | ".join(str(cnt[k]) for k in pk) + f" | {len(ds)} |")
print("\nDocuments per entity\n")
print("| half | " + " | ".join(ENT.values()) + " | total |\n|---|" + "---|" * (len(ENT) + 1))
for h in ("dev", "test"):
    ds = [d for d in assign if assign[d] == h]
    cnt = collections.Counter(ENT[d.split("_")[0]] for d in ds)
    print(f"| {h} | " + " | ".join(str(cnt[k]) for k in ENT.values()) + f" | {len(ds)} |")
