"""Correlation (Pearson, after sign alignment) and speed ratio of comity against the peers.

usage: python3 compare.py <out_dir>   (reads comity_binary.csv, comity_ordinal.csv,
pscl.csv, mcmcpack.csv, peer_times.csv and comity_times.csv from out_dir)
"""
import csv
import math
import os
import sys

out = sys.argv[1]


def load(name, model=None):
    est = {}
    with open(os.path.join(out, name), newline="") as f:
        for row in csv.DictReader(f):
            if model is None or row.get("model") == model:
                est[row["actor"]] = float(row["estimate"])
    return est


def pearson(a, b):
    keys = sorted(set(a) & set(b))
    x = [a[k] for k in keys]
    y = [b[k] for k in keys]
    n = len(keys)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((u - mx) * (v - my) for u, v in zip(x, y))
    sxx = sum((u - mx) ** 2 for u in x)
    syy = sum((v - my) ** 2 for v in y)
    return sxy / math.sqrt(sxx * syy), n


def times(name):
    with open(os.path.join(out, name)) as f:
        return {k: float(v) for k, v in (line.strip().split(",") for line in f if line.strip())}


comity = {"binary": load("comity_binary.csv", "static"), "ordinal": load("comity_ordinal.csv", "static")}
peers = {"pscl": load("pscl.csv"), "mcmcpack": load("mcmcpack.csv")}
ct = times("comity_times.csv")
pt = times("peer_times.csv")
print(f"{'comparison':40} {'n':>4} {'|r|':>7} {'sign':>5} {'peer s':>8} {'comity s':>9} {'speed-up':>9}")
for peer, pe in peers.items():
    for variant, ce in comity.items():
        r, n = pearson(ce, pe)
        ratio = pt[peer] / ct[variant]
        print(f"{'comity ' + variant + ' vs ' + peer:40} {n:4d} {abs(r):7.4f} {'+' if r > 0 else '-':>5} "
              f"{pt[peer]:8.2f} {ct[variant]:9.3f} {ratio:8.1f}x")
r, n = pearson(peers["pscl"], peers["mcmcpack"])
print(f"{'pscl vs mcmcpack (peer agreement)':40} {n:4d} {abs(r):7.4f}")
fastest = min(pt, key=pt.get)
print(f"fastest peer: {fastest} ({pt[fastest]:.2f} s); comity binary is "
      f"{pt[fastest] / ct['binary']:.1f}x faster on the same matrix")
