"""Relations: events folded into one record per pair of actors, kept in every Analysis
(its JSON "relations"). The dashboard's tables fold the same way in SQL and pandas
(core.store.pairs_frame), over many articles at once.

A pair is unordered (Morocco–Israel and Israel–Morocco are one relation); the net
cooperation score is the sum of the Goldstein scores of its events, so agreements push
it up and sanctions or attacks pull it down.
"""
from __future__ import annotations

from typing import Any

from core.model import Event


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
