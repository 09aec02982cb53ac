"""Corrected articles written in the gold format (NAME.txt + NAME.json).

What analysts fixed is worth more than a view: in the gold format the scorer
(``python -m core evaluate DIR``) measures the extractor against the analysts' own
corrections, and the training scripts of the learned components read it as they read
the annotated articles. The corrected view is written as it stands, so scoring that
view against its own export gives 1.00 everywhere.

Gold conventions kept: an event actor the text never names (a country read from an
adjective) is an optional entity with no mentions, which still matches by its code;
actors the text leaves unnamed (gunmen, protesters) are optional entities; events the
text does not assert (planned, hypothetical, denied) are optional.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core.model import ENTITY_TYPES, Analysis

ASSERTED = ("asserted", "reported")


def gold_record(analysis: Analysis, name: str, published: str | None = None, source: str | None = None,
                url: str | None = None) -> dict[str, Any]:
    """The gold annotation of one analysed article."""
    return {"id": name, "source": source, "url": url, "published": published,
            "entities": _entities(analysis), "times": _times(analysis), "events": _events(analysis)}


def _entities(a: Analysis) -> list[dict[str, Any]]:
    out = []
    for e in a.entities:
        named = e.type in ENTITY_TYPES
        out.append({"id": e.id, "name": e.name, "type": e.type if named else "ORG", "country": e.country,
                    "mentions": list(dict.fromkeys(m.text for m in sorted(e.mentions, key=lambda m: m.start))),
                    "optional": not named})
    listed = {e.id for e in a.entities}
    for actor_id in dict.fromkeys(x for ev in a.events for x in ev.actors):
        if actor_id in listed:
            continue
        act = a.actors.get(actor_id)
        typ = act.type if act and act.type in ENTITY_TYPES else "COUNTRY"
        out.append({"id": actor_id, "name": act.name if act else actor_id, "type": typ,
                    "country": act.country if act else None, "mentions": [], "optional": True})
        listed.add(actor_id)
    return out


def _times(a: Analysis) -> list[dict[str, Any]]:
    return [{"text": t.text, "type": t.type, "value": t.value, "mod": t.mod, "start": t.start, "optional": False}
            for t in a.times]


def _events(a: Analysis) -> list[dict[str, Any]]:
    return [{"type": ev.type, "actors": list(ev.actors), "directed": bool(ev.directed), "date": ev.date,
             "evidence": ev.sentence, "optional": ev.modality not in ASSERTED} for ev in a.events]


def write_gold(out_dir: str | Path, name: str, analysis: Analysis, **meta: Any) -> Path:
    """NAME.txt (the text exactly, so offsets hold) and NAME.json; returns the .json path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.txt").write_text(analysis.text, encoding="utf-8", newline="")
    path = out / f"{name}.json"
    path.write_text(json.dumps(gold_record(analysis, name, **meta), ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    return path


def export_gold(store: Any, out_dir: str | Path, article_ids: list[str] | None = None) -> list[Path]:
    """Write the corrected view of every corrected article (or of ``article_ids``)."""
    paths = []
    for aid in article_ids if article_ids is not None else store.corrected_ids():
        rec = store.get(aid)
        paths.append(write_gold(out_dir, f"article-{aid}", rec.analysis,
                                published=rec.published.isoformat() if rec.published else None,
                                source=rec.source, url=rec.url))
    return paths
