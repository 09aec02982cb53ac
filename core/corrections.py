"""Analyst corrections: what a fix is, and how the fixes of an article make its corrected view.

A correction never edits the stored extraction. It names what it changes (``target``:
an event's key, an entity id, a time's span), what was there (``before``) and what it
became (``after``), and the corrected view is the extraction with every correction of
the article replayed in the order they were made. Replaying, rather than storing a
corrected copy by hand, is what lets a re-run of the extractor keep the fixes that still
fit the new output and name those that do not: a correction whose target is gone no
longer applies.

Targets are read off the view the analyst saw, so a later fix of an event already
retyped names it by its new type; replaying in order finds it again.
"""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from core.model import (ENTITY_TYPES, EVENT_TYPES, TIME_MODS, Actor, Analysis, Entity, Event, Mention, TimeExpr,
                        Trigger)

EVENT_KINDS = ("event_accept", "event_reject", "event_type", "event_actors", "event_direction", "event_date",
               "event_add")
ENTITY_KINDS = ("entity_type", "entity_name", "entity_country", "entity_merge", "entity_add", "entity_boundary",
                "entity_alias")
TIME_KINDS = ("time_value", "time_boundary")
KINDS = EVENT_KINDS + ENTITY_KINDS + TIME_KINDS

ACTIVE, STALE, WITHDRAWN = "active", "stale", "withdrawn"  # a stored correction's status
MARKS_KEY = "corrections"  # where a corrected view keeps its marks (Analysis.meta; core.store reads it)

_SLUG = re.compile(r"[^a-z0-9]+")


class CorrectionError(ValueError):
    """A correction that cannot be made (its message names the bad value)."""


@dataclass
class Correction:
    kind: str
    target: str = ""  # event_key(), an entity id or time_key(); empty for additions
    before: Any = None  # JSON-able: what the analyst saw
    after: Any = None  # JSON-able: what it became
    id: int | None = None
    author: str | None = None
    created: dt.datetime | None = None
    status: str = ACTIVE

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise CorrectionError(f"unknown correction kind {self.kind!r}")


@dataclass
class Replay:
    """The corrected view and what each correction did."""
    analysis: Analysis
    applied: list[Correction] = field(default_factory=list)
    stale: list[Correction] = field(default_factory=list)  # their target is not in the extraction any more
    marks: dict[str, set[str]] = field(default_factory=dict)  # item key → kinds that changed it


# --- keys ------------------------------------------------------------------------------
def event_key(ev: Event) -> str:
    """Where an event's trigger stands, its type and actors: what tells it from the other
    events of one trigger (one noun may carry two pairs)."""
    return f"{ev.trigger.start}-{ev.trigger.end}:{ev.type}:{'|'.join(ev.actors)}"


def time_key(t: TimeExpr) -> str:
    return f"{t.start}-{t.end}"


def entity_mark_key(entity_id: str) -> str:
    return f"entity:{entity_id}"


def event_mark_key(ev: Event) -> str:
    """A mark that follows an event through later fixes of its type and actors."""
    return f"event:{ev.trigger.start}-{ev.trigger.end}:{ev.sentence_start}:{id(ev)}"


# --- the replay ------------------------------------------------------------------------
def apply_corrections(original: Analysis, corrections: list[Correction]) -> Replay:
    """The corrected view of ``original``: the active corrections replayed in order.

    Withdrawn corrections are skipped; a correction whose target the view does not hold
    is listed in ``stale`` and skipped (the others still apply)."""
    a = copy.deepcopy(original)
    out = Replay(a)
    for c in corrections:
        if c.status == WITHDRAWN:
            continue
        mark = _apply_one(a, c)
        if mark is None:
            out.stale.append(c)
        else:
            out.applied.append(c)
            out.marks.setdefault(mark, set()).add(c.kind)
    _refresh(a)
    # events and times were marked as objects (a later fix may move them); name them as the view has them
    found = out.marks
    out.marks = {k: v for k, v in found.items() if k.startswith("entity:")}
    out.marks |= {f"event:{i}": found[event_mark_key(ev)] for i, ev in enumerate(a.events)
                  if event_mark_key(ev) in found}
    out.marks |= {f"time:{time_key(t)}": found[_time_mark_key(t)] for t in a.times if _time_mark_key(t) in found}
    a.meta = {k: v for k, v in (a.meta or {}).items() if k != MARKS_KEY}
    if out.marks:  # the view carries its marks: every table built from it can show them
        a.meta[MARKS_KEY] = {k: ",".join(sorted(v)) for k, v in sorted(out.marks.items())}
    return out


