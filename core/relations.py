"""Relations: events folded into one record per pair of actors, kept in every Analysis
(its JSON "relations"). The dashboard's tables fold the same way in SQL and pandas
(core.store.pairs_frame), over many articles at once.

A pair is unordered (Morocco–Israel and Israel–Morocco are one relation); the net
cooperation score is the sum of the Goldstein scores of its events, so agreements push
it up and sanctions or attacks pull it down.
"""
from __future__ import annotations

from itertools import combinations
from typing import Any

from core.model import Event


def event_pairs_of(event: Event) -> list[tuple[str, str]]:
    """Actor pairs of one event: source→each target when directed, all pairs otherwise.

    The one place events become pairs: the article's relations below and the store's
    pair rows (which the dashboard's charts aggregate) both use it, so an event with
    three actors counts for the same pairs everywhere."""
    ids = list(dict.fromkeys(a for a in event.actors if a))
    if len(ids) < 2:
        return []
    if event.directed:
        return [(ids[0], x) for x in ids[1:]]
    return list(combinations(ids, 2))


def summarize_relations(events: list[Event]) -> list[dict[str, Any]]:
    """Per actor pair: event ids, counts per type, net Goldstein, first and last date."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for idx, e in enumerate(events):
        for a, b in event_pairs_of(e):
            _add(rows, (a, b) if a <= b else (b, a), idx, e)
    return sorted(rows.values(), key=lambda r: (-r["n_events"], r["source"], r["target"]))


def _add(rows: dict[tuple[str, str], dict[str, Any]], p: tuple[str, str], idx: int, e: Event) -> None:
    """Count event ``idx`` for the unordered pair ``p``."""
    r = rows.setdefault(p, {"source": p[0], "target": p[1], "n_events": 0, "net_goldstein": 0.0,
                            "first_date": None, "last_date": None, "counts": {}, "events": []})
    r["n_events"] += 1
    r["net_goldstein"] = round(r["net_goldstein"] + (e.goldstein or 0.0), 2)
    r["counts"][e.type] = r["counts"].get(e.type, 0) + 1
    r["events"].append(idx)
    if e.date and e.date[:1].isdigit():
        r["first_date"] = min(filter(None, [r["first_date"], e.date]))
        r["last_date"] = max(filter(None, [r["last_date"], e.date]))
