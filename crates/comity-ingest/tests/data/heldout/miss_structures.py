#!/usr/bin/env python3
"""Counts the development half's missed claims by stage and by the structure of their evidence
(h/extract18). Reads the `STAGE` lines that
`HELDOUT_STAGES=1 HELDOUT_ERRORS=1 cargo test -p comity-ingest --test comity-ingest -- --nocapture heldout_dev_half`
prints (development half only; the test half never prints such lines) on stdin.

The structure of a miss is the FIRST of these tests its evidence passes, in this order (a
heuristic over the evidence text, one category per claim; the regexes are below):
  unknown actor          stage a (a party never resolved in the document)
  cross-sentence         stage b (a party is outside the evidence window)
  (actor, date) list     two or more years and three or more commas
  dashed/ordinal list    "the Nth country ... after"
  nominalisation         "'s recognition of", "recognition of X by", "decision to", "X's admission"
  passive                "was/were/is/are/been recognised|admitted|... by"
  reported speech        said/told/stated/according to/a quotation mark
  relative clause        ", which" / ", who"
  apposition             ", a|an|the ..., " after a name
  coordination           " and " or ", " joining names (two or more capitalised words around them)
  table/list layout      a line break in the evidence, or evidence with no lower-case verb-like word
  other                  none of the above
"""
import re
import sys
from collections import Counter, defaultdict

CATS = [
    ("(actor, date) list", lambda e: len(re.findall(r"\b(?:1[89]|20)\d\d\b", e)) >= 2 and e.count(",") >= 3),
    ("dashed/ordinal list", lambda e: re.search(r"\b(?:first|second|third|\w+th)\s+(?:country|state|nation)\b.{0,40}\bafter\b", e, re.I)),
    ("nominalisation", lambda e: re.search(r"(?:'s|’s)\s+(?:\w+\s+)?(?:recognition|admission|membership|decision|withdrawal|bid|appeal|call|support|opposition)\b|\b(?:recognition|withdrawal|admission)\s+of\s+.{1,60}\bby\b|\bdecision\s+to\b", e, re.I)),
    ("passive", lambda e: re.search(r"\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?(?:recogni[sz]ed|admitted|accepted|blocked|vetoed|visited|signed|proclaimed|declared|considered|regarded|condemned|supported|rejected)\b", e, re.I)),
    ("reported speech", lambda e: re.search(r"\b(?:said|says|told|stated|announced|added|wrote|tweeted|according\s+to|reads)\b|[\"“”]", e, re.I)),
    ("relative clause", lambda e: re.search(r",\s+(?:which|who)\b", e)),
    ("apposition", lambda e: re.search(r"[A-Z]\w+,\s+(?:a|an|the)\s+[^,]{3,60},", e)),
    ("coordination", lambda e: re.search(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*(?:,\s+|\s+and\s+|\s+or\s+)(?:the\s+)?[A-Z]", e)),
    ("table/list layout", lambda e: "\n" in e or not re.search(r"\b[a-z]{3,}(?:ed|es|s)\b", e)),
]


def category(stage, evidence):
    if stage == "a":
        return "unknown actor"
    if stage == "b":
        return "cross-sentence"
    for name, test in CATS:
        try:
            if test(evidence):
                return name
        except re.error:
            continue
    return "other"


def main():
    rows = []
    for line in sys.stdin:
        m = re.match(r"STAGE ([a-f]) (\S+) (\S+) .*? \| (.*)$", line.rstrip("\n"))
        if m:
            rows.append((m.group(1), m.group(3), m.group(4)))
    table = defaultdict(Counter)
    for stage, kind, ev in rows:
        table[category(stage, ev)][stage] += 1
    stages = "abcdef"
    print(f"{'structure':22} " + " ".join(f"{s:>4}" for s in stages) + "  total")
    for cat, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{cat:22} " + " ".join(f"{c[s]:4}" for s in stages) + f"  {sum(c.values()):5}")
    print(f"{'all misses':22} " + " ".join(f"{sum(t[s] for t in table.values()):4}" for s in stages) + f"  {len(rows):5}")
    kinds = Counter(k for _, k, _ in rows)
    print("by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))


if __name__ == "__main__":
    main()