def _apply_one(a: Analysis, c: Correction) -> str | None:
    """Apply one correction to ``a`` in place; the key of what it marked, None if its
    target is gone."""
    if c.kind in EVENT_KINDS:
        return _apply_event(a, c)
    if c.kind in ENTITY_KINDS:
        return _apply_entity(a, c)
    t = next((t for t in a.times if time_key(t) == c.target), None)
    if t is None:
        return None
    if c.kind == "time_boundary":
        span = reach(a.text, t.start, t.end, c.after)
        if span is None:
            return None
        t.start, t.end = span
        t.text = a.text[t.start:t.end]
    else:
        t.value, t.mod = c.after["value"], c.after.get("mod")
    return _time_mark_key(t)


def _time_mark_key(t: TimeExpr) -> str:
    return f"time-object:{id(t)}"


def reach(text: str, start: int, end: int, new: str) -> tuple[int, int] | None:
    """Where ``new`` stands over or next to the span start–end (a boundary fix moves an
    edge a few letters or words, never to another place of the article)."""
    new = (new or "").strip()
    if not new:
        return None
    lo, hi = max(0, start - len(new)), min(len(text), end + len(new))
    found = [m.start() for m in re.finditer(re.escape(new), text[lo:hi])]
    spans = [(lo + i, lo + i + len(new)) for i in found]
    over = [sp for sp in spans if sp[0] < end and start < sp[1]]
    return (over or [None])[0]


def _apply_event(a: Analysis, c: Correction) -> str | None:
    if c.kind == "event_add":
        ev = _new_event(a, c.after)
        if any(_same_event(ev, x) for x in a.events):
            return None  # the extractor finds it now: nothing left to add
        a.events.append(ev)
        a.events.sort(key=lambda e: (e.sentence_start, e.trigger.start))
        return event_mark_key(ev)
    ev = next((e for e in a.events if event_key(e) == c.target), None)
    if ev is None:
        return None
    if c.kind == "event_reject":
        a.events.remove(ev)
        return "rejected"
    if c.kind == "event_type":
        ev.type = _check_type(c.after)
        ev.cameo, ev.goldstein = type_cameo(ev.type)
    elif c.kind == "event_actors":
        ev.actors = _check_actors(a, c.after)
    elif c.kind == "event_direction":
        ev.directed = bool(c.after)
    elif c.kind == "event_date":
        ev.date = c.after or None
        ev.date_source = "analyst" if ev.date else "none"
    return event_mark_key(ev)


def _apply_entity(a: Analysis, c: Correction) -> str | None:
    if c.kind == "entity_add":
        e = new_entity(a, c.after)
        if a.entity(e.id) is not None:
            return None
        a.entities.append(e)
        a.actors[e.id] = Actor(e.id, e.name, e.name_ar, e.type, e.country)
        return entity_mark_key(e.id)
    e = a.entity(c.target)
    if e is None:
        return None
    if c.kind == "entity_type":
        if c.after not in ENTITY_TYPES:
            raise CorrectionError(f"{c.after!r} is not an entity type ({', '.join(ENTITY_TYPES)})")
        e.type = c.after
    elif c.kind == "entity_name":
        e.name = (c.after.get("name") or e.name).strip()
        e.name_ar = (c.after.get("name_ar") or e.name_ar).strip()
    elif c.kind == "entity_country":
        e.country = c.after or None
    elif c.kind == "entity_boundary":
        moved = [(m, reach(a.text, m.start, m.end, c.after)) for m in e.mentions if m.text == c.before]
        if not moved or any(span is None for _, span in moved):
            return None
        for m, (s0, s1) in moved:
            m.start, m.end, m.text = s0, s1, a.text[s0:s1]
    elif c.kind == "entity_merge":
        into = a.entity(c.after)
        if into is None or into is e:
            return None
        _merge(a, e, into)
        return entity_mark_key(into.id)
    elif c.kind == "entity_alias":  # another spelling of an entity named elsewhere in the library
        return _alias(a, e, c.after)
    if e.id in a.actors:
        a.actors[e.id] = Actor(e.id, e.name, e.name_ar, e.type if e.type in ENTITY_TYPES else a.actors[e.id].type,
                               e.country)
    return entity_mark_key(e.id)


