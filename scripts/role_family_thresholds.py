"""Nested cross-validation of a decision threshold per family of event types for the role model.

usage: python scripts/role_family_thresholds.py [GOLD_DIR ...] [--outer 5] [--inner 4]
       [--shifts -0.5 -0.25 0 0.25] [--fold K]

The role model keeps a pair above one threshold for every type. A family whose events the
model keeps with a higher precision than the others (acts done to another side: their
sides are named by the act's own words) might gain recall from a lower threshold, and a
family of weaker cues lose false alarms to a higher one. A threshold per family is a shift
of the log-odds of every trigger of the family: the same as adding the shift to the weight
of the trigger's type ("T=TYPE"), so it needs no change of the model's format or of its
scoring. Chosen on the scored articles it would be tuned on them; here each outer fold's
training articles are split into inner folds, each inner fold is extracted and scored
with the model fitted on the others at every shift (events counted per type), and per
family the shift that gives the best pooled inner F1 (the other families at 0; ties: 0)
is picked. The held-out fold is then scored with the model fitted on all its training
folds, with the picks and without: pooled, the nested estimate against the plain
figure. ``--fold K`` runs one outer fold (folds run in parallel; sum their lines).
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# the families of types (core.events.governing.STATEMENT_TYPES the first)
FAMILIES = {
    "statements": ("ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "AGREE"),
    "acts": ("ASSAULT", "COERCE", "SANCTION"),
    "others": ("CONSULT", "COOPERATE", "AID", "MOBILIZE", "PROTEST", "RETREAT"),
}


def shifted(model, shifts: dict[str, float]):
    """A copy of ``model`` whose triggers of each family score ``shifts[family]`` log-odds
    higher (the family's threshold that much lower)."""
    from core.events import learned

    w = dict(model.weights)
    for fam, d in shifts.items():
        for typ in FAMILIES[fam]:
            if d:
                w[f"T={typ}"] = round(w.get(f"T={typ}", 0.0) + d, 5)
    return learned.RoleModel(w, model.bias, model.threshold, dict(model.meta))


def by_type(model, held: list[Path]) -> dict[str, tuple[int, int, int]]:
    """Event (tp, fp, fn) per type of the full extraction of ``held`` with ``model``."""
    from core.evaluate import evaluate_paths
    from core.events import learned

    learned.set_model(model)
    try:
        ev = evaluate_paths(held).events
    finally:
        learned.set_model(None)
    return {t: (c.tp, c.fp, c.fn) for t, c in ev.items()}


def family_counts(counts: dict[str, tuple]) -> dict[str, list[int]]:
    out = {f: [0, 0, 0] for f in FAMILIES}
    for typ, v in counts.items():
        fam = next((f for f, ts in FAMILIES.items() if typ in ts), "others")
        out[fam] = [x + y for x, y in zip(out[fam], v)]
    return out


def _f1(v) -> float:
    return 2 * v[0] / max(2 * v[0] + v[1] + v[2], 1e-9)


def pick(inner: dict[float, dict[str, list[int]]]) -> dict[str, float]:
    """Per family the shift of the best pooled F1, the other families at 0 (ties: 0, then
    the smaller shift)."""
    out = {}
    for fam in FAMILIES:
        def total(d):
            return [sum(inner[d if f == fam else 0.0][f][i] for f in FAMILIES) for i in range(3)]
        out[fam] = max(inner, key=lambda d: (round(_f1(total(d)), 4), d == 0.0, -abs(d)))
    return out


def main() -> int:
    from core.crossval import gold_articles, split_folds
    from core.events import role_training

    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dirs", nargs="*", default=[str(ROOT / "data/gold/train"), str(ROOT / "data/gold")])
    ap.add_argument("--outer", type=int, default=5)
    ap.add_argument("--inner", type=int, default=4)
    ap.add_argument("--shifts", type=float, nargs="+", default=[-0.5, -0.25, 0.0, 0.25, 0.5])
    ap.add_argument("--fold", type=int, default=None, help="only this outer fold (1-based)")
    a = ap.parse_args()
    shifts = sorted(set(a.shifts) | {0.0})
    paths = gold_articles(a.gold_dirs)
    rows = {p: role_training.training_rows([p]) for p in paths}
    nested, fixed = [0, 0, 0], [0, 0, 0]
    for k, held in enumerate(split_folds(paths, a.outer), 1):
        if a.fold is not None and k != a.fold:
            continue
        train = [p for p in paths if p not in held]
        inner = {d: {f: [0, 0, 0] for f in FAMILIES} for d in shifts}
        for part in split_folds(train, a.inner):
            model = role_training.fit_rows([r for p in train if p not in part for r in rows[p]])
            for d in shifts:
                got = family_counts(by_type(shifted(model, {f: d for f in FAMILIES}), part))
                for f in FAMILIES:
                    inner[d][f] = [x + y for x, y in zip(inner[d][f], got[f])]
        chosen = pick(inner)
        model = role_training.fit_rows([r for p in train for r in rows[p]])
        got = [sum(v[i] for v in by_type(shifted(model, chosen), held).values()) for i in range(3)]
        ref = [sum(v[i] for v in by_type(model, held).values()) for i in range(3)]
        nested = [x + y for x, y in zip(nested, got)]
        fixed = [x + y for x, y in zip(fixed, ref)]
        table = "  ".join(f"{d:+g}:" + ",".join(f"{f[:4]} {'/'.join(map(str, inner[d][f]))}" for f in FAMILIES)
                          for d in shifts)
        print(f"fold {k} inner {table}", flush=True)
        print(f"fold {k} picked {chosen}: held-out {'/'.join(map(str, got))} (plain {'/'.join(map(str, ref))})",
              flush=True)
    print(f"nested estimate: events {'/'.join(map(str, nested))} F1 {_f1(nested):.3f}; "
          f"plain {'/'.join(map(str, fixed))} F1 {_f1(fixed):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
