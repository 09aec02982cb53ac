"""Train the event role model (core/events/learned.py) and write data/models/event_roles.json.

usage: python scripts/train_event_roles.py [GOLD_DIR ...] [--out PATH]

Reads every NAME.json + NAME.txt pair of the gold folders (default: data/gold/train and
data/gold), lets the rules propose candidate (trigger, source, target) pairs, labels
them against the annotations and fits the logistic regression. Deterministic: the same
articles give the same file, byte for byte. Scores by cross-validation come from
``python -m core evaluate --cv 5 data/gold/train data/gold``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from core.crossval import gold_articles
    from core.events import learned

    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dirs", nargs="*", default=[str(ROOT / "data/gold/train"), str(ROOT / "data/gold")])
    ap.add_argument("--out", default=str(learned.MODEL_PATH))
    a = ap.parse_args()
    paths = gold_articles(a.gold_dirs)
    model = learned.train_on_gold(paths)
    model.meta["articles"] = len(paths)
    Path(a.out).write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"{a.out}: {len(model.weights)} weights from {model.meta['rows']} candidate pairs "
          f"({model.meta['positives']} events) of {len(paths)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
