#!/usr/bin/env python3
"""Side-by-side numbers of dynamic_peer.sh: time ratio and correlation of the ideal points.

usage: dynamic_compare.py OUT_DIR
Reads comity_dynamic.csv and comity_dynamic.log (the fits), mcmc_dynamic.csv (MCMCdynamicIRT1d
posterior means, columns theta.<actor>.t<period>), periods.txt and dynamic_peer_time.csv.
"""
import csv, math, re, sys

out = sys.argv[1]
periods = open(f"{out}/periods.txt").read().strip().split(",")
comity = {}
for r in csv.DictReader(open(f"{out}/comity_dynamic.csv")):
    if r["model"] == "dynamic":
        comity[(r["actor"], r["session"])] = float(r["estimate"])
mcmc = {}
for r in csv.DictReader(open(f"{out}/mcmc_dynamic.csv")):
    m = re.match(r"theta\.(.+)\.t(\d+)$", r["name"])
    if m:
        mcmc[(m.group(1), periods[int(m.group(2)) - 1])] = float(r["estimate"])
keys = sorted(k for k in comity if k in mcmc)

def pearson(u, v):
    n = len(u); mu = sum(u) / n; mv = sum(v) / n
    c = sum((a - mu) * (b - mv) for a, b in zip(u, v))
    return c / math.sqrt(sum((a - mu) ** 2 for a in u) * sum((b - mv) ** 2 for b in v))

u = [comity[k] for k in keys]; v = [mcmc[k] for k in keys]
runs = [re.match(r"fit dynamic: ([0-9.]+) s wall, ([0-9.]+) s cpu", l)
        for l in open(f"{out}/comity_dynamic.log") if l.startswith("fit dynamic:")]
times = [float(m.group(1)) for m in runs]
cpus = [float(m.group(2)) for m in runs]
peer = open(f"{out}/dynamic_peer_time.csv").read().strip().split(",")
t_mcmc = float(peer[1])
t_comity = sorted(times)[(len(times) - 1) // 2]
c_comity = sorted(cpus)[(len(cpus) - 1) // 2]
print(f"matched {len(keys)} actor-sessions (comity {len(comity)}, MCMCdynamicIRT1d {len(mcmc)})")
print(f"r(comity, MCMCdynamicIRT1d posterior means) = {pearson(u, v):.4f}")
for p in periods:
    ks = [k for k in keys if k[1] == p]
    print(f"  session {p}: r = {pearson([comity[k] for k in ks], [mcmc[k] for k in ks]):.4f} ({len(ks)})")
print(f"comity fit: {', '.join(f'{t:.3f}' for t in times)} s (median {t_comity:.3f} s); "
      f"MCMCdynamicIRT1d: {t_mcmc:.1f} s; ratio {t_mcmc / t_comity:,.0f}x (wall)")
if len(peer) > 2:
    print(f"cpu: comity {', '.join(f'{c:.2f}' for c in cpus)} s (median {c_comity:.2f} s); "
          f"MCMCdynamicIRT1d {float(peer[2]):.1f} s; ratio {float(peer[2]) / c_comity:,.0f}x")
