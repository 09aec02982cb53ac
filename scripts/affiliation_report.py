"""How often the tool knows whom a named person acts for, against the gold.

An event gets a state or group as actor only when the person's entity carries it, so
this scores that one field apart from the event model (nothing learned is involved: the
shipped pipeline runs on every gold article).

Two sets of gold persons:
- every PERSON with a ``country``: does the tool's entity for him (matched by a shared
  mention, as the scorer matches) have that country as its actor or country, and do all
  his gold mentions (a surname alone later) land on entities with it;
- persons who stand in a gold event for their state or group: the event's actor is a
  COUNTRY or ORG while its evidence names the person and not that actor, and the person's
  gold ``country`` is that country (or is the ORG's, when the ORG is the source). Is the tool's ``actor``
  for him that state or group?
Private persons who are gold event actors themselves should get no state: counted apart.

    python scripts/affiliation_report.py data/gold/train data/gold [--list]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.crossval import gold_articles  # noqa: E402
from core.evaluate import mention_keys  # noqa: E402


def _keys(mentions: list[str]) -> set[str]:
    return {k for m in mentions for k in mention_keys(m)}


def _tool_entities(out: dict, keys: set[str]) -> list[dict]:
    return [e for e in out["entities"] if e.get("type") == "PERSON"
            and _keys([m["text"] for m in e.get("mentions", [])]) & keys]


def _acts_for(gold: dict) -> dict[str, set[str]]:
    """Gold person id -> the actors he stands for in the gold events."""
    ents = {e["id"]: e for e in gold["entities"]}
    out: dict[str, set[str]] = {}
    for ev in gold["events"]:
        text = ev.get("evidence", "")
        for a in ev["actors"]:
            ga = ents.get(a)
            if ga is None or ga["type"] not in ("COUNTRY", "ORG"):
                continue
            if any(m.replace("_", " ") in text for m in ga["mentions"]):
                continue  # the actor itself is named
            for p in ents.values():
                if p["type"] != "PERSON" or not any(m.replace("_", " ") in text for m in p["mentions"]):
                    continue
                if p.get("country") == a or ga["type"] == "ORG" and a == ev["actors"][0] \
                        and ga.get("country") == p.get("country"):
                    out.setdefault(p["id"], set()).add(a)
    return out


def _private(gold: dict) -> set[str]:
    """Gold persons who are event actors in their own right."""
    ents = {e["id"]: e for e in gold["entities"]}
    return {a for ev in gold["events"] for a in ev["actors"] if ents.get(a, {}).get("type") == "PERSON"}


def report(dirs: list[str], listing: bool) -> dict[str, int]:
    from core import analyze

    c = dict.fromkeys(("country", "country_found", "country_right", "country_all_mentions",
                       "acting", "acting_found", "acting_right", "private", "private_found", "private_stateless"), 0)
    for gp in gold_articles(dirs):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = gp.with_suffix(".txt").read_text(encoding="utf-8")
        out = analyze(text, gold.get("published")).to_dict()
        acting, private = _acts_for(gold), _private(gold)
        for p in gold["entities"]:
            if p["type"] != "PERSON" or p.get("optional"):
                continue
            tools = _tool_entities(out, _keys(p["mentions"]))
            got = {x for t in tools for x in (t.get("actor"), t.get("country")) if x}
            if p.get("country"):
                c["country"] += 1
                c["country_found"] += bool(tools)
                ok = p["country"] in got
                c["country_right"] += ok
                every = all(any(p["country"] in (t.get("actor"), t.get("country"))
                                for t in _tool_entities(out, mention_keys(m))) for m in p["mentions"])
                c["country_all_mentions"] += every
                if listing and not ok:
                    print(f"country  {gp.stem}: {p['id']} want {p['country']} got {sorted(got) or '-'}")
            if p["id"] in acting:
                c["acting"] += 1
                c["acting_found"] += bool(tools)
                actors = {t.get("actor") for t in tools}
                ok = bool(actors & acting[p["id"]])
                c["acting_right"] += ok
                if listing and not ok:
                    print(f"acting   {gp.stem}: {p['id']} want {sorted(acting[p['id']])} got {sorted(a for a in actors if a) or '-'}")
            elif p["id"] in private:
                c["private"] += 1
                c["private_found"] += bool(tools)
                bad = [t.get("actor") for t in tools if t.get("actor") not in (None, t.get("id"))]
                c["private_stateless"] += bool(tools) and not bad
                if listing and bad:
                    print(f"private  {gp.stem}: {p['id']} got {bad}")
    return c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--list", action="store_true", help="list every person the tool gets wrong")
    a = ap.parse_args()
    c = report(a.dirs, a.list)
    print(f"persons with a country: {c['country']}; found {c['country_found']}; country or actor right "
          f"{c['country_right']}; right on every gold mention {c['country_all_mentions']}")
    print(f"persons standing for their state/group in gold events: {c['acting']}; found {c['acting_found']}; "
          f"actor right {c['acting_right']}")
    print(f"private persons as event actors: {c['private']}; found {c['private_found']}; "
          f"given no other actor {c['private_stateless']}")


if __name__ == "__main__":
    main()
