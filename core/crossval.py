"""K-fold cross-validation by article over annotated gold folders.

Figures measured on the articles a component learned from say little about unseen news.
Here the articles of one or more gold folders are split into K folds (an article is in
exactly one); for each fold every learned component is trained on the other folds, the
held-out fold is extracted and scored, and the figures are printed per fold and pooled.
The split depends only on the article file names, so every run gives the same folds.

Learned components are listed in COMPONENTS, each a pair of functions:
``train(gold_paths) -> model`` and ``use(model | None)`` (None = the shipped model).
"""
from __future__ import annotations

import hashlib
import importlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from core.evaluate import Score, evaluate_paths


@dataclass(frozen=True)
class Component:
    name: str
    module: str
    train: str  # name of train_on_gold(gold_paths) -> model
    use: str  # name of set_model(model | None)


# The learned parts of the pipeline; a module or function that is not there yet is skipped.
COMPONENTS = (
    Component("entity tagger", "core.ner_crf", "train_on_gold", "set_tagger"),
    Component("event roles", "core.events.learned", "train_on_gold", "set_model"),
)


def available_components() -> list[tuple[str, Callable, Callable]]:
    """(name, train, use) of every registered component present in this checkout."""
    out = []
    for c in COMPONENTS:
        try:
            mod = importlib.import_module(c.module)
        except ImportError:
            continue
        train, use = getattr(mod, c.train, None), getattr(mod, c.use, None)
        if callable(train) and callable(use):
            out.append((c.name, train, use))
    return out


def gold_articles(dirs: list[str | Path]) -> list[Path]:
    """The NAME.json files of the folders (not their subfolders) with NAME.txt beside them."""
    out = []
    for d in dirs:
        files = sorted(p for p in Path(d).glob("*.json") if p.with_suffix(".txt").exists())
        if not files:
            raise FileNotFoundError(f"no gold .json files in {d}")
        out += files
    return out


def split_folds(paths: list[Path], k: int) -> list[list[Path]]:
    """K folds of near-equal size, articles ordered by a hash of their name (stable across
    runs and machines, and not by source or date, which file names often follow)."""
    if k < 2:
        raise ValueError(f"cross-validation needs at least 2 folds, not {k}")
    if len(paths) < k:
        raise ValueError(f"{len(paths)} articles cannot make {k} folds")
    ordered = sorted(paths, key=lambda p: (hashlib.sha1(p.stem.encode("utf-8")).hexdigest(), str(p)))
    return [ordered[i::k] for i in range(k)]


def _use_fold_models(comps: list[tuple[str, Callable, Callable]], train: list[Path], fold: str,
                     log: Callable[[str], Any] | None) -> None:
    """Every component trained on ``train`` and put in use; one whose training data is not
    on this machine keeps its shipped model."""
    for _, _, use in comps:
        use(None)  # a component trains with the shipped versions of the others
    models = []
    for name, fit, use in comps:
        try:
            models.append((use, fit(train)))
        except FileNotFoundError as e:
            if log:
                log(f"fold {fold}: {name} not retrained ({e})")
    for use, model in models:
        use(model)


def cross_validate(dirs: list[str | Path], k: int = 5,
                   components: list[tuple[str, Callable, Callable]] | None = None,
                   log: Callable[[str], Any] | None = None) -> tuple[list[Score], Score]:
    """Per-fold scores and the pooled score of K-fold cross-validation by article."""
    comps = available_components() if components is None else components
    folds = split_folds(gold_articles(dirs), k)
    scores = []
    try:
        for i, held in enumerate(folds):
            train = [p for j, f in enumerate(folds) if j != i for p in f]
            _use_fold_models(comps, train, f"{i + 1}/{k}", log)
            scores.append(evaluate_paths(held))
            if log:
                log(f"fold {i + 1}/{k}: {len(held)} articles scored, {len(train)} trained on")
    finally:
        for _, _, use in comps:
            use(None)
    return scores, pool(scores)


def held_out_outputs(dirs: list[str | Path], k: int = 5) -> Iterator[tuple[Path, dict, str, dict]]:
    """(gold path, gold, text, analysis dict) of every article, each analysed by models
    trained on the other folds: what the error lists read, so they explain the CV figures."""
    from core import analyze

    comps = available_components()
    folds = split_folds(gold_articles(dirs), k)
    try:
        for i, held in enumerate(folds):
            _use_fold_models(comps, [p for j, f in enumerate(folds) if j != i for p in f], f"{i + 1}/{k}", None)
            for gp in held:
                gold = json.loads(gp.read_text(encoding="utf-8"))
                text = gp.with_suffix(".txt").read_text(encoding="utf-8")
                yield gp, gold, text, analyze(text, gold.get("published")).to_dict()
    finally:
        for _, _, use in comps:
            use(None)


def write_json_lines(path: str | Path, rows: list[dict]) -> None:
    """The error lists' rows, one JSON object a line (for reading them side by side)."""
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def pool(scores: list[Score]) -> Score:
    """One Score holding the counts of all folds."""
    out = Score()
    for s in scores:
        for k, c in s.entities.items():
            out.entities.setdefault(k, type(c)()).add(c)
        for k, c in s.events.items():
            out.events.setdefault(k, type(c)()).add(c)
        out.times.add(s.times)
        out.time_values += s.time_values
        out.event_dates = [a + b for a, b in zip(out.event_dates, s.event_dates)]
        out.event_direction = [a + b for a, b in zip(out.event_direction, s.event_direction)]
        out.articles += s.articles
    return out


def format_cv(scores: list[Score], pooled: Score, names: list[str]) -> str:
    """Entity (per type), time and event figures per fold, then the pooled figures."""
    lines = [f"components trained per fold: {', '.join(names) or 'none'}", "",
             "fold  articles  entity F1  time F1xacc  event P  event R  event F1  direction  year"]
    for i, s in enumerate(scores):
        lines.append(_row(f"{i + 1}", s))
    lines.append(_row("all", pooled))
    lines.append("")
    from core.evaluate import format_score

    body = format_score(pooled).split("\n")
    lines.append("pooled over folds")
    lines += body[body.index("") + 1:]
    return "\n".join(lines)


def _row(label: str, s: Score) -> str:
    e, v = Score.total(s.entities), Score.total(s.events)
    d, r = s.event_dates, s.event_direction
    return (f"{label:<5} {len(s.articles):8d} {e.f1:10.2f} {s.times.f1 * s.time_accuracy:12.2f} {v.precision:8.2f} "
            f"{v.recall:8.2f} {v.f1:9.2f} {r[1]:5d}/{r[0]:<4d} {d[1]:4d}/{d[0]}")
