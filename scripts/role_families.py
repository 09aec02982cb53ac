"""Which feature families of the role model set the right pairs under its threshold apart.

``scripts/role_misses.py`` says that a missed event's pair scored under the threshold;
this says where its score went. Every training candidate of the gold articles is scored
out of fold (the folds of ``python -m core evaluate --cv K``) and falls in one of four
groups: right pairs above the threshold, right pairs under it by less than ``--near``
log-odds, wrong pairs above it, wrong pairs under it by less than ``--near``. For each
feature family (a feature's name before "=": "pr" the rules' choice of the pair, "t:sd"
the target's side and distance ...) the mean summed weight per candidate of each group
is printed, families ordered by how much more the right pairs above have than the right
pairs under. A family that lowers the right pairs under as much as the wrong ones near
them tells them apart no better than the model does; a new feature is worth a try only
where the two groups differ. Then the candidates by the rules' choice of the pair: how
many are right, and how many of each the model keeps.

    python scripts/role_families.py data/gold/train data/gold [--cv 5] [--near 1.5] [--top 30]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.crossval import gold_articles, split_folds  # noqa: E402
from core.events import learned, role_training  # noqa: E402

GROUPS = ("right above", "right under", "wrong above", "wrong under")


def out_of_fold(dirs: list[str], k: int) -> list[tuple[dict[str, float], int, float]]:
    """(summed weight per feature family, label, margin over the threshold) of every
    candidate, scored by the model fitted on the other folds."""
    from core import analyze

    paths = gold_articles(dirs)
    rows = {}
    for gp in paths:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = gp.with_suffix(".txt").read_text(encoding="utf-8")
        with learned.collecting() as bag:
            a = analyze(text, gold.get("published")).to_dict()
        rows[gp] = role_training.label_candidates(gold, text, a, bag)
    folds = split_folds(paths, k)
    out = []
    for i, held in enumerate(folds):
        model = role_training.fit_rows([r for j, f in enumerate(folds) if j != i for p in f for r in rows[p]])
        for gp in held:
            for feats, label, _ in rows[gp]:
                fams: Counter = Counter()
                for f in feats:
                    fams[f if f.startswith("pr=") else f.split("=", 1)[0]] += model.weights.get(f, 0.0)
                out.append((fams, label, model.score(feats) + model.bias - model.threshold))
    return out


def report(scored: list[tuple[dict[str, float], int, float]], near: float, top: int) -> None:
    sums: dict[str, Counter] = defaultdict(Counter)
    sizes: Counter = Counter()
    by_choice: Counter = Counter()
    for fams, label, margin in scored:
        choice = next((f for f in fams if f.startswith("pr=")), "pr=?")
        by_choice[choice, label, margin > 0] += 1
        if margin <= -near:
            continue
        group = ("right " if label else "wrong ") + ("above" if margin > 0 else "under")
        sizes[group] += 1
        for f, w in fams.items():
            sums[group]["pr" if f.startswith("pr=") else f] += w
    print("candidates:", ", ".join(f"{g} {sizes[g]}" for g in GROUPS))
    print(f"{'family':<10}" + "".join(f"{g:>13}" for g in GROUPS))
    mean = {g: {fam: x / max(sizes[g], 1) for fam, x in sums[g].items()} for g in GROUPS}
    order = sorted({f for g in GROUPS for f in sums[g]},
                   key=lambda f: mean["right under"].get(f, 0.0) - mean["right above"].get(f, 0.0))
    for fam in order[:top]:
        print(f"{fam:<10}" + "".join(f"{mean[g].get(fam, 0.0):>13.3f}" for g in GROUPS))
    print("\nby the rules' choice of the pair: right (above the threshold) / wrong (above)")
    for choice in sorted({c for c, _, _ in by_choice}):
        right, wrong = (by_choice[choice, y, True] + by_choice[choice, y, False] for y in (1, 0))
        print(f"  {choice:<9} {right:>5} ({by_choice[choice, 1, True]}) / {wrong:>5} ({by_choice[choice, 0, True]})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dirs", nargs="+")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--near", type=float, default=1.5, help="log-odds under the threshold a pair counts as near it")
    ap.add_argument("--top", type=int, default=30, help="families printed")
    a = ap.parse_args(argv)
    report(out_of_fold(a.gold_dirs, a.cv), a.near, a.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
