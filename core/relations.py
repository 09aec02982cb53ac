"""Relations: events folded into one row per pair of actors, as pandas DataFrames that
charts draw directly.

A pair is unordered (Morocco–Israel and Israel–Morocco are one relation); the net
cooperation score is the sum of the Goldstein scores of its events, so agreements push
it up and sanctions or attacks pull it down.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from core.model import EVENT_TYPES, Analysis, Event

RELATION_COLUMNS = ["source", "target", "source_name", "target_name", "n_events", "net_goldstein",
                    "first_date", "last_date", *EVENT_TYPES]


def _pair(e: Event) -> tuple[str, str] | None:
    if len(e.actors) < 2:
        return None
    a, b = e.actors[0], e.actors[1]
    return (a, b) if a <= b else (b, a)


def summarize_relations(events: list[Event]) -> list[dict[str, Any]]:
    """Per actor pair: event ids, counts per type, net Goldstein, first and last date."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for idx, e in enumerate(events):
        p = _pair(e)
        if p is None:
            continue
        r = rows.setdefault(p, {"source": p[0], "target": p[1], "n_events": 0, "net_goldstein": 0.0,
                                "first_date": None, "last_date": None, "counts": {}, "events": []})
        r["n_events"] += 1
        r["net_goldstein"] = round(r["net_goldstein"] + (e.goldstein or 0.0), 2)
        r["counts"][e.type] = r["counts"].get(e.type, 0) + 1
        r["events"].append(idx)
        if e.date and e.date[:1].isdigit():
            r["first_date"] = min(filter(None, [r["first_date"], e.date]))
            r["last_date"] = max(filter(None, [r["last_date"], e.date]))
    return sorted(rows.values(), key=lambda r: (-r["n_events"], r["source"], r["target"]))


def relations_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per actor pair with a count column per event type."""
    rel = analysis.relations or summarize_relations(analysis.events)
    recs = []
    for r in rel:
        rec = {k: r[k] for k in ("source", "target", "n_events", "net_goldstein", "first_date", "last_date")}
        rec["source_name"] = analysis.actor_name(r["source"])
        rec["target_name"] = analysis.actor_name(r["target"])
        for t in EVENT_TYPES:
            rec[t] = r["counts"].get(t, 0)
        recs.append(rec)
    return pd.DataFrame(recs, columns=RELATION_COLUMNS)


def events_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per event with actor names, ready for tables and timelines."""
    recs = []
    for i, e in enumerate(analysis.events):
        recs.append({
            "event": i,
            "date": e.date,
            "type": e.type,
            "source": e.actors[0] if e.actors else None,
            "target": e.actors[1] if len(e.actors) > 1 else None,
            "source_name": analysis.actor_name(e.actors[0]) if e.actors else None,
            "target_name": analysis.actor_name(e.actors[1]) if len(e.actors) > 1 else None,
            "directed": e.directed,
            "modality": e.modality,
            "cameo": e.cameo,
            "goldstein": e.goldstein,
            "trigger": e.trigger.text,
            "sentence": e.sentence,
        })
    return pd.DataFrame(recs, columns=["event", "date", "type", "source", "target", "source_name", "target_name",
                                       "directed", "modality", "cameo", "goldstein", "trigger", "sentence"])
