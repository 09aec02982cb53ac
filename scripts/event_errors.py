"""List the event misses and false alarms of K-fold cross-validation, article by article.

The pooled figures of ``python -m core evaluate --cv K`` say how much is wrong; this says
what: for every held-out article, each required gold event no tool event matched (with
its evidence, whether the tool had an event of that type or with those actors, and whether
the trigger lexicon reads any wording of its type in the evidence: "no trigger" misses
are for the lexicon, the others for the roles), and
each tool event that matched nothing (with its trigger and sentence). The same folds and
per-fold training as the evaluation, so the lists explain its figures.

    python scripts/event_errors.py data/gold/train data/gold [--cv 5] [--type ASSAULT]
        [--kind miss|"false alarm"|reversed] [--json errors.jsonl]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.crossval import held_out_outputs, write_json_lines  # noqa: E402
from core.evaluate import Score, _as_list, actor_matcher, same_actors, score_article  # noqa: E402
from core.events.actors import trigger_types_in  # noqa: E402


def article_errors(gold: dict[str, Any], out: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's unmatched required gold events and unmatched tool events, matched as
    the scorer matches them (a first pass finds which ones it pairs)."""
    same = actor_matcher(gold, out)
    names = {e["id"]: e.get("mentions", [""])[0] if e.get("mentions") else e["id"] for e in gold["entities"]}
    snames = {e["id"]: e.get("name_ar") or e.get("name") for e in out.get("entities", [])}
    unnamed = {e["id"] for e in out.get("entities", []) if e.get("type") == "UNNAMED"}

    def actors_match(sa, ga):
        return same_actors(same, sa, ga)

    def in_order(sa, ga):
        return len(sa) == len(ga) and all(same(a, b) for a, b in zip(sa, ga))

    used: set[int] = set()
    fps, reversed_ = [], []
    gevents = gold["events"]
    for s in out.get("events", []):
        sa = s.get("actors", [])
        # the scorer's preference: a required gold event, then one in the same order and date
        order = sorted(range(len(gevents)), key=lambda j: (
            bool(gevents[j].get("optional")), not in_order(sa, gevents[j]["actors"]),
            str(s.get("date")) not in {str(d) for d in _as_list(gevents[j].get("date"))}))
        hit = next((j for j in order if j not in used and s.get("type") in _as_list(gevents[j]["type"])
                    and actors_match(sa, gevents[j]["actors"])), None)
        if hit is None:
            if not unnamed & set(sa):
                fps.append(s)
        else:
            used.add(hit)
            g = gevents[hit]
            if g.get("directed") and not g.get("optional") and not in_order(sa, g["actors"]):
                reversed_.append((s, g))
    errs = []
    # what the tool could make a side of: its entities, whom they act for (a president's
    # state: the gold's country with no mention is reachable through him), its events' actors
    tool_ids = list(dict.fromkeys([e["id"] for e in out.get("entities", [])]
                                  + [e["actor"] for e in out.get("entities", []) if e.get("actor")]
                                  + [a for s in out.get("events", []) for a in s.get("actors", [])]))
    for j, g in enumerate(gold["events"]):
        if j in used or g.get("optional"):
            continue
        types = _as_list(g["type"])
        same_type = [s for s in out.get("events", []) if s.get("type") in types]
        with_actors = [s for s in out.get("events", []) if actors_match(s.get("actors", []), g["actors"])]
        errs.append({"kind": "miss", "type": types, "actors": g["actors"],
                     "actor_names": [names.get(a, a) for a in g["actors"]],
                     "evidence": g.get("evidence", ""),
                     "tool_same_actors": sorted({s["type"] for s in with_actors}),
                     # sides no tool entity stands for: no role choice could have found the event
                     "actors_unfound": [names.get(a, a) for a in g["actors"] if not any(same(t, a) for t in tool_ids)],
                     # no wording of its type in its evidence: no role choice could have found it
                     "no_trigger": not set(types) & trigger_types_in(g.get("evidence", "")),
                     "tool_same_type": [[snames.get(a, a) for a in s.get("actors", [])] for s in same_type][:4]})
    for s in fps:
        errs.append({"kind": "false alarm", "type": [s.get("type")], "actors": s.get("actors", []),
                     "actor_names": [snames.get(a, a) for a in s.get("actors", [])],
                     "trigger": (s.get("trigger") or {}).get("text", ""), "evidence": s.get("sentence", "")})
    for s, g in reversed_:
        errs.append({"kind": "reversed", "type": [s.get("type")], "actors": s.get("actors", []),
                     "actor_names": [snames.get(a, a) for a in s.get("actors", [])],
                     "gold_actors": g["actors"], "trigger": (s.get("trigger") or {}).get("text", ""),
                     "evidence": s.get("sentence", ""), "gold_evidence": g.get("evidence", "")})
    return errs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir", nargs="+")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--type", help="only errors of this event type")
    ap.add_argument("--kind", choices=("miss", "false alarm", "reversed"),
                    help="only errors of this kind (reversed: matched directed events whose actors are in the "
                         "wrong order)")
    ap.add_argument("--json", help="also write one JSON line per error to this file")
    a = ap.parse_args(argv)
    rows = []
    for gp, gold, text, out in held_out_outputs(a.gold_dir, a.cv):
        score_article(gold, out, text, Score())
        rows += [{"article": gp.stem, **e} for e in article_errors(gold, out)]
    if a.type:
        rows = [r for r in rows if a.type in r["type"]]
    if a.kind:
        rows = [r for r in rows if r["kind"] == a.kind]
    for r in rows:
        if r["kind"] == "miss":
            extra = f"  tool had same actors as {r['tool_same_actors']}; same type with {r['tool_same_type']}"
            if r["actors_unfound"]:
                extra += f"; no tool entity for {r['actors_unfound']}"
            if r["no_trigger"]:
                extra += "; no trigger of its type in the evidence"
        elif r["kind"] == "reversed":
            extra = f"  trigger {r['trigger']!r}; gold order {' -> '.join(r['gold_actors'])}"
        else:
            extra = f"  trigger {r['trigger']!r}"
        print(f"[{r['article']}] {r['kind']:11s} {'/'.join(r['type'])} {' -> '.join(map(str, r['actor_names']))}\n"
              f"  {r['evidence'][:300]}\n{extra}")
    print(f"\n{sum(r['kind'] == 'miss' for r in rows)} misses "
          f"({sum(bool(r.get('no_trigger')) for r in rows)} with no trigger of their type), "
          f"{sum(r['kind'] == 'false alarm' for r in rows)} false alarms, "
          f"{sum(r['kind'] == 'reversed' for r in rows)} reversed")
    if a.json:
        write_json_lines(a.json, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
