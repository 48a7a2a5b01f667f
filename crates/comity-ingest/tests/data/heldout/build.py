#!/usr/bin/env python3
"""Build gold-heldout-{dev,test}.jsonl from the hand annotations in ann_*.py and validate them.

Checks, for every claim: the document exists; `evidence` is an exact substring of the document
(read as UTF-8 bytes); the byte span [start, end) written into `span` holds exactly the evidence
(the `occurrence`-th match, 0-based, default 0); fields and values follow ../../../../../shared
eval/SCHEMA.md; the doc's half agrees with split.py.  Prints counts per half, kind and entity.
Exit status 1 on any error.
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import split  # noqa: E402

KINDS = {"recognition", "relations", "independence", "membership", "vote", "statement", "contact", "agreement"}
POL = {
    "recognition": {"positive", "negative", "withdrawn", "planned"},
    "relations": {"established", "none", "severed"},
    "membership": {"joined", "applied", "refused", "blocked", "allowed"},
    "statement": {"support", "oppose", "neutral"},
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def docs_dir():
    return os.path.join(HERE, "docs")


def find_doc(doc):
    p = os.path.join(docs_dir(), doc)
    return p if os.path.exists(p) else None


def main():
    errors = []
    assign = split.assignment()
    out = {"dev": [], "test": []}
    import ann_dev, ann_test  # noqa: E401
    for half, mod in (("dev", ann_dev), ("test", ann_test)):
        for n, c in enumerate(mod.CLAIMS):
            c = dict(c)
            where = f"{mod.__name__}.CLAIMS[{n}] ({c.get('doc')})"
            occ = c.pop("occurrence", 0)
            if c.get("note", "") is None:
                del c["note"]
            doc_id = c["doc"].rsplit(".", 1)[0]
            if assign.get(doc_id) != half:
                errors.append(f"{where}: document is in half {assign.get(doc_id)!r}, annotated in {half!r}")
            path = find_doc(c["doc"])
            if not path:
                errors.append(f"{where}: no document docs/{c['doc']}")
                continue
            data = open(path, "rb").read()
            ev = c["evidence"].encode("utf-8")
            if len(c["evidence"]) > 300:
                errors.append(f"{where}: evidence longer than 300 characters")
            start, pos = -1, -1
            for _ in range(occ + 1):
                pos = data.find(ev, pos + 1)
                if pos < 0:
                    break
                start = pos
            if pos < 0:
                errors.append(f"{where}: evidence not found (occurrence {occ}): {c['evidence'][:80]!r}")
                continue
            c["span"] = [start, start + len(ev)]
            assert data[start:start + len(ev)] == ev
            if c["kind"] not in KINDS:
                errors.append(f"{where}: bad kind {c['kind']}")
            allowed = POL.get(c["kind"], {None})
            if c["polarity"] not in allowed:
                errors.append(f"{where}: bad polarity {c['polarity']!r} for {c['kind']}")
            if c["date"] is not None and not DATE.match(c["date"]):
                errors.append(f"{where}: bad date {c['date']!r}")
            if "quote" in c and c["quote"] not in c["evidence"] and c["quote"].encode() not in data:
                errors.append(f"{where}: quote not in document")
            out[half].append(c)
    # duplicates (two speakers for the same state are two claims: the subject is part of the key)
    for half in out:
        seen = collections.Counter(
            (c["doc"], c["kind"], c["subject"], c.get("speaker_actor"), c["object"], c["polarity"], c["date"],
             json.dumps(c.get("counts"), sort_keys=True))
            for c in out[half])
        for k, v in seen.items():
            if v > 1:
                errors.append(f"{half}: duplicate claim {k}")
    for half in out:
        with open(os.path.join(HERE, f"gold-heldout-{half}.jsonl"), "w", encoding="utf-8") as f:
            for c in out[half]:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
    # report
    for half in ("dev", "test"):
        cl = out[half]
        docs = sorted({c["doc"] for c in cl})
        print(f"== {half}: {len(docs)} documents annotated, {len(cl)} claims, all evidence found at its span")
        print("  per kind:  ", dict(sorted(collections.Counter(c["kind"] for c in cl).items())))
        print("  per entity:", dict(sorted(collections.Counter(c["doc"].split("_")[0] for c in cl).items())))
        for d in docs:
            print(f"    {d}: {sum(1 for c in cl if c['doc'] == d)}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
