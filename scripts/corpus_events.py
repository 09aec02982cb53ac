"""Events of unseen corpus news, to judge precision where nobody tuned the rules, and what
a change removes or adds there.

The gold's cross-validation scores articles the rules were written while reading; a
sample of corpus news spread over the file (world and Middle-East sections) shows what
users see on articles nobody read. ``sample`` writes one JSON line per event (article,
type, actor names, trigger, sentence); ``diff`` lists the events one run has and the
other lacks, for judging a change's removals on articles it was not tuned on.

    python scripts/corpus_events.py sample CORPUS.jsonl.gz OUT.jsonl [--offset 0] [--step 50] [--n 300]
    python scripts/corpus_events.py diff BEFORE.jsonl AFTER.jsonl
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NEWS = ("internationalNews", "middleEast")


def news_articles(path: str, offset: int, step: int, n: int):
    """Every step-th news article from offset: a spread over the whole file."""
    seen = 0
    with gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("category") not in NEWS:
                continue
            if seen % step == offset:
                yield d
                n -= 1
                if n <= 0:
                    return
            seen += 1


def sample(args) -> None:
    from core import analyze_record

    with open(args.out, "w", encoding="utf-8") as out:
        for d in news_articles(args.corpus, args.offset, args.step, args.n):
            a, _ = analyze_record(d["text"], d.get("published"))
            doc = a.to_dict()
            names = {e["id"]: e.get("name_ar") or e.get("name") for e in doc["entities"]}
            for v in doc["events"]:
                out.write(json.dumps({"art": d["id"], "type": v["type"], "actors": [names.get(x, x) for x in v["actors"]],
                                      "trigger": v["trigger"], "modality": v.get("modality"),
                                      "sentence": v.get("sentence")}, ensure_ascii=False) + "\n")


def _key(d: dict) -> tuple:
    return d["art"], d["type"], tuple(map(str, d["actors"])), d["trigger"]["start"]


def diff(args) -> None:
    before = [json.loads(x) for x in open(args.before, encoding="utf-8")]
    after = [json.loads(x) for x in open(args.after, encoding="utf-8")]
    kb, ka = {_key(d) for d in before}, {_key(d) for d in after}
    for sign, rows, other in (("-", before, ka), ("+", after, kb)):
        for d in rows:
            if _key(d) not in other:
                print(sign, d["type"], "->".join(map(str, d["actors"])), "|", d["trigger"]["text"], "|",
                      (d["sentence"] or "")[:200].replace("\n", " "))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("corpus")
    s.add_argument("out")
    s.add_argument("--offset", type=int, default=0)
    s.add_argument("--step", type=int, default=50)
    s.add_argument("--n", type=int, default=300)
    d = sub.add_parser("diff")
    d.add_argument("before")
    d.add_argument("after")
    args = p.parse_args()
    sample(args) if args.cmd == "sample" else diff(args)


if __name__ == "__main__":
    main()
