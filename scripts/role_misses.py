"""Where each missed event of K-fold cross-validation stands among the role model's candidates.

``scripts/event_errors.py`` lists what is missed; this says which part of the pipeline
lost it, so that work goes where the misses are. For every required gold event the
held-out extraction missed, the candidates the role model read in the evidence's
sentence (core.events.learned, collected as for training) are searched for a trigger of
the gold type that paired the gold actors, and the miss is put in one cause:

- ``unfound``: a side no tool entity stands for (no role choice could find it);
- ``below``: a trigger of the right type had the right pair as a candidate, scored below
  the threshold (with its margin in log-odds, its rank among the trigger's pairs and the
  pair that ranked first);
- ``above``: ... scored above it, but the event did not come out (another pair of the
  trigger was kept, a filter after the model, the modality);
- ``other_type``: the right pair was a candidate of triggers of other types only;
- ``not_candidate``: a trigger of the right type, but the pair was not among its
  candidates (which side is not, its gold type and where the tool names it: a person
  or a place, which are no actors of the model, a side out of reach);
- ``other_trigger``: the sentence has triggers of other types only;
- ``no_trigger``: no trigger in the sentence.

The folds, per-fold training and held-out extraction are those of
``python -m core evaluate --cv K`` (the models are trained on the same articles in the
same order), so the counts explain its figures. The misses with a PERSON side are counted
apart, by the person's role and how the tool reads him (an official acting for his state or
group, a private person, no entity): the conventions keep many persons persons that the role
model cannot name.

    python scripts/role_misses.py data/gold/train data/gold [--cv 5] [--cause below] [--json misses.jsonl]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.crossval import gold_articles, split_folds, write_json_lines  # noqa: E402
from core.evaluate import actor_matcher  # noqa: E402
from core.events import learned, role_training  # noqa: E402

SHOWN = ("pr=", "s:sd=", "t:sd=", "s:in=", "t:in=", "s:k=", "t:k=", "s:sk=", "t:sk=")  # features printed per pair


def _margin(model: learned.RoleModel, c: learned.Candidate) -> float:
    """The candidate's log-odds above the model's threshold."""
    return model.score(c.feats) + model.bias - model.threshold


def classify_miss(miss: dict[str, Any], text: str, bag: list, same, model: learned.RoleModel,
                  sides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The cause of one missed gold event (module docstring) from the candidates ``bag`` of
    its article (sentence start, end, trigger type, candidates), with the best right pair;
    for a pair that is no candidate, which gold side is not and why (``sides``: the gold
    entity types and the tool's entities, see ``missing_sides``)."""
    ev = miss.get("evidence") or ""
    at = text.find(ev) if ev else -1
    span = (at, at + len(ev)) if at >= 0 else None
    ga, gb = miss["actors"][0], miss["actors"][-1]
    best, types, other, seen, sentence = None, set(), set(), set(), None
    for s0, s1, typ, cands in bag:
        if span is not None and not (span[0] < s1 and s0 < span[1]):
            continue
        types.add(typ)
        if typ in miss["type"]:
            sentence = (s0, s1)
            seen.update(x for c in cands for x in (c.source, c.target))
        for c in cands:
            if not (same(c.source, ga) and same(c.target, gb) or same(c.source, gb) and same(c.target, ga)):
                continue
            if typ not in miss["type"]:
                other.add(typ)
                continue
            m = _margin(model, c)
            if best is None or m > best[0]:
                ranked = sorted(cands, key=lambda x: -_margin(model, x))
                best = (m, c, ranked.index(c), ranked[0])
    if miss.get("actors_unfound"):
        cause = "unfound"
    elif best is not None:
        cause = "below" if best[0] <= 0 else "above"
    else:
        cause = ("other_type" if other else "not_candidate" if set(miss["type"]) & types
                 else "other_trigger" if types else "no_trigger")
    out = {**miss, "cause": cause, "trigger_types": sorted(types), "pair_types": sorted(other)}
    if cause == "not_candidate" and sides is not None:
        out["missing"] = missing_sides(miss["actors"], seen, sentence, same, sides)
    if best is not None:
        m, c, rank, top = best
        out.update(margin=round(m, 3), rank=rank, pair=[c.source, c.target],
                   pair_features=[f for f in c.feats if f.startswith(SHOWN)],
                   first=[top.source, top.target], first_margin=round(_margin(model, top), 3),
                   first_features=[f for f in top.feats if f.startswith(SHOWN)])
    return out


