"""Did a change alter what the extractor says? Dump, then compare, field by field.

usage:
  python scripts/compare_output.py dump CORPUS.jsonl.gz OUT.jsonl [--limit 2000] [--skip 0]
  python scripts/compare_output.py diff OLD.jsonl NEW.jsonl [--show 5] [--only entities,times,events]

A behaviour-preserving change (a refactor, a speed-up) must give an empty diff on the
same articles; a change meant to alter output shows how many articles moved and where.
``dump`` writes one line per article: its number in the corpus and the analysis's
dictionary without the text (the text is the input, not the output). ``diff`` exits 1
when anything differs, so it can gate a script.
"""
from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import sys
from typing import Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

FIELDS = ("entities", "times", "events", "relations", "sentences", "warnings")


def _open(path: str):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def dump(corpus: str, out: str, limit: int, skip: int) -> int:
    from core import analyze
    from core.pipeline import prepare

    prepare()
    n = 0
    with _open(corpus) as f, open(out, "w", encoding="utf-8") as w:
        for i, line in enumerate(f):
            if i < skip:
                continue
            if n >= limit:
                break
            d = json.loads(line)
            r = analyze(d["text"], d.get("published")).to_dict()
            r.pop("text", None)
            w.write(json.dumps({"n": i, "analysis": r}, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    print(f"{n} articles written to {out}")
    return 0


def _load(path: str) -> dict[int, dict[str, Any]]:
    with _open(path) as f:
        return {d["n"]: d["analysis"] for d in map(json.loads, f)}


def diff(old: str, new: str, show: int, only: tuple[str, ...]) -> int:
    a, b = _load(old), _load(new)
    common = sorted(set(a) & set(b))
    moved: dict[str, list[int]] = {}
    for n in common:
        for field in only:
            if a[n].get(field) != b[n].get(field):
                moved.setdefault(field, []).append(n)
    print(f"{len(common)} articles in both ({len(set(a) ^ set(b))} in one only)")
    if not moved:
        print("identical in " + ", ".join(only))
        return 0
    for field, ns in moved.items():
        print(f"{field}: {len(ns)} articles differ")
        for n in ns[:show]:
            old_items, new_items = a[n].get(field) or [], b[n].get(field) or []
            gone = [x for x in old_items if x not in new_items]
            came = [x for x in new_items if x not in old_items]
            print(f"  article {n}: -{len(gone)} +{len(came)}")
            for x in gone[:2]:
                print("    - " + json.dumps(x, ensure_ascii=False)[:300])
            for x in came[:2]:
                print("    + " + json.dumps(x, ensure_ascii=False)[:300])
    return 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("corpus")
    d.add_argument("out")
    d.add_argument("--limit", type=int, default=2000)
    d.add_argument("--skip", type=int, default=0)
    c = sub.add_parser("diff")
    c.add_argument("old")
    c.add_argument("new")
    c.add_argument("--show", type=int, default=5)
    c.add_argument("--only", default=",".join(FIELDS))
    a = ap.parse_args()
    if a.cmd == "dump":
        return dump(a.corpus, a.out, a.limit, a.skip)
    return diff(a.old, a.new, a.show, tuple(x for x in a.only.split(",") if x))


if __name__ == "__main__":
    sys.exit(main())
