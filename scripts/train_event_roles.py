"""Train the event role model (core/events/learned.py) and write data/models/event_roles.json.

usage: python scripts/train_event_roles.py [GOLD_DIR ...] [--gold EXTRA_DIR ...] [--out PATH]

Reads every NAME.json + NAME.txt pair of the gold folders (default: data/gold/train and
data/gold; ``--gold DIR``, repeatable, adds folders to them, such as analysts' corrections
exported in the gold format), lets the rules propose candidate (trigger, source, target)
pairs, labels them against the annotations and fits the logistic regression. From code:
``train(gold_dirs, out)``. Deterministic: the same
articles give the same file, byte for byte. Scores by cross-validation come from
``python -m core evaluate --cv 5 data/gold/train data/gold``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


DEFAULT_DIRS = (ROOT / "data/gold/train", ROOT / "data/gold")


def train(gold_dirs: list[str | Path], out: str | Path | None = None):
    """Fit the role model on the articles of ``gold_dirs`` and write it to ``out`` (the
    shipped model's file by default); returns the model."""
    from core.crossval import gold_articles
    from core.events import learned

    paths = gold_articles(list(gold_dirs))
    model = learned.train_on_gold(paths)
    model.meta["articles"] = len(paths)
    Path(out or learned.MODEL_PATH).write_text(model.to_json() + "\n", encoding="utf-8")
    return model


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dirs", nargs="*", default=[str(d) for d in DEFAULT_DIRS])
    ap.add_argument("--gold", action="append", default=[], metavar="DIR",
                    help="a further gold folder to learn from (repeatable)")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    dirs = list(a.gold_dirs) + list(a.gold)
    model = train(dirs, a.out)
    print(f"{a.out or 'data/models/event_roles.json'}: {len(model.weights)} weights from {model.meta['rows']} "
          f"candidate pairs ({model.meta['positives']} events) of {model.meta['articles']} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