def missing_sides(actors: list[str], seen: set, sentence: tuple[int, int], same,
                  sides: dict[str, Any]) -> list[str]:
    """Each gold side no candidate of the trigger stands for, as "TYPE:where": its gold
    entity type (a PERSON or a PLACE is no side of the model) and where the tool's entity
    for it is mentioned, "sentence" (out of reach, or not an actor), "before" or "after"
    the trigger's sentence only, "none" (the tool has no entity for it)."""
    out = []
    for g in actors:
        if any(same(x, g) for x in seen):
            continue
        spans = [(m["start"], m["end"]) for e in sides["entities"]
                 if same(e["id"], g) or e.get("actor") and same(e["actor"], g) for m in e.get("mentions", [])]
        where = ("none" if not spans else "sentence" if any(sentence[0] <= a < sentence[1] for a, _ in spans)
                 else "before" if any(a < sentence[0] for a, _ in spans) else "after")
        out.append(f"{sides['types'].get(g, '?')}:{where}")
    return out


def person_sides(actors: list[str], same, sides: dict[str, Any]) -> list[str]:
    """Each gold side that is a PERSON, as "role:reading": its role (source, target) and
    how the tool reads the person: "official" (an entity that acts for a state or group,
    so the role model sees his state or group, not him), "private" (an entity that acts
    for no one: no actor of the role model, only the person rules name him), "none" (no
    entity of the tool for him)."""
    out = []
    for role, g in (("source", actors[0]), ("target", actors[-1])):
        if sides["types"].get(g) != "PERSON":
            continue
        ents = [e for e in sides["entities"] if same(e["id"], g)]
        reading = "none" if not ents else "official" if any(e.get("actor") for e in ents) else "private"
        out.append(f"{role}:{reading}")
    return out


def fold_misses(dirs: list[str], k: int) -> list[dict[str, Any]]:
    """Every miss of K-fold cross-validation with its cause."""
    from core import analyze
    from scripts.event_errors import article_errors

    paths = gold_articles(dirs)
    folds = split_folds(paths, k)
    got: dict[Path, tuple] = {}
    for gp in paths:  # each article's candidates, read with the rules' decisions (as training reads them)
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = gp.with_suffix(".txt").read_text(encoding="utf-8")
        with learned.collecting() as bag:
            a = analyze(text, gold.get("published")).to_dict()
        got[gp] = (gold, text, bag, role_training.label_candidates(gold, text, a, bag))
    out = []
    try:
        for i, held in enumerate(folds):
            model = role_training.fit_rows([r for j, f in enumerate(folds) if j != i for p in f for r in got[p][3]])
            learned.set_model(model)
            for gp in held:
                gold, text, bag, _ = got[gp]
                held_out = analyze(text, gold.get("published")).to_dict()
                same = actor_matcher(gold, held_out)
                sides = {"types": {e["id"]: e["type"] for e in gold["entities"]}, "entities": held_out["entities"]}
                for e in article_errors(gold, held_out):
                    if e["kind"] == "miss":
                        row = {"article": gp.stem, **classify_miss(e, text, bag, same, model, sides)}
                        out.append({**row, "persons": person_sides(e["actors"], same, sides)})
    finally:
        learned.set_model(None)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir", nargs="+")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--cause", help="only misses of this cause")
    ap.add_argument("--json", help="also write one JSON line per miss to this file")
    a = ap.parse_args(argv)
    rows = fold_misses(a.gold_dir, a.cv)
    counts = Counter(r["cause"] for r in rows)
    unseen = Counter(m for r in rows for m in r.get("missing", ()))
    people = Counter(f"{p} {r['cause']}" for r in rows for p in r.get("persons", ()))
    with_person = sum(1 for r in rows if r.get("persons"))
    if a.cause:
        rows = [r for r in rows if r["cause"] == a.cause]
    for r in rows:
        print(f"[{r['article']}] {r['cause']:13s} {'/'.join(r['type'])} {' -> '.join(map(str, r['actor_names']))}\n"
              f"  {r['evidence'][:200]}")
        if "margin" in r:
            print(f"  margin {r['margin']:+.2f}, rank {r['rank']}: {' '.join(r['pair_features'])}\n"
                  f"  first {' -> '.join(r['first'])} {r['first_margin']:+.2f}: {' '.join(r['first_features'])}")
        if r.get("missing"):
            print(f"  no candidate: {', '.join(r['missing'])}")
    print("\n" + ", ".join(f"{n} {c}" for c, n in counts.most_common()) + f" ({sum(counts.values())} misses)")
    print(f"misses with a PERSON side: {with_person}, by side (role:how the tool reads "
          "him) and cause: " + ", ".join(f"{n} {m}" for m, n in people.most_common()))
    print("sides no candidate stands for (gold type:where the tool names it): "
          + ", ".join(f"{n} {m}" for m, n in unseen.most_common()))
    if a.json:
        write_json_lines(a.json, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