def _alias(a: Analysis, e: Entity, canonical: dict[str, Any]) -> str | None:
    """``e`` is the entity ``canonical`` describes (id, name, name_ar, type, country): merged
    into it when the article names it too, else renamed to it, events included."""
    cid = canonical.get("id")
    if not cid or cid == e.id:
        return None
    into = a.entity(cid)
    if into is not None:
        _merge(a, e, into)
        return entity_mark_key(cid)
    old = e.id
    e.id, e.name, e.name_ar = cid, canonical.get("name") or e.name, canonical.get("name_ar") or e.name_ar
    e.type = canonical.get("type") if canonical.get("type") in ENTITY_TYPES else e.type
    e.country = canonical.get("country", e.country)
    a.actors.pop(old, None)
    a.actors[cid] = Actor(cid, e.name, e.name_ar, e.type, e.country)
    for ev in a.events:
        ev.actors = list(dict.fromkeys(cid if x == old else x for x in ev.actors))
    return entity_mark_key(cid)


def _merge(a: Analysis, gone: Entity, into: Entity) -> None:
    """One entity from two: the mentions of both, every event actor pointed at ``into``."""
    have = {(m.start, m.end) for m in into.mentions}
    into.mentions += [m for m in gone.mentions if (m.start, m.end) not in have]
    into.mentions.sort(key=lambda m: m.start)
    a.entities.remove(gone)
    a.actors.pop(gone.id, None)
    for ev in a.events:
        ev.actors = list(dict.fromkeys(into.id if x == gone.id else x for x in ev.actors))


def _refresh(a: Analysis) -> None:
    """What is folded from the events: the relations."""
    from core.relations import summarize_relations

    a.relations = summarize_relations(a.events)


# --- building new items ----------------------------------------------------------------
def _check_type(t: Any) -> str:
    if t not in EVENT_TYPES:
        raise CorrectionError(f"{t!r} is not an event type ({', '.join(EVENT_TYPES)})")
    return t


def _check_actors(a: Analysis, actors: Any) -> list[str]:
    ids = [x for x in (actors or []) if x]
    unknown = [x for x in ids if a.entity(x) is None and x not in a.actors]
    if unknown:
        raise CorrectionError(f"no entity {unknown[0]!r} in this article")
    if not ids:
        raise CorrectionError("an event needs at least one actor")
    return list(dict.fromkeys(ids))


def _same_event(x: Event, y: Event) -> bool:
    return (x.type == y.type and set(x.actors) == set(y.actors) and x.sentence_start == y.sentence_start)


def _new_event(a: Analysis, d: dict[str, Any]) -> Event:
    """An event an analyst read in a sentence of the article (``d``: type, actors,
    directed, date, sentence start and end, optional trigger word)."""
    s0, s1 = int(d["start"]), int(d["end"])
    if not 0 <= s0 < s1 <= len(a.text):
        raise CorrectionError(f"the sentence {s0}–{s1} is not inside the article")
    sentence = a.text[s0:s1]
    word = (d.get("trigger") or "").strip()
    at = sentence.find(word) if word else -1
    if at < 0:  # no trigger word given (or not in the sentence): the sentence's first word
        word = sentence.split()[0] if sentence.split() else sentence
        at = sentence.find(word)
    typ = _check_type(d.get("type"))
    cameo, goldstein = type_cameo(typ)
    return Event(type=typ, actors=_check_actors(a, d.get("actors")), directed=bool(d.get("directed")),
                 trigger=Trigger(word, s0 + at, s0 + at + len(word)), sentence=sentence, sentence_start=s0,
                 date=d.get("date") or None, modality="asserted", cameo=cameo, goldstein=goldstein,
                 date_source="analyst" if d.get("date") else "none")


def new_entity(a: Analysis, d: dict[str, Any]) -> Entity:
    """An entity the extractor missed (``d``: name_ar as written in the article, name,
    type, country); its mentions are where the Arabic name stands in the text."""
    name_ar = (d.get("name_ar") or "").strip()
    if not name_ar:
        raise CorrectionError("a new entity needs its name as written in the article")
    typ = d.get("type") or "ORG"
    if typ not in ENTITY_TYPES:
        raise CorrectionError(f"{typ!r} is not an entity type ({', '.join(ENTITY_TYPES)})")
    name = (d.get("name") or "").strip() or name_ar
    eid = d.get("id") or entity_slug(name, typ, d.get("country"))
    mentions = [Mention(name_ar, m.start(), m.end(), "analyst") for m in re.finditer(re.escape(name_ar), a.text)]
    return Entity(eid, typ, name, name_ar, d.get("country") or None, mentions, kind=None, actor=None)


