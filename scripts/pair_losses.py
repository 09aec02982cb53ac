"""Where each missed event of K-fold cross-validation was lost, pair by pair, with the filter.

``scripts/role_misses.py`` puts each miss in a cause from the role model's candidates
(read as training reads them); this follows the held-out extraction itself and says, for a
miss whose sides were candidates, which step dropped the gold pair: the model (below its
threshold, or no pair of the trigger could pass it), the modality (not asserted), a filter
after the model (``core.events.after_model``: the step and the function in it), the
checks after them (a protest's people, "said where", one side twice), or the last merge.
The steps are followed by wrapping the functions of the modules ``after_model`` calls and
a few of ``core.events``: a function that returns fewer of the pairs it was given dropped
them. Nothing of the extractor changes.

The table is counted per cause and per event type:

- ``no trigger``: no trigger of any type in the evidence's sentence;
- ``other trigger``: triggers of other types only (the pair no candidate of them);
- ``typed differently``: the right pair was a candidate of a trigger of another type only;
- ``side missing``: a trigger of the type, but a side is no candidate of it (with the
  gold type of the side and where the tool names it) or no tool entity stands for it;
- ``model``, ``modality``, ``filter:NAME``, ``after:NAME``: the pair was read and dropped;
- ``emitted``: the pair made an event, but the scorer matched it to another gold event of
  the same type and sides (the tool tells the relation once where the gold tells it twice,
  in two sentences or on two dates: the last merge keeps one per pair, type and date).

    python scripts/pair_losses.py data/gold/train data/gold [--cv 5] [--show CAUSE]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import core.events as events_pkg  # noqa: E402
from core.crossval import gold_articles, split_folds, write_json_lines  # noqa: E402
from core.evaluate import actor_matcher  # noqa: E402
from core.events import after_model, learned, role_training  # noqa: E402
from core.events.modality import UNASSERTED  # noqa: E402

_TRACE: list = []  # (trigger key, cause, pairs) in the order the steps ran
_STATE: dict = {"key": None, "stack": []}


def _is_pairs(x) -> bool:
    return isinstance(x, list) and bool(x) and all(isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], list) for p in x)


def _wrap(name: str, fn):
    """``fn`` that records the pairs it drops under ``name`` (and the steps it runs in)."""
    def wrapped(*args, **kw):
        _STATE["stack"].append(name)
        try:
            out = fn(*args, **kw)
        finally:
            _STATE["stack"].pop()
        given = next((a for a in reversed(args) if _is_pairs(a)), None)
        if given is not None and isinstance(out, list) and len(out) < len(given):
            gone = [p for p, _ in given if all(p != q for q, _ in out)]
            chain = " > ".join(_STATE["stack"] + [name])
            _TRACE.append((_STATE["key"], f"filter:{chain}", gone))
        return out
    return wrapped


def _install() -> None:
    """Wrap the steps after the model and the read of a trigger's roles."""
    mods = {m for m in vars(after_model).values() if type(m) is type(sys) and m.__name__.startswith("core.events.")}
    for m in mods:
        for n, f in list(vars(m).items()):
            if callable(f) and getattr(f, "__module__", None) == m.__name__ and not isinstance(f, type):
                setattr(m, n, _wrap(f"{m.__name__.rsplit('.', 1)[1]}.{n}", f))
    after_model._STEPS = tuple(_wrap(f.__name__, f) for f in after_model._STEPS)
    after_model._not_restated = _wrap("_not_restated", after_model._not_restated)
    after_model._places_and_attacks = _wrap("_places_and_attacks", after_model._places_and_attacks)
    for n in ("said_where", "same_side"):
        setattr(events_pkg, n, _wrap(n, getattr(events_pkg, n)))
    read, when, model_pairs, emit = events_pkg._read_roles, events_pkg._when, events_pkg._model_pairs, events_pkg._emit

    def read_roles(doc, st, h, frame, reason):
        _STATE["key"] = (st.start, st.end, h.form.type)
        return read(doc, st, h, frame, reason)

    def when_(doc, st, h):
        got = when(doc, st, h)
        if got[1] in UNASSERTED:
            _TRACE.append((_STATE["key"], "modality", got[1]))
        return got

    def model_pairs_(doc, st, pairs, cands, modality):
        out = model_pairs(doc, st, pairs, cands, modality)
        if cands:
            kept = {tuple(sorted(p)) for p, _ in out}
            _TRACE.append((_STATE["key"], "model", [[c.source, c.target] for c in cands
                                                    if tuple(sorted((c.source, c.target))) not in kept]))
        return out

    def emit_(doc, st, h, pairs, *rest):
        _TRACE.append((_STATE["key"], "emitted", [p for p, _ in pairs]))
        return emit(doc, st, h, pairs, *rest)

    hopeless = learned.hopeless

    def hopeless_(model, setup, *a, **kw):
        out = hopeless(model, setup, *a, **kw)
        if out:
            _TRACE.append((_STATE["key"], "model (none can pass)", None))
        return out

    events_pkg._read_roles, events_pkg._when, events_pkg._model_pairs, events_pkg._emit = read_roles, when_, model_pairs_, emit_
    learned.hopeless = hopeless_


