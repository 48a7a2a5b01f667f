#!/usr/bin/env python3
"""Compare a comity dynamic fit with Bailey, Strezhnev & Voeten's published ideal points.

usage: bsv_compare.py FIT.csv [BSV.csv] [ACTORS.csv]
FIT.csv: model,actor,session,estimate,... (the unvotes_fit example's output; actor = ISO2)
Prints pooled Pearson r, per-session median / worst / count below 0.9, and the mean and
sd of both scales (are the numbers comparable, not only correlated?).
"""
import csv, math, sys

fit_path = sys.argv[1]
args = [a for a in sys.argv if a != "-v"]
bsv_path = args[2] if len(args) > 2 else "../shared/data/bsv/IdealpointestimatesAll_Apr2020.csv"
actors_path = args[3] if len(args) > 3 else "data/actors.csv"
iso2_to_3 = {r["iso2"]: r["id"] for r in csv.DictReader(open(actors_path)) if r["iso2"]}
iso2_to_3.setdefault("NA", "NAM")
ours = {}
for r in csv.DictReader(open(fit_path)):
    if r["model"] != "dynamic":
        continue
    k = iso2_to_3.get(r["actor"], r["actor"])
    ours[(k, int(r["session"]))] = float(r["estimate"])
pairs = {}
for r in csv.DictReader(open(bsv_path)):
    key = (r["iso3c"], int(r["session"]))
    if key in ours:
        pairs.setdefault(key[1], []).append((ours[key], float(r["IdealPoint"])))

def pearson(p):
    n = len(p); mu = sum(a for a, _ in p) / n; mv = sum(b for _, b in p) / n
    c = sum((a - mu) * (b - mv) for a, b in p)
    su = sum((a - mu) ** 2 for a, _ in p); sv = sum((b - mv) ** 2 for _, b in p)
    return c / math.sqrt(su * sv)

allp = [x for v in pairs.values() for x in v]
per = {s: pearson(v) for s, v in sorted(pairs.items()) if len(v) > 2}
rs = sorted(per.values())
worst = min(per, key=per.get)
sd = lambda xs: math.sqrt(sum((x - sum(xs) / len(xs)) ** 2 for x in xs) / len(xs))
print(f"matched {len(allp)} country-sessions in {len(per)} sessions")
print(f"pooled r = {pearson(allp):.4f}; per-session median {rs[len(rs)//2]:.4f}, worst session {worst} r = {per[worst]:.4f}, {sum(r < 0.9 for r in rs)} below 0.90")
ours_v = [a for a, _ in allp]; bsv_v = [b for _, b in allp]
print(f"ours mean {sum(ours_v)/len(ours_v):.3f} sd {sd(ours_v):.3f}; BSV mean {sum(bsv_v)/len(bsv_v):.3f} sd {sd(bsv_v):.3f}")
if "-v" in sys.argv:
    for s, r in per.items():
        print(s, f"{r:.3f}", len(pairs[s]))
