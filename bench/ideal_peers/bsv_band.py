#!/usr/bin/env python3
"""Compare comity's bootstrap intervals (dynamic fit) with BSV's published posterior quantiles.

usage: bsv_band.py FIT.csv [BSV.csv] [ACTORS.csv]
FIT.csv: the unvotes_fit example's output with --bootstrap (model,actor,session,estimate,
std_error,lower,upper; lower/upper = 2.5 % and 97.5 %). Prints how often BSV's posterior median
(Q50%) falls inside our 95 % interval and inside estimate ± 1.645 se (a 90 % interval, like their
5 %-95 % band), how often our estimate falls inside their 5 %-95 % band, and the widths.
"""
import csv, statistics as st, sys

args = sys.argv
fit_path = args[1]
bsv_path = args[2] if len(args) > 2 else "../shared/data/bsv/IdealpointestimatesAll_Apr2020.csv"
actors_path = args[3] if len(args) > 3 else "data/actors.csv"
iso2_to_3 = {r["iso2"]: r["id"] for r in csv.DictReader(open(actors_path)) if r["iso2"]}
iso2_to_3.setdefault("NA", "NAM")
ours = {}
for r in csv.DictReader(open(fit_path)):
    if r["model"] != "dynamic" or not r["lower"]:
        continue
    k = (iso2_to_3.get(r["actor"], r["actor"]), int(r["session"]))
    ours[k] = tuple(float(r[c]) for c in ("estimate", "std_error", "lower", "upper"))
n = in95 = in90 = est_in_band = 0
w95, w90, wbsv = [], [], []
for r in csv.DictReader(open(bsv_path)):
    k = (r["iso3c"], int(r["session"]))
    if k not in ours:
        continue
    est, se, lo, hi = ours[k]
    q5, q50, q95 = float(r["Q5%"]), float(r["Q50%"]), float(r["Q95%"])
    n += 1
    in95 += lo <= q50 <= hi
    in90 += abs(q50 - est) <= 1.645 * se
    est_in_band += q5 <= est <= q95
    w95.append(hi - lo); w90.append(2 * 1.645 * se); wbsv.append(q95 - q5)
print(f"matched {n} country-sessions")
print(f"BSV median inside our 95 % interval: {in95 / n:.3f}; inside our estimate +- 1.645 se (90 %): {in90 / n:.3f}")
print(f"our estimate inside BSV's 5-95 % band: {est_in_band / n:.3f}")
print(f"median width: ours 95 % {st.median(w95):.3f}, ours 90 % {st.median(w90):.3f}, BSV 5-95 % {st.median(wbsv):.3f}")
