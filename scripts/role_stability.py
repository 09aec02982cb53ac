"""How steady the role model's decisions are when it is retrained on other articles.

usage: python scripts/role_stability.py CORPUS.jsonl[.gz] [--gold DIR ...] [--skip N] [--limit N]
       [--c 0.025 0.03] [--threshold 0.25] [--rounds 3]

Cross-validation measures how well a retrained model does; it does not say how much of
what it decides on unseen news hangs on which articles it happened to learn from. A
retrain after a rule change moves the training candidates a little, and the pairs near the
threshold on unseen articles flip: as many events as a rule changes, half of them wrongly.
Here the candidates of the corpus articles (read by the rules alone, as for training) are
decided by models fitted on resamples of the gold articles, and the triggers whose kept
pairs differ are counted: per round, a bootstrap of the articles against all of them
("boot"), and two disjoint halves of them against each other ("halves"). The same
resamples for every setting compared (C, threshold), so that only the setting differs.
Read and tune on the corpus articles outside the judging slice.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus_candidates(corpus: str, skip: int, limit: int) -> list[list]:
    """Each trigger's candidate pairs in the corpus articles, read with the rules alone."""
    from core import analyze
    from core.events import learned

    out = []
    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n < skip:
                continue
            if n >= skip + limit:
                break
            d = json.loads(line)
            with learned.collecting() as bag:
                analyze(d["text"], d.get("published"))
            out += [cands for _, _, _, cands in bag if cands]
    return out


def decisions(model, triggers: list[list]) -> list[frozenset]:
    """The pairs (source, target, directed) the model keeps per trigger."""
    from core.events import learned

    out = []
    for cands in triggers:
        for c in cands:
            c.scored = False  # scored afresh by each model
        out.append(frozenset((pair[0], pair[1], directed) for pair, directed in learned.decide(model, cands)))
    return out


def flips(a: list[frozenset], b: list[frozenset]) -> int:
    """Triggers whose kept pairs differ between two models' decisions."""
    return sum(x != y for x, y in zip(a, b))


def compare(per_article: list[list[tuple]], triggers: list[list], c: float, threshold: float,
            rounds: int) -> dict:
    """Kept pairs of the model fitted on every article, and the mean flips of ``rounds``
    bootstraps against it and of two halves against each other (seeded by the round)."""
    from core.events.role_training import fit_rows

    def fit(groups):
        return fit_rows([r for g in groups for r in g], c=c, threshold=threshold)

    full = decisions(fit(per_article), triggers)
    boot, halves = [], []
    for r in range(rounds):
        rnd = random.Random(r)
        sample = [per_article[rnd.randrange(len(per_article))] for _ in per_article]
        boot.append(flips(decisions(fit(sample), triggers), full))
        order = per_article[:]
        rnd.shuffle(order)
        half = len(order) // 2
        halves.append(flips(decisions(fit(order[:half]), triggers), decisions(fit(order[half:]), triggers)))
    return {"C": c, "threshold": threshold, "kept": sum(map(len, full)),
            "boot": sum(boot) / rounds, "halves": sum(halves) / rounds}


def main() -> int:
    from core.crossval import gold_articles
    from core.events.role_training import C, THRESHOLD, training_rows

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--gold", action="append", default=None, metavar="DIR")
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--c", type=float, nargs="+", default=[C])
    ap.add_argument("--threshold", type=float, nargs="+", default=[THRESHOLD])
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    paths = gold_articles(a.gold or [ROOT / "data/gold/train", ROOT / "data/gold"])
    per_article = [training_rows([p]) for p in paths]
    triggers = corpus_candidates(a.corpus, a.skip, a.limit)
    print(f"{len(paths)} gold articles, {len(triggers)} triggers with candidates in {a.limit} corpus articles")
    for c in a.c:
        for t in a.threshold:
            got = compare(per_article, triggers, c, t, a.rounds)
            print(f"C {c:g} threshold {t:g}: kept {got['kept']}, flips bootstrap/all {got['boot']:.0f}, "
                  f"half/half {got['halves']:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
