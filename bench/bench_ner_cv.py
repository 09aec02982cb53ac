"""Entity scores by k-fold cross-validation over annotated articles.

Every article is scored by a tagger that never saw it: the articles (NAME.json beside
NAME.txt, from every folder given) are dealt into k folds by sorted name (article n
goes to fold n mod k); for each fold the CRF is trained on the open corpora plus the
other folds' articles (``core.ner_crf.train_on_gold``), set for this process
(``set_tagger``), and the fold's articles are analysed and scored with the gold
format's rules (``core.evaluate.score_article``).

    python bench/bench_ner_cv.py data/gold/train data/gold --data NER_DATA [--k 5]
        [--models DIR]   # keep (or reuse) the fold models there
        [--jobs 2]       # folds trained in parallel

Prints entity precision, recall and F1 per type and overall. It asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def folds_of(paths: list[Path], k: int) -> list[list[Path]]:
    paths = sorted(paths, key=lambda p: p.stem)
    return [paths[i::k] for i in range(k)]


def _train(args: tuple[list[str], str, str | None]) -> str:
    train_paths, out, data = args
    import shutil

    from core import ner_crf

    t = ner_crf.train_on_gold([Path(p) for p in train_paths], data)
    shutil.copy(t.path, out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--data", help="folder of the open NER corpora (else $AKHBAR_NER_DATA)")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--models", type=Path, help="folder keeping the fold models (reused when present)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args(argv)

    from core import analyze, ner_crf
    from core.evaluate import Score, score_article

    paths = [p for d in a.dirs for p in d.glob("*.json") if p.with_suffix(".txt").exists()]
    folds = folds_of(paths, a.k)
    models = a.models or Path(".cv-models")
    models.mkdir(parents=True, exist_ok=True)
    todo = []
    for n, fold in enumerate(folds):
        out = models / f"fold{n}.crfsuite"
        if not out.exists():
            rest = [str(p) for m, f in enumerate(folds) if m != n for p in f]
            todo.append((rest, str(out), a.data))
    t0 = time.time()
    if todo:
        with get_context("fork").Pool(min(a.jobs, len(todo))) as pool:
            pool.map(_train, todo)
        print(f"trained {len(todo)} fold models in {time.time() - t0:.0f} s", flush=True)
    score = Score()
    for n, fold in enumerate(folds):
        ner_crf.set_tagger(ner_crf.load_tagger(models / f"fold{n}.crfsuite"))
        for gp in fold:
            gold = json.loads(gp.read_text(encoding="utf-8"))
            text = gp.with_suffix(".txt").read_text(encoding="utf-8")
            score_article(gold, analyze(text, gold.get("published")).to_dict(), text, score)
    ner_crf.set_tagger(None)
    print(f"{len(paths)} articles, {a.k} folds")
    print("entities      P     R     F1    tp  fp  fn")
    rows = {}
    for k in sorted(score.entities) + ["ALL"]:
        c = Score.total(score.entities) if k == "ALL" else score.entities[k]
        rows[k] = {"P": c.precision, "R": c.recall, "F1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn}
        print(f"  {k:<10} {c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f} {c.tp:4d}{c.fp:4d}{c.fn:4d}")
    c = Score.total(score.events)
    print(f"events ALL   P {c.precision:.2f} R {c.recall:.2f} F1 {c.f1:.2f}")
    if a.json:
        a.json.write_text(json.dumps({"entities": rows}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