def entity_slug(name: str, typ: str, country: str | None) -> str:
    """A country is its ISO code; anything else a slug of its English name."""
    if typ == "COUNTRY" and country:
        return country
    slug = _SLUG.sub("-", name.lower()).strip("-")
    # a name without Latin letters: a digest, the same in every process (replays must find it)
    return slug or "entity-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


@lru_cache(maxsize=1)
def _cameo_table() -> dict[str, tuple[str, float]]:
    from core.lexicon import DEFAULT_DATA_DIR, read_tsv

    out: dict[str, tuple[str, float]] = {}
    for _, r in read_tsv(DEFAULT_DATA_DIR / "cameo.tsv", ("code", "goldstein", "plover")):
        if r["plover"] and r["plover"] not in out:  # the root code comes first
            out[r["plover"]] = (r["code"], float(r["goldstein"] or 0))
    return out


def type_cameo(event_type: str) -> tuple[str | None, float]:
    """The CAMEO root code and Goldstein score of a PLOVER type (what a retyped or added
    event weighs in the relations)."""
    code, g = _cameo_table().get(event_type, (None, 0.0))
    return code, g


# --- what the form gives → corrections ---------------------------------------------------
def event_changes(ev: Event, *, type_: str, actors: list[str], directed: bool, date: str | None) -> list[Correction]:
    """The corrections that turn ``ev`` into what an event form shows, in an order whose
    targets replay: the type and actors are part of the key, so they come last."""
    key, out = event_key(ev), []
    if bool(directed) != bool(ev.directed):
        out.append(Correction("event_direction", key, ev.directed, bool(directed)))
    if (date or None) != (ev.date or None):
        out.append(Correction("event_date", key, ev.date, date or None))
    if list(actors) != list(ev.actors):
        out.append(Correction("event_actors", key, list(ev.actors), list(actors)))
        key = f"{ev.trigger.start}-{ev.trigger.end}:{ev.type}:{'|'.join(actors)}"
    if type_ != ev.type:
        out.append(Correction("event_type", key, ev.type, type_))
    return out


def entity_changes(e: Entity, *, type_: str, name: str, name_ar: str, country: str | None,
                   merge_into: str | None = None) -> list[Correction]:
    """The corrections that turn ``e`` into what an entity form shows (a merge last: the
    entity is gone after it)."""
    out = []
    if type_ != e.type:
        out.append(Correction("entity_type", e.id, e.type, type_))
    if (name.strip(), name_ar.strip()) != (e.name, e.name_ar):
        out.append(Correction("entity_name", e.id, {"name": e.name, "name_ar": e.name_ar},
                              {"name": name.strip(), "name_ar": name_ar.strip()}))
    if (country or None) != (e.country or None):
        out.append(Correction("entity_country", e.id, e.country, country or None))
    if merge_into and merge_into != e.id:
        out.append(Correction("entity_merge", e.id, e.id, merge_into))
    return out


def boundary_change(kind: str, target: str, before: str, after: str) -> list[Correction]:
    """A mention or time expression that should read ``after`` where it reads ``before``."""
    after = (after or "").strip()
    if not after or after == before:
        return []
    return [Correction(kind, target, before, after)]


def time_change(t: TimeExpr, value: str, mod: str | None) -> list[Correction]:
    value = (value or "").strip()
    if not value:
        raise CorrectionError("a time needs a value (2023-01-17, 2021-11, 2020, 2021-SU, P2Y …)")
    if mod and mod not in TIME_MODS:
        raise CorrectionError(f"{mod!r} is not a time modifier ({', '.join(TIME_MODS)})")
    if (value, mod or None) == (t.value, t.mod or None):
        return []
    return [Correction("time_value", time_key(t), {"value": t.value, "mod": t.mod},
                       {"value": value, "mod": mod or None})]


_SENTENCE_END = re.compile(r"[^.!?؟\n]+[.!?؟]*")


def sentence_spans(a: Analysis) -> list[tuple[int, int]]:
    """Where an added event may stand: the extractor's sentences, or (for an analysis
    made without them) the text cut at full stops and line breaks."""
    if a.sentences:
        return [(int(s), int(e)) for s, e in a.sentences]
    out = []
    for m in _SENTENCE_END.finditer(a.text):
        s, e = m.start(), m.end()
        while s < e and a.text[s].isspace():
            s += 1
        if s < e:
            out.append((s, e))
    return out
