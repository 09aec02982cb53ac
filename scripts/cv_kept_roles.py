"""K-fold cross-validation with the event role models of an earlier run kept, so that a
rule's own effect is seen apart from the noise of retraining.

``python -m core evaluate --cv K`` retrains the role model per fold on the code under
test. A rule that changes the model's training candidates (an actor found, a pair the
word-order rules read) then also moves the learned weights, and pairs near the
threshold come and go in articles the rule never touches: a few false alarms either way
(a ship's anaphora, +2 true positives in its two articles, showed 6 new false alarms in
articles without a ship). Run this with ``--save`` on the code before the change, then
with ``--load`` on the code after it: the held-out articles are scored by the same fold
models, trained on the same articles (``core.crossval``'s folds), and the difference is
what the rule itself does. The shipped figures stay those of ``core evaluate --cv``.

    python scripts/cv_kept_roles.py --save folds.pkl data/gold/train data/gold
    python scripts/cv_kept_roles.py --load folds.pkl data/gold/train data/gold

Without ``--save`` or ``--load`` it is ``core evaluate --cv``'s retrain per fold; ``--seed N``
deals the articles into other folds (their names' hash salted with N), a second fold
assignment to check that a change's gain is not one split's luck:

    python scripts/cv_kept_roles.py --seed 1 data/gold/train data/gold

``--bags K`` (``--fraction F``, ``--c``, ``--threshold``, ``--type-scale``) scores another setting of the role
model's trainer (core.events.role_training) with the same folds, such as the mean of K fits
on resamples of each fold's training articles.
"""
from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import crossval  # noqa: E402
from core.events import learned  # noqa: E402


def _key(paths) -> str:
    """The fold a model was trained for: the articles it was trained on."""
    return hashlib.md5("|".join(sorted(map(str, paths))).encode()).hexdigest()


def salted_split(seed: int):
    """split_folds with the articles ordered by a hash of their name salted with ``seed``:
    another deal of the same articles into K folds, as stable across runs."""
    import hashlib

    def split(paths: list, k: int) -> list[list]:
        order = sorted(paths, key=lambda p: (hashlib.sha1(f"{seed}:{Path(p).stem}".encode("utf-8")).hexdigest(), str(p)))
        return [order[i::k] for i in range(k)]

    return split


def _set_training(args) -> None:
    """The training constants the options override (role_training.configure)."""
    from core.events import role_training as rt

    rt.configure(args.bags, args.fraction, args.c, args.threshold, args.type_scale)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    how = ap.add_mutually_exclusive_group()
    how.add_argument("--save", metavar="FILE", help="train the fold role models and keep them in FILE")
    how.add_argument("--load", metavar="FILE", help="score with the fold role models kept in FILE")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0, help="another fold assignment (0: core evaluate's)")
    ap.add_argument("--bags", type=int, default=None,
                    help="the role model averaged over this many fits on resamples of the training articles "
                         "(role_training.BAGS; 0: one fit)")
    ap.add_argument("--fraction", type=float, default=None,
                    help="a bag's share of the articles drawn without replacement (default: a bootstrap)")
    ap.add_argument("--c", type=float, nargs="+", default=None, help="the role model's C (several: dealt to the bags)")
    ap.add_argument("--threshold", type=float, default=None, help="the role model's probability threshold")
    ap.add_argument("--type-scale", type=float, default=None,
                    help="training value of the features conjoined with the type (role_training.TYPE_SCALE)")
    ap.add_argument("gold_dir", nargs="+")
    args = ap.parse_args(argv)
    _set_training(args)
    kept: dict = pickle.loads(Path(args.load).read_bytes()) if args.load else {}
    train = learned.train_on_gold

    def fold_model(paths):
        if not (args.load or args.save):
            return train(paths)
        if args.load:
            return kept[_key(paths)]
        kept[_key(paths)] = model = train(paths)
        return model

    learned.train_on_gold = fold_model  # crossval looks the trainer up by name
    split = crossval.split_folds
    if args.seed:
        crossval.split_folds = salted_split(args.seed)
    try:
        comps = crossval.available_components()
        scores, score = crossval.cross_validate(args.gold_dir, args.cv, comps)
    finally:
        learned.train_on_gold = train
        crossval.split_folds = split
    print(crossval.format_cv(scores, score, [name for name, _, _ in comps]))
    if args.save:
        Path(args.save).write_bytes(pickle.dumps(kept))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
