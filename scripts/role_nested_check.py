"""Nested cross-validation of the role model's regularisation (C) and decision threshold.

usage: python scripts/role_nested_check.py [GOLD_DIR ...] [--outer 5] [--inner 4]
       [--c 0.02 0.03 0.05] [--positive 1 1.5] [--threshold 0.2 0.25 0.3 0.35] [--hard 1.5]

``python -m core evaluate --cv 5`` scores the held-out fold of each split, so a constant
chosen by its figures (core.events.role_training.C, THRESHOLD) is chosen on the scored
articles. Here each outer fold's training articles are split again into inner folds; the
model is fitted on all but one inner fold and that one is extracted and scored as the
evaluation does (events pooled over the inner folds). Prints, per outer fold, the inner
event F1 of every (C, class weight of the right pairs, threshold) and the setting it
picks (ties: the shipped constants), whose held-out articles took no part in the
choice; that fold is then scored with the model fitted on all its training folds with
the pick, and with the shipped constants: pooled, the nested estimate of the selection
against the shipped constants' CV figure (run it once per ``--hard`` value to compare
hard-negative weights fold by fold). The entity tagger stays the shipped one (as in the role
model's own training). About 2 minutes per threshold and C on one core.
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def article_rows(path: Path) -> list[tuple]:
    """The labelled candidates of one gold article (as role_training.training_rows)."""
    from core.events import role_training

    return role_training.training_rows([path])


def inner_score(model, held: list[Path], threshold: float) -> tuple[int, int, int]:
    """Event (tp, fp, fn) of the full extraction of ``held`` with ``model`` at ``threshold``."""
    from core.evaluate import Score, evaluate_paths
    from core.events import learned

    m = learned.RoleModel(dict(model.weights), model.bias, math.log(threshold / (1 - threshold)),
                          dict(model.meta))
    learned.set_model(m)
    try:
        c = Score.total(evaluate_paths(held).events)
    finally:
        learned.set_model(None)
    return c.tp, c.fp, c.fn


def _f1(v) -> float:
    return 2 * v[0] / max(2 * v[0] + v[1] + v[2], 1e-9)


def main() -> int:
    from core.crossval import gold_articles, split_folds
    from core.events import role_training

    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dirs", nargs="*", default=[str(ROOT / "data/gold/train"), str(ROOT / "data/gold")])
    ap.add_argument("--outer", type=int, default=5)
    ap.add_argument("--inner", type=int, default=4)
    ap.add_argument("--c", type=float, nargs="+", default=[0.02, role_training.C, 0.05])
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.2, role_training.THRESHOLD, 0.3, 0.35])
    ap.add_argument("--positive", type=float, nargs="+", default=[role_training.POSITIVE_WEIGHT],
                    help="class weights of the right pairs to choose among (role_training.POSITIVE_WEIGHT)")
    ap.add_argument("--hard", type=float, default=None,
                    help="weight of a trigger's wrong pairs when it has a right one (role_training.HARD_NEGATIVE)")
    a = ap.parse_args()
    if a.hard is not None:
        role_training.HARD_NEGATIVE = a.hard
    paths = gold_articles(a.gold_dirs)
    rows = {p: article_rows(p) for p in paths}
    shipped = (role_training.C, role_training.POSITIVE_WEIGHT, role_training.THRESHOLD)
    settings = [(c, w, t) for c in a.c for w in a.positive for t in a.threshold]
    name = {s: f"C={s[0]:g},w={s[1]:g},t={s[2]:g}" for s in settings}
    print("outer  " + "  ".join(name[s] for s in settings) + "  picked")
    nested, fixed = [0, 0, 0], [0, 0, 0]
    for k, held in enumerate(split_folds(paths, a.outer), 1):
        train = [p for p in paths if p not in held]
        counts = {s: [0.0, 0.0, 0.0] for s in settings}
        for inner in split_folds(train, a.inner):
            fit_on = [r for p in train if p not in inner for r in rows[p]]
            for c in a.c:
                for w in a.positive:
                    model = role_training.fit_rows(fit_on, c=c, positive=w)
                    for t in a.threshold:
                        got = inner_score(model, inner, t)
                        counts[(c, w, t)] = [x + y for x, y in zip(counts[(c, w, t)], got)]
        f1 = {s: _f1(v) for s, v in counts.items()}
        pick = max(settings, key=lambda s: (round(f1[s], 4), s == shipped))
        # the held-out fold scored with the pick (the nested estimate) and with the shipped constants
        fit_on = [r for p in train for r in rows[p]]
        got = inner_score(role_training.fit_rows(fit_on, c=pick[0], positive=pick[1]), held, pick[2])
        ref = inner_score(role_training.fit_rows(fit_on), held, shipped[2])
        nested = [x + y for x, y in zip(nested, got)]
        fixed = [x + y for x, y in zip(fixed, ref)]
        print(f"{k:<6} " + "  ".join(f"{f1[s]:>{len(name[s])}.3f}" for s in settings)
              + f"  {name[pick]}: held-out {'/'.join(map(str, got))} (shipped {'/'.join(map(str, ref))})", flush=True)
    print(f"nested estimate: events {'/'.join(map(str, nested))} F1 {_f1(nested):.3f}; "
          f"shipped constants {'/'.join(map(str, fixed))} F1 {_f1(fixed):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
