"""The data model every stage shares.

Plain dataclasses so that an Analysis can be stored, sent over the wire and rebuilt
without the code that produced it: ``Analysis.from_json(a.to_json()) == a``.
Offsets (``start``/``end``) always index the original text, never a normalised copy,
so ``text[m.start:m.end] == m.text`` holds for every span.
"""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field, fields, is_dataclass
from operator import attrgetter
from typing import Any

_START = attrgetter("start")

ENTITY_TYPES = ("COUNTRY", "PERSON", "ORG", "PLACE")
# Actors the text does not name ("مسلحون مجهولون"، "متظاهرون"): reported like ACLED's
# "Unidentified armed group (Afghanistan)", never scored as entities by the gold format.
UNNAMED = "UNNAMED"
TIME_TYPES = ("DATE", "DURATION")
TIME_MODS = ("START", "MID", "END", "APPROX", "BEFORE", "AFTER")
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# How sure the text is that an event happened.
MODALITIES = ("asserted", "reported", "planned", "hypothetical", "denied", "negated")


@dataclass
class Mention:
    text: str
    start: int
    end: int
    source: str = "lexicon"  # which rule found it: lexicon, pattern, title, flag, alias, gazetteer


@dataclass
class Entity:
    id: str  # ISO 3166-1 alpha-3 for countries, a slug otherwise
    type: str  # one of ENTITY_TYPES
    name: str  # canonical English name (a transliteration when none is known)
    name_ar: str  # canonical Arabic name
    country: str | None = None  # ISO alpha-3 of the country it belongs to
    mentions: list[Mention] = field(default_factory=list)
    kind: str | None = None  # finer class: capital, city, ministry, armed_group, ...
    actor: str | None = None  # the event actor it stands for: its state, itself, or None

    @property
    def first_offset(self) -> int:
        return min(map(_START, self.mentions), default=0)  # (in C: entities are sorted by it)


@dataclass
class TimeExpr:
    text: str
    start: int
    end: int
    type: str  # DATE or DURATION
    value: str  # TIMEX3-style: 2023-01-17, 2021-11, 2021, 2021-SU, 2020-Q4, 2018-W15, P2Y, PRESENT_REF
    mod: str | None = None  # START, MID, END, APPROX ...
    anchor: str | None = None  # what a relative expression was resolved against


@dataclass
class Trigger:
    text: str
    start: int
    end: int


@dataclass
class Event:
    type: str  # one of EVENT_TYPES
    actors: list[str]  # entity ids; for a directed event the source first
    directed: bool
    trigger: Trigger
    sentence: str  # the evidence sentence, verbatim
    sentence_start: int = 0
    date: str | None = None
    modality: str = "asserted"
    cameo: str | None = None
    goldstein: float = 0.0
    date_source: str | None = None  # clause, document, none


@dataclass
class DocumentDate:
    value: str | None
    source: str  # "published" (given), "text" (inferred from the article), "none"
    evidence: str | None = None  # the expression it was inferred from


@dataclass
class Actor:
    """Display record for an event actor; countries named only by an adjective
    ("الأمريكي") are actors without being entities of the text."""
    id: str
    name: str
    name_ar: str
    type: str
    country: str | None = None


@dataclass
class Analysis:
    text: str
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    document_date: DocumentDate = field(default_factory=lambda: DocumentDate(None, "none"))
    sentences: list[tuple[int, int]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # title, source, url, published
    warnings: list[str] = field(default_factory=list)

    # --- lookups -------------------------------------------------------------------
    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def actor_name(self, actor_id: str, lang: str = "en") -> str:
        a = self.actors.get(actor_id)
        if a is None:
            return actor_id
        return a.name_ar if lang == "ar" else a.name

    # --- serialisation -------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    def to_json(self, **kw: Any) -> str:
        kw.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kw)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Analysis":
        return cls(
            text=d["text"],
            entities=[
                Entity(**{**e, "mentions": [Mention(**m) for m in e.get("mentions", [])]})
                for e in d.get("entities", [])
            ],
            times=[TimeExpr(**t) for t in d.get("times", [])],
            events=[Event(**{**v, "trigger": Trigger(**v["trigger"])}) for v in d.get("events", [])],
            relations=list(d.get("relations", [])),
            actors={k: Actor(**a) for k, a in d.get("actors", {}).items()},
            document_date=DocumentDate(**d.get("document_date", {"value": None, "source": "none"})),
            sentences=[tuple(s) for s in d.get("sentences", [])],
            meta=dict(d.get("meta", {})),
            warnings=list(d.get("warnings", [])),
        )

    @classmethod
    def from_json(cls, s: str) -> "Analysis":
        return cls.from_dict(json.loads(s))


_SCALARS = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(obj: Any) -> Any:
    """JSON-ready copy of a model object: dataclasses become dicts, tuples lists.

    What ``dataclasses.asdict`` gives, without its generic recursion and deep copies,
    which cost more than half of a stored article's row building (the batch writes one
    analysis JSON per article)."""
    t = type(obj)
    if t in _SCALARS:
        return obj
    names = _FIELD_NAMES.get(t)
    if names is None and is_dataclass(t):
        names = _FIELD_NAMES[t] = tuple(f.name for f in fields(t))
    if names is not None:
        return {n: _plain(getattr(obj, n)) for n in names}
    if t is list or t is tuple:
        return [_plain(x) for x in obj]
    if t is dict:
        return {k: _plain(v) for k, v in obj.items()}
    return copy.deepcopy(obj)