def _lost_where(miss: dict[str, Any], span, same, trace: list) -> str | None:
    """The step that dropped the gold pair of a miss in its sentence, if any read it."""
    ga, gb = miss["actors"][0], miss["actors"][-1]

    def is_gold(p) -> bool:
        return len(p) >= 2 and (same(p[0], ga) and same(p[-1], gb) or same(p[0], gb) and same(p[-1], ga))

    found = None
    keys = set()
    for key, cause, pairs in trace:
        if key is None or span is None or not (key[0] < span[1] and span[0] < key[1]) or key[2] not in miss["type"]:
            continue
        keys.add(key)
        if cause == "emitted" and any(is_gold(p) for p in pairs):
            return "emitted"
        if cause.startswith("filter:") and any(is_gold(p) for p in pairs):
            found = found or cause
        elif cause == "model" and any(is_gold(p) for p in pairs):
            found = found or "model"
    if found:
        return found
    causes = {c for k, c, _ in trace if k in keys}
    return "modality" if "modality" in causes else "model (none can pass)" if "model (none can pass)" in causes else None


def fold_losses(dirs: list[str], k: int) -> list[dict[str, Any]]:
    """Every miss of K-fold cross-validation with where its pair was lost."""
    from core import analyze
    from scripts.event_errors import article_errors
    from scripts.role_misses import classify_miss, missing_sides

    paths = gold_articles(dirs)
    folds = split_folds(paths, k)
    got: dict[Path, tuple] = {}
    for gp in paths:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = gp.with_suffix(".txt").read_text(encoding="utf-8")
        with learned.collecting() as bag:
            a = analyze(text, gold.get("published")).to_dict()
        got[gp] = (gold, text, bag, role_training.label_candidates(gold, text, a, bag))
    _install()
    out = []
    try:
        for i, held in enumerate(folds):
            model = role_training.fit_rows([r for j, f in enumerate(folds) if j != i for p in f for r in got[p][3]])
            learned.set_model(model)
            for gp in held:
                gold, text, bag, _ = got[gp]
                _TRACE.clear()
                held_out = analyze(text, gold.get("published")).to_dict()
                trace = list(_TRACE)
                same = actor_matcher(gold, held_out)
                sides = {"types": {e["id"]: e["type"] for e in gold["entities"]}, "entities": held_out["entities"]}
                for e in article_errors(gold, held_out):
                    if e["kind"] != "miss":
                        continue
                    row = classify_miss(e, text, bag, same, model, sides)
                    ev = e.get("evidence") or ""
                    at = text.find(ev) if ev else -1
                    lost = _lost_where(e, (at, at + len(ev)) if at >= 0 else None, same, trace)
                    out.append({"article": gp.stem, **row, "lost": lost, "cause_table": _table_cause(row, lost)})
    finally:
        learned.set_model(None)
    return out


def _table_cause(row: dict[str, Any], lost: str | None) -> str:
    """The row of the table a miss falls in (module docstring): where the held-out run lost
    a pair that was a candidate, else the candidates' cause."""
    if row["cause"] in ("below", "above"):
        return lost or "model"
    if row["cause"] == "not_candidate" and row.get("missing"):
        return f"side missing ({row['missing'][0]})"  # before: a dropped subject or a pronoun's
    return {"no_trigger": "no trigger", "other_trigger": "other trigger", "other_type": "typed differently",
            "not_candidate": "side missing", "unfound": "side missing (no entity)",
            "below": "model", "above": "model (above in training read)"}[row["cause"]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir", nargs="+")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--show", help="list the misses of this cause (its start)")
    ap.add_argument("--json", help="also write one JSON line per miss to this file")
    a = ap.parse_args(argv)
    rows = fold_losses(a.gold_dir, a.cv)
    by = defaultdict(Counter)
    for r in rows:
        by[r["cause_table"]]["/".join(r["type"])] += 1
    for cause, c in sorted(by.items(), key=lambda x: -sum(x[1].values())):
        print(f"{sum(c.values()):4d}  {cause}: " + ", ".join(f"{t} {n}" for t, n in c.most_common()))
    print(f"{len(rows):4d}  misses")
    side = Counter(m for r in rows for m in r.get("missing", ()))
    print("sides no candidate stands for: " + ", ".join(f"{n} {m}" for m, n in side.most_common()))
    if a.show:
        for r in rows:
            if r["cause_table"].startswith(a.show):
                print(f"[{r['article']}] {r['cause_table']} {'/'.join(r['type'])} {' -> '.join(map(str, r['actor_names']))}"
                      f" {r.get('missing', '')}\n  {r['evidence'][:240]}")
    if a.json:
        write_json_lines(a.json, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
