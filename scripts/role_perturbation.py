"""How many events a retrain on slightly other articles changes on unseen news.

usage:
  python scripts/role_perturbation.py train OUTDIR [--drop 5] [--seed 0] [--bags K] [--fraction F] [--c C ...] [--threshold T]
  AKHBAR_ROLE_MODEL=OUTDIR/drop-a.json python scripts/compare_output.py dump CORPUS A.jsonl --limit 1500
  AKHBAR_ROLE_MODEL=OUTDIR/drop-b.json python scripts/compare_output.py dump CORPUS B.jsonl --limit 1500
  python scripts/role_perturbation.py count A.jsonl B.jsonl

A rule change moves the role model's training candidates a little, the model is
retrained, and events near its threshold come and go on articles the rule never touches.
``train`` imitates that with the rules fixed: two models fitted on the gold articles less
two disjoint sets of ``--drop`` articles (the same sets, by ``--seed``, for every trainer
setting), with the shipped trainer's constants or those given (``--bags`` and the rest, as
in scripts/cv_kept_roles.py). Extraction reads a model file named by the environment
variable AKHBAR_ROLE_MODEL (core.events.learned) in place of the shipped one; ``count``
then counts the events (type, actors, direction, sentence, trigger) in one dump and not the other.
A steadier trainer changes fewer events under the same perturbation.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def dropped_sets(paths: list, drop: int, seed: int) -> tuple[list, list]:
    """Two disjoint sets of ``drop`` articles, drawn by ``seed`` from the sorted names."""
    order = sorted(map(str, paths))
    random.Random(seed).shuffle(order)
    return order[:drop], order[drop:2 * drop]


def train(outdir: str, drop: int, seed: int, args) -> None:
    from core.crossval import gold_articles
    from core.events import role_training as rt

    rt.configure(args.bags, args.fraction, args.c, args.threshold, args.type_scale)
    paths = gold_articles([ROOT / "data/gold/train", ROOT / "data/gold"])
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name, gone in zip(("a", "b"), dropped_sets(paths, drop, seed)):
        kept = [p for p in paths if str(p) not in set(gone)]
        model = rt.train_on_gold(kept)
        model.meta["articles"] = len(kept)
        (out / f"drop-{name}.json").write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"drop-{name}: {len(kept)} articles ({', '.join(Path(g).stem for g in gone)} left out), "
              f"{len(model.weights)} weights")


def _events(path: str) -> dict[int, Counter]:
    opener = gzip.open if path.endswith(".gz") else open
    out = {}
    with opener(path, "rt", encoding="utf-8") as f:
        for d in map(json.loads, f):
            out[d["n"]] = Counter(
                (e.get("type"), tuple(e.get("actors") or ()), e.get("directed"), e.get("sentence_start"),
                 (e.get("trigger") or {}).get("start"))
                for e in d["analysis"].get("events") or [])
    return out


def count(a_path: str, b_path: str) -> dict:
    """Events in one dump and not the other (by type), over the articles of both."""
    a, b = _events(a_path), _events(b_path)
    gone, came = Counter(), Counter()
    for n in sorted(set(a) & set(b)):
        for key, k in (a[n] - b[n]).items():
            gone[key[0]] += k
        for key, k in (b[n] - a[n]).items():
            came[key[0]] += k
    total = sum(sum(c.values()) for c in a.values())
    return {"events": total, "gone": sum(gone.values()), "came": sum(came.values()), "gone_by": gone, "came_by": came}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train")
    t.add_argument("outdir")
    t.add_argument("--drop", type=int, default=5)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--bags", type=int, default=None)
    t.add_argument("--fraction", type=float, default=None)
    t.add_argument("--c", type=float, nargs="+", default=None)
    t.add_argument("--threshold", type=float, default=None)
    t.add_argument("--type-scale", type=float, default=None,
                   help="training value of the features conjoined with the type (role_training.TYPE_SCALE)")
    c = sub.add_parser("count")
    c.add_argument("a")
    c.add_argument("b")
    a = ap.parse_args()
    if a.cmd == "train":
        train(a.outdir, a.drop, a.seed, a)
        return 0
    got = count(a.a, a.b)
    print(f"{got['events']} events in the first; {got['gone']} gone, {got['came']} came "
          f"({got['gone'] + got['came']} changed)")
    for typ in sorted(set(got["gone_by"]) | set(got["came_by"])):
        print(f"  {typ:<10} -{got['gone_by'][typ]} +{got['came_by'][typ]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
