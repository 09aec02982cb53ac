"""SQL store: every query of the project lives here.

SQLAlchemy Core with bound parameters only. SQLite by default (a file under the
user's home, or ``AKHBAR_DB_URL``), PostgreSQL when a URL says so. The schema is plain
``CREATE TABLE IF NOT EXISTS`` (``metadata.create_all``) and is made on first use.

One analysed article is one row of ``articles`` (with the full ``Analysis`` as JSON,
so nothing is lost) plus its rows in ``entities``, ``mentions``, ``times``, ``events``,
``event_pairs`` and ``actors``, which the dashboard aggregates in SQL.

Visibility: ``public`` articles (the bundled examples) are listed for everybody; an
article pasted by a visitor belongs to that visitor's ``owner`` token and is listed only
for that token. Anybody holding the article's id (the share link) can open it.

Deduplication stays inside what the writer may see (its ``scope``: the public library,
one owner's articles, or unowned private imports): a text another visitor stored
privately is stored again as the new writer's own copy, never handed over as the other
visitor's article (which would show its private title and leave the writer's own
library without it).
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import os
import re
import secrets
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from functools import lru_cache

import pandas as pd
import sqlalchemy as sa

from core.corrections import ACTIVE, STALE, WITHDRAWN, Correction, Replay, apply_corrections
from core.errors import AkhbarError
from core.model import Analysis, Event

ENV_URL = "AKHBAR_DB_URL"
DEFAULT_DB_PATH = Path.home() / ".akhbar-lens" / "akhbar.db"
SAMPLES_DIR = Path(__file__).resolve().parent.parent / "data" / "samples"

# A SUPPORT event counts as an agreement when an agreement noun or a "conclude" verb
# sits next to its trigger ("أبرما اتفاق", "اتفاق استئناف العلاقات"); the words are
# data (data/lexicons/agreement_cues.tsv).
AGREEMENT_WINDOW = 20  # characters either side of the trigger
AGREEMENT_CAMEO = "057"  # CAMEO: sign formal agreement
AGREEMENTS = "agreements"  # the event-type filter's choice that means "starred": signed agreements


class StoreError(AkhbarError):
    """Base class of store errors."""

    kind = "store"


class NotEditable(StoreError):
    def __init__(self, article_id: str):
        super().__init__(f"article {article_id!r} is not yours to correct: only its owner may change it")
        self.article_id = article_id


class ArticleNotFound(StoreError):
    def __init__(self, article_id: str):
        super().__init__(f"no article with id {article_id!r}")
        self.article_id = article_id


# --- schema ---------------------------------------------------------------------------
metadata = sa.MetaData()

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    # who a text is deduplicated for: PUBLIC_SCOPE, the owner token, or UNOWNED_SCOPE
    sa.Column("scope", sa.String(64), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("created", sa.DateTime, nullable=False, index=True),
    sa.Column("public", sa.Boolean, nullable=False, default=False, index=True),
    sa.Column("owner", sa.String(64), index=True),
    sa.Column("n_chars", sa.Integer, default=0),
    sa.Column("n_entities", sa.Integer, default=0),
    sa.Column("n_countries", sa.Integer, default=0),
    sa.Column("n_events", sa.Integer, default=0),
    sa.Column("n_agreements", sa.Integer, default=0),
    sa.Column("n_times", sa.Integer, default=0),
    sa.Column("span_start", sa.Date),
    sa.Column("span_end", sa.Date),
    sa.Column("analysis_json", sa.Text, nullable=False),  # the extraction, never overwritten by a correction
    sa.Column("corrected_json", sa.Text),  # the corrected view (core.corrections), when an analyst fixed anything
    # the Library's order, and what its search reads: a page is read off this index
    # instead of sorting every article, and a search scans this index, not the rows (which
    # carry the whole analysis)
    sa.Index("ix_articles_listing", "published", "created", "id", "title", "source"),
    sa.Index("ux_articles_scope_hash", "content_hash", "scope", unique=True),
)

entities = sa.Table(
    "entities", metadata,
    sa.Column("article_id", sa.String(32), nullable=False, index=True),
    sa.Column("entity_id", sa.String(128), nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("name", sa.Text),
    sa.Column("name_ar", sa.Text),
    sa.Column("country", sa.String(8)),
    sa.Column("kind", sa.String(32)),
    sa.Column("n_mentions", sa.Integer, default=0),
    sa.Column("search_key", sa.Text),
    sa.Column("corrected", sa.String(120)),  # the correction kinds that changed it, comma-separated
    # "which articles mention X" without reading the rows (co-occurrence, article lists)
    sa.Index("ix_entities_entity_article", "entity_id", "article_id"),
)

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("article_id", sa.String(32), nullable=False, index=True),
    sa.Column("entity_id", sa.String(128), nullable=False),
    sa.Column("text", sa.Text),
    sa.Column("start_offset", sa.Integer),
    sa.Column("end_offset", sa.Integer),
    sa.Column("rule", sa.String(32)),
)

times = sa.Table(
    "times", metadata,
    sa.Column("article_id", sa.String(32), nullable=False, index=True),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("text", sa.Text),
    sa.Column("start_offset", sa.Integer),
    sa.Column("end_offset", sa.Integer),
    sa.Column("type", sa.String(16)),
    sa.Column("value", sa.String(64)),
    sa.Column("mod", sa.String(16)),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("precision", sa.String(16)),
    sa.Column("corrected", sa.String(120)),
)

events = sa.Table(
    "events", metadata,
    sa.Column("article_id", sa.String(32), nullable=False, index=True),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("actor_ids", sa.Text),  # "|MAR|ISR|" for LIKE filters
    sa.Column("source_id", sa.String(128)),
    sa.Column("target_id", sa.String(128)),
    sa.Column("directed", sa.Boolean),
    sa.Column("date", sa.String(64)),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date, index=True),
    sa.Column("precision", sa.String(16)),
    sa.Column("mod", sa.String(16)),
    sa.Column("goldstein", sa.Float, default=0.0),
    sa.Column("modality", sa.String(16)),
    sa.Column("cameo", sa.String(16)),
    sa.Column("trigger", sa.Text),
    sa.Column("trigger_start", sa.Integer),
    sa.Column("sentence", sa.Text),
    sa.Column("agreement", sa.Boolean, default=False),
    sa.Column("corrected", sa.String(120)),  # the correction kinds that changed it ("added" for a new one)
    # newest-first lists stop after one page, and counts under any filter of the Timeline
    # read only this index (the rows hold the long evidence sentences); type and agreement
    # have no index of their own, which would make SQLite fetch and sort every event of
    # the type instead of walking the dates until a page is full
    sa.Index("ix_events_dates", "date_start", "article_id", "idx", "type", "agreement", "date_end", "actor_ids"),
)

event_pairs = sa.Table(
    "event_pairs", metadata,
    sa.Column("article_id", sa.String(32), nullable=False, index=True),
    sa.Column("event_idx", sa.Integer, nullable=False),
    sa.Column("a", sa.String(128), nullable=False),
    sa.Column("b", sa.String(128), nullable=False),
    sa.Column("type", sa.String(16)),
    sa.Column("goldstein", sa.Float, default=0.0),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    # the pair aggregate and a pair's events are read from this index alone
    sa.Index("ix_event_pairs_cover", "a", "b", "type", "goldstein", "date_start", "date_end", "article_id",
             "event_idx"),
    sa.Index("ix_event_pairs_b", "b"),
)

actors = sa.Table(
    "actors", metadata,
    sa.Column("article_id", sa.String(32), nullable=False, index=True),
    sa.Column("actor_id", sa.String(128), nullable=False, index=True),
    sa.Column("name", sa.Text),
    sa.Column("name_ar", sa.Text),
    sa.Column("type", sa.String(16)),
    sa.Column("country", sa.String(8)),
)

store_meta = sa.Table(
    "store_meta", metadata,
    sa.Column("key", sa.String(32), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)

# Per-entity and per-actor totals, kept in the transaction of every write, so that the
# Entities page, the network's node sizes, the map and the actor pickers read a few
# thousand rows instead of grouping a million. One row per *variant*: the same id with
# other names, country or search key is another row, so that max(name) and a search
# that matches one spelling only give exactly what grouping the entity rows gives.
# Counts are over public articles; a viewer's own private articles are added at read
# time (few rows). ``variant`` is a key built in SQL from the other columns (see
# _variant_key), unique, so that a write adds to a row with one upsert.
entity_summary = sa.Table(
    "entity_summary", metadata,
    sa.Column("variant", sa.Text, primary_key=True),
    sa.Column("entity_id", sa.String(128), nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("name", sa.Text),
    sa.Column("name_ar", sa.Text),
    sa.Column("country", sa.String(8)),
    sa.Column("search_key", sa.Text),
    sa.Column("n_articles", sa.Integer, nullable=False),  # public articles naming it
    sa.Column("n_mentions", sa.Integer, nullable=False),  # its mentions in them
    sa.Index("ix_entity_summary_entity", "entity_id", "type"),
)

# actor_names() reads every article (names are not secret), actor_options() the public
# ones: both counts are kept.
actor_summary = sa.Table(
    "actor_summary", metadata,
    sa.Column("variant", sa.Text, primary_key=True),
    sa.Column("actor_id", sa.String(128), nullable=False, index=True),
    sa.Column("name", sa.Text),
    sa.Column("name_ar", sa.Text),
    sa.Column("type", sa.String(16)),
    sa.Column("n_rows", sa.Integer, nullable=False),  # actors rows in all articles
    sa.Column("n_public", sa.Integer, nullable=False),  # actors rows in public articles
)

# Bump when an index of an existing table is added or dropped: Store() then brings an
# older store's indexes up to date (create_all only makes missing tables).
SCHEMA_VERSION = 7  # 6: articles.scope, deduplication per scope instead of store-wide; 7: corrections

# Analyst corrections, one row each (core.corrections): who made it, when, what it
# changed from what to what, and whether it still applies to the article's extraction
# (status active, stale after a re-run left its target out, or withdrawn).
corrections = sa.Table(
    "corrections", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(32), nullable=False, index=True),
    sa.Column("author", sa.String(64)),
    sa.Column("created", sa.DateTime, nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("target", sa.Text),
    sa.Column("before_json", sa.Text),
    sa.Column("after_json", sa.Text),
    sa.Column("status", sa.String(16), nullable=False),
)
# columns that schema 7 added to tables older stores have
CORRECTION_COLUMNS = (("articles", "corrected_json", "TEXT"), ("entities", "corrected", "VARCHAR(120)"),
                      ("times", "corrected", "VARCHAR(120)"), ("events", "corrected", "VARCHAR(120)"))

# Indexes older versions made that are gone: most are prefixes of wider ones (they only
# slow writes); with one on entities.type, SQLite walked every entity of a type (400,000
# countries at 100,000 articles) instead of the few articles asked for, and with the
# ones on events.type and events.agreement it sorted every event of a type.
OBSOLETE_INDEXES = ("ix_entities_type", "ix_entities_entity_id", "ix_events_date_start", "ix_event_pairs_ab",
                    "ix_articles_published", "ix_articles_published_created", "ix_events_type",
                    "ix_events_agreement")

CHILD_TABLES = (entities, mentions, times, events, event_pairs, actors)

# The Library's full-text search: one row per article holding its title, source and text
# normalised as extraction normalises (hamza and alef forms, teh marbuta, diacritics),
# each word also without its proclitics (وإسرائيل is found by اسرائيل). Not in
# ``metadata``: on SQLite it is an FTS5 virtual table, on PostgreSQL a table with a GIN
# index on its tsvector, each made by its own DDL (_create_search).
search_metadata = sa.MetaData()
article_search = sa.Table(
    "article_search", search_metadata,
    sa.Column("article_id", sa.String(32), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
)


# --- dates ----------------------------------------------------------------------------
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_MOD_THIRDS = {"START": (1, 4), "EARLY": (1, 4), "MID": (5, 8), "END": (9, 12), "LATE": (9, 12)}
MOD_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about",
             "BEFORE": "before", "AFTER": "after"}


def _month_span(year: int, m1: int, m2: int) -> tuple[dt.date, dt.date]:
    y2, m2n = year + (m2 - 1) // 12, (m2 - 1) % 12 + 1
    return dt.date(year, m1, 1), dt.date(y2, m2n, calendar.monthrange(y2, m2n)[1])


def timex_range(value: str | None, mod: str | None = None) -> tuple[dt.date | None, dt.date | None, str]:
    """(first day, last day, precision) of a TIMEX3 date value.

    ``2023-01-17`` → a day; ``2021-11`` → the month; ``2021`` → the year, narrowed to
    its last third when ``mod`` is END ("أواخر العام 2020"); ``2021-SU`` → June–August;
    ``2020-Q4``, ``2020-H2``, ``2018-W15`` likewise. Intervals ``A/B`` span both.
    Anything else (durations, PRESENT_REF, unknown) → ``(None, None, "none")``.
    """
    if not value:
        return None, None, "none"
    value = value.strip()
    if "/" in value:
        a, _, b = value.partition("/")
        s1, _, p1 = timex_range(a, None)
        _, e2, _ = timex_range(b, None)
        if s1 and e2:
            return s1, e2, "range" if s1 != e2 else p1
        return None, None, "none"
    try:
        parts = value.split("-")
        year = int(parts[0]) if len(parts[0]) == 4 and parts[0].isdigit() else None
        if year is None:
            if len(parts[0]) == 3 and parts[0].isdigit() and len(parts) == 1:  # decade "201"
                return dt.date(int(parts[0]) * 10, 1, 1), dt.date(int(parts[0]) * 10 + 9, 12, 31), "decade"
            return None, None, "none"
        if len(parts) == 1:
            if mod in _MOD_THIRDS:
                s, e = _month_span(year, *_MOD_THIRDS[mod])
                return s, e, "year"
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        second = parts[1].upper()
        if second in _SEASONS:
            s, e = _month_span(year, *_SEASONS[second])
            return s, e, "season"
        if second.startswith("Q") and second[1:].isdigit():
            q = int(second[1:])
            s, e = _month_span(year, 3 * q - 2, 3 * q)
            return s, e, "quarter"
        if second.startswith("H") and second[1:].isdigit():
            h = int(second[1:])
            s, e = _month_span(year, 6 * h - 5, 6 * h)
            return s, e, "half"
        if second.startswith("W") and second[1:].isdigit():
            s = dt.date.fromisocalendar(year, int(second[1:]), 1)
            return s, s + dt.timedelta(days=6), "week"
        month = int(second)
        if len(parts) == 2:
            s, e = _month_span(year, month, month)
            if mod in ("START", "EARLY"):
                return s, s.replace(day=10), "month"
            if mod in ("END", "LATE"):
                return e.replace(day=21), e, "month"
            return s, e, "month"
        day = dt.date(year, month, int(parts[2][:2]))
        return day, day, "day"
    except ValueError:
        return None, None, "none"


_WORDS = {  # what a date label is made of, per interface language
    "en": {"months": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
           "seasons": {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"},
           "mods": MOD_WORDS, "undated": "undated", "unknown": "unknown date", "some": "some {unit}s",
           "units": {"year": ("year", "years"), "month": ("month", "months"), "week": ("week", "weeks"),
                     "day": ("day", "days"), "hour": ("hour", "hours"), "minute": ("minute", "minutes"),
                     "second": ("second", "seconds"), "decade": ("decade", "decades"),
                     "century": ("century", "centuries")},
           "refs": {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}},
    "ar": {"months": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                      "نوفمبر", "ديسمبر"],
           "seasons": {"SP": "ربيع", "SU": "صيف", "FA": "خريف", "AU": "خريف", "WI": "شتاء"},
           "mods": {"START": "مطلع", "MID": "منتصف", "END": "أواخر", "APPROX": "نحو", "BEFORE": "قبل",
                    "AFTER": "بعد"},
           "undated": "بلا تاريخ", "unknown": "تاريخ غير معروف", "some": "بضعة {unit}",
           "units": {"year": ("سنة", "سنوات"), "month": ("شهر", "أشهر"), "week": ("أسبوع", "أسابيع"),
                     "day": ("يوم", "أيام"), "hour": ("ساعة", "ساعات"), "minute": ("دقيقة", "دقائق"),
                     "second": ("ثانية", "ثوان"), "decade": ("عقد", "عقود"), "century": ("قرن", "قرون")},
           "refs": {"PRESENT_REF": "الآن", "PAST_REF": "الماضي", "FUTURE_REF": "المستقبل"}},
}


def describe_timex(value: str | None, mod: str | None = None, lang: str = "en") -> str:
    """Human label that keeps the precision: 'late 2020', 'summer 2021', 'Nov 2021'
    ('أواخر 2020', 'صيف 2021', 'نوفمبر 2021' in Arabic)."""
    w = _WORDS["ar" if lang == "ar" else "en"]
    if not isinstance(value, str) or not value:
        return w["undated"]
    mod = mod if isinstance(mod, str) else None
    if value in w["refs"]:
        return w["refs"][value]
    start, end, precision = timex_range(value, mod)
    prefix = (w["mods"].get(mod, "") + " ") if mod else ""
    if precision == "day":
        return f"{prefix}{start.day} {w['months'][start.month - 1]} {start.year}".strip()
    if precision == "month":
        return f"{prefix}{w['months'][start.month - 1]} {start.year}".strip()
    if precision == "season":
        return f"{prefix}{w['seasons'][value.split('-')[1].upper()]} {value[:4]}".strip()
    if precision in ("year", "quarter", "half", "week", "decade"):
        return f"{prefix}{value}".strip()
    if precision == "range":
        first, _, last = value.partition("/")
        return f"{describe_timex(first, None, lang)} – {describe_timex(last, None, lang)}"
    if value.startswith("P"):
        return f"{prefix}{describe_duration(value, lang)}".strip()
    if set(value) <= set("X-W0123456789") and "X" in value:  # a date whose parts are unknown
        return w["unknown"]
    return f"{prefix}{value}".strip()


_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "DE": "decade", "CE": "century"}


def describe_duration(value: str, lang: str = "en") -> str:
    """'P2Y' → '2 years', 'PXY' → 'some years', 'PT3H' → '3 hours': TIMEX3 durations
    as a reader says them (the raw codes meant nothing to readers)."""
    w = _WORDS["ar" if lang == "ar" else "en"]
    clock = value.startswith("PT")  # PT1M is a minute, P1M a month
    body = value[2:] if clock else value[1:]
    i = 0
    while i < len(body) and (body[i].isdigit() or body[i] in ".X"):
        i += 1
    amount, unit = body[:i], ({"M": "minute", "S": "second"} if clock else {}).get(body[i:]) or \
        _DURATION_UNITS.get(body[i:])
    if not unit or not amount:
        return value
    one, many = w["units"][unit]
    if "X" in amount:
        return w["some"].format(unit=many if lang == "ar" else one)
    return f"{amount} {one if float(amount) == 1 else many}"


# --- rows from an Analysis --------------------------------------------------------------
PUBLIC_SCOPE = "*"  # owner tokens are letters, digits, - and _: neither marker is a token
UNOWNED_SCOPE = "~"


def dedup_scope(owner: str | None, public: bool) -> str:
    """The set of articles a new article is deduplicated against (see the module doc)."""
    if public:
        return PUBLIC_SCOPE
    return owner or UNOWNED_SCOPE


def _reusable(owner: str | None, public: bool) -> Any:
    """Stored articles a writer may reuse for the same text: its own scope, and the
    public library, which every writer sees anyway."""
    scope = dedup_scope(owner, public)
    return articles.c.scope.in_(sorted({scope, PUBLIC_SCOPE}))


def content_hash(text: str) -> str:
    """Hash that ignores line-ending and surrounding-space differences."""
    norm = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def new_token(nbytes: int = 12) -> str:
    """An unguessable URL-safe token (article ids, owner tokens)."""
    return secrets.token_urlsafe(nbytes)


def _search_key(*names: str | None) -> str:
    from core.text import normalize_for_match  # camel-tools import only when needed

    return " ".join(normalize_for_match(n) for n in names if n)


def event_mod(event: Event, analysis: Analysis) -> str | None:
    """The TIMEX ``mod`` of the expression an event's date came from, if any."""
    if not event.date:
        return None
    s0, s1 = event.sentence_start, event.sentence_start + len(event.sentence)
    same = [t for t in analysis.times if t.value == event.date]
    inside = [t for t in same if s0 <= t.start < s1]
    pick = (inside or same or [None])[0]
    return pick.mod if pick else None


def is_agreement(event: Event, text: str) -> bool:
    """AGREE events, and SUPPORT events that sign or conclude an agreement."""
    if event.type == "AGREE":
        return True
    if event.type != "SUPPORT":
        return False
    if event.cameo and event.cameo.startswith(AGREEMENT_CAMEO):
        return True
    t = event.trigger
    window = text[max(0, t.start - AGREEMENT_WINDOW): t.end + AGREEMENT_WINDOW] if text else t.text
    return any(c in window for c in agreement_cues())


@lru_cache(maxsize=1)
def agreement_cues() -> tuple[str, ...]:
    from core.lexicon import DEFAULT_DATA_DIR, read_tsv

    return tuple(r["cue"] for _, r in read_tsv(DEFAULT_DATA_DIR / "agreement_cues.tsv", ("cue",), required=("cue",)))


def event_pairs_of(event: Event) -> list[tuple[str, str]]:
    """Actor pairs of one event: source→each target when directed, all pairs otherwise."""
    ids = list(dict.fromkeys(a for a in event.actors if a))
    if len(ids) < 2:
        return []
    if event.directed:
        return [(ids[0], x) for x in ids[1:]]
    return list(combinations(ids, 2))


def _to_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s, _, p = timex_range(str(value)[:10])
    return s if p == "day" else None


def analysis_rows(analysis: Analysis, article_id: str = "") -> dict[str, list[dict[str, Any]]]:
    """The rows one Analysis contributes to each child table (pure; used for display too)."""
    text = analysis.text
    marks = (analysis.meta or {}).get(MARKS_KEY) or {}  # a corrected view names what was corrected
    out: dict[str, list[dict[str, Any]]] = {t.name: [] for t in CHILD_TABLES}
    for e in analysis.entities:
        out["entities"].append(dict(
            article_id=article_id, entity_id=e.id, type=e.type, name=e.name, name_ar=e.name_ar,
            country=e.country, kind=e.kind, n_mentions=len(e.mentions),
            search_key=_search_key(e.name_ar, e.name), corrected=marks.get(f"entity:{e.id}")))
        for m in e.mentions:
            out["mentions"].append(dict(article_id=article_id, entity_id=e.id, text=m.text,
                                        start_offset=m.start, end_offset=m.end, rule=m.source))
    for i, t in enumerate(analysis.times):
        s, e_, p = timex_range(t.value, t.mod) if t.type == "DATE" else (None, None, "none")
        out["times"].append(dict(article_id=article_id, idx=i, text=t.text, start_offset=t.start,
                                 end_offset=t.end, type=t.type, value=t.value, mod=t.mod,
                                 date_start=s, date_end=e_, precision=p,
                                 corrected=marks.get(f"time:{t.start}-{t.end}")))
    for i, ev in enumerate(analysis.events):
        mod = event_mod(ev, analysis)
        s, e_, p = timex_range(ev.date, mod)
        ids = [a for a in ev.actors if a]
        out["events"].append(dict(
            article_id=article_id, idx=i, type=ev.type, actor_ids="|" + "|".join(ids) + "|",
            source_id=ids[0] if ids else None, target_id=ids[1] if len(ids) > 1 else None,
            directed=bool(ev.directed), date=ev.date, date_start=s, date_end=e_, precision=p, mod=mod,
            goldstein=float(ev.goldstein or 0.0), modality=ev.modality, cameo=ev.cameo,
            trigger=ev.trigger.text, trigger_start=ev.trigger.start, sentence=ev.sentence,
            agreement=is_agreement(ev, text), corrected=marks.get(f"event:{i}")))
        for a, b in event_pairs_of(ev):
            lo, hi = sorted((a, b))
            out["event_pairs"].append(dict(article_id=article_id, event_idx=i, a=lo, b=hi, type=ev.type,
                                           goldstein=float(ev.goldstein or 0.0), date_start=s, date_end=e_))
    names = {aid: a for aid, a in analysis.actors.items()}
    for e in analysis.entities:  # entities double as actors when the core gave no record
        names.setdefault(e.id, None)
    for aid, a in names.items():
        if a is not None:
            out["actors"].append(dict(article_id=article_id, actor_id=aid, name=a.name, name_ar=a.name_ar,
                                      type=a.type, country=a.country))
        else:
            e = analysis.entity(aid)
            out["actors"].append(dict(article_id=article_id, actor_id=aid, name=e.name, name_ar=e.name_ar,
                                      type=e.type, country=e.country))
    return out


MARKS_KEY = "corrections"  # Analysis.meta key of a corrected view's marks (core.corrections)


def article_row(analysis: Analysis, article_id: str, owner: str | None, public: bool,
                 rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    meta = analysis.meta or {}
    starts = [r["date_start"] for r in rows["events"] + rows["times"] if r["date_start"]]
    ends = [r["date_end"] for r in rows["events"] + rows["times"] if r["date_end"]]
    published = _to_date(meta.get("published")) or _to_date(analysis.document_date.value)
    return dict(
        id=article_id, content_hash=content_hash(analysis.text), scope=dedup_scope(owner, public),
        title=(meta.get("title") or "").strip() or None, source=meta.get("source") or None,
        url=meta.get("url") or None, published=published,
        created=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), public=bool(public), owner=owner,
        n_chars=len(analysis.text), n_entities=len(analysis.entities),
        n_countries=sum(1 for e in analysis.entities if e.type == "COUNTRY"),
        n_events=len(analysis.events), n_agreements=sum(1 for r in rows["events"] if r["agreement"]),
        n_times=len(analysis.times), span_start=min(starts, default=None), span_end=max(ends, default=None),
        analysis_json=analysis.to_json(),
    )


def entities_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per entity of one analysis, most mentioned first."""
    rows = analysis_rows(analysis)["entities"]
    cols = ["entity_id", "type", "name", "name_ar", "country", "kind", "n_mentions", "corrected"]
    df = pd.DataFrame(rows, columns=cols + ["article_id", "search_key"])[cols]
    return df.sort_values(["n_mentions", "type"], ascending=[False, True], kind="stable").reset_index(drop=True)


def times_frame(analysis: Analysis) -> pd.DataFrame:
    rows = analysis_rows(analysis)["times"]
    df = pd.DataFrame(rows, columns=["idx", "text", "start_offset", "end_offset", "type", "value", "mod",
                                     "date_start", "date_end", "precision", "corrected"])
    df["label"] = [describe_timex(v, m) if t in ("DATE", "DURATION") else v
                   for v, m, t in zip(df["value"], df["mod"], df["type"])]
    return df


def _name_lookup(analysis: Analysis) -> dict[str, tuple[str, str]]:
    out = {e.id: (e.name, e.name_ar) for e in analysis.entities}
    out.update({k: (a.name, a.name_ar) for k, a in analysis.actors.items()})
    return out


EVENT_COLUMNS = ["article_id", "idx", "type", "actor_ids", "source_id", "target_id", "directed", "date",
                 "date_start", "date_end", "precision", "mod", "goldstein", "modality", "cameo", "trigger",
                 "trigger_start", "sentence", "agreement", "corrected"]


def _finish_events(df: pd.DataFrame, names: dict[str, tuple[str, str]]) -> pd.DataFrame:
    def name(aid: Any, i: int) -> str:
        if not isinstance(aid, str) or not aid:
            return ""
        return names.get(aid, (aid, aid))[i] or aid

    df = df.copy()
    actor_lists = [[a for a in str(s).split("|") if a] for s in df["actor_ids"]]
    df["actors"] = [" · ".join(name(a, 0) for a in al) for al in actor_lists]
    df["actors_ar"] = [" · ".join(name(a, 1) for a in al) for al in actor_lists]
    df["source_name"] = [name(a, 0) for a in df["source_id"]]
    df["target_name"] = [name(a, 0) for a in df["target_id"]]
    df["date_label"] = [describe_timex(v, m) for v, m in zip(df["date"], df["mod"])]
    df["uid"] = [f"{a}:{i}" for a, i in zip(df["article_id"], df["idx"])]
    for c in ("date_start", "date_end"):
        df[c] = pd.to_datetime(df[c])
    return df


def events_frame(analysis: Analysis, article_id: str = "", title: str | None = None) -> pd.DataFrame:
    """One row per event of one analysis, with names, precision-aware dates, agreement flag."""
    rows = analysis_rows(analysis, article_id)["events"]
    df = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    df = _finish_events(df, _name_lookup(analysis))
    df["title"] = title if title is not None else (analysis.meta or {}).get("title")
    return df


def pairs_from_events(df: pd.DataFrame, pair_rows: Sequence[dict[str, Any]] | pd.DataFrame) -> pd.DataFrame:
    """Aggregate event pairs into one row per actor pair (undirected)."""
    pr = pd.DataFrame(pair_rows)
    if pr.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    pr["conflict"] = (pr["goldstein"] < 0).astype(int)
    pr["cooperation"] = (pr["goldstein"] > 0).astype(int)
    g = pr.groupby(["a", "b"], as_index=False).agg(
        n_events=("type", "size"), net_goldstein=("goldstein", "sum"),
        n_conflict=("conflict", "sum"), n_cooperation=("cooperation", "sum"),
        first_date=("date_start", "min"), last_date=("date_end", "max"),
        types=("type", lambda s: ", ".join(sorted(set(s)))))
    return g[PAIR_COLUMNS].sort_values("n_events", ascending=False, kind="stable").reset_index(drop=True)


PAIR_COLUMNS = ["a", "b", "n_events", "net_goldstein", "n_conflict", "n_cooperation", "first_date",
                "last_date", "types"]


def pairs_frame(analysis: Analysis) -> pd.DataFrame:
    """Actor-pair table of one analysis, with names."""
    rows = analysis_rows(analysis)
    df = pairs_from_events(pd.DataFrame(rows["events"]), rows["event_pairs"])
    return _name_pairs(df, _name_lookup(analysis))


def _name_pairs(df: pd.DataFrame, names: dict[str, tuple[str, str]]) -> pd.DataFrame:
    df = df.copy()
    df["a_name"] = [names.get(a, (a, a))[0] or a for a in df["a"]]
    df["b_name"] = [names.get(b, (b, b))[0] or b for b in df["b"]]
    df["a_name_ar"] = [names.get(a, (a, a))[1] or a for a in df["a"]]
    df["b_name_ar"] = [names.get(b, (b, b))[1] or b for b in df["b"]]
    for c in ("first_date", "last_date"):
        df[c] = pd.to_datetime(df[c])
    return df


# --- the store ------------------------------------------------------------------------
@dataclass
class ArticleRecord:
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    created: dt.datetime
    public: bool
    owner: str | None
    analysis: Analysis  # the corrected view when an analyst corrected the article
    corrected: bool = False  # store.original(id) then gives the extraction as it was


@dataclass
class Filters:
    """What the Timeline and Relations pages filter events by."""
    types: Sequence[str] = ()
    actors: Sequence[str] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    article_id: str | None = None
    agreements_only: bool = False
    # private articles a share link's sender chose to show its recipients (their ids,
    # which open them anyway: the link is the capability)
    include: Sequence[str] = ()


def default_url() -> str:
    url = os.environ.get(ENV_URL)
    if url:
        return url
    DEFAULT_DB_PATH.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DEFAULT_DB_PATH}"


class Store:
    """All reads and writes of analysed articles."""

    def __init__(self, url: str | None = None):
        self.url = url or default_url()
        kw: dict[str, Any] = {}
        if self.url.startswith("sqlite"):
            kw["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            kw["pool_pre_ping"] = True
        try:
            self.engine = sa.create_engine(self.url, **kw)
        except (sa.exc.ArgumentError, ImportError, ValueError) as e:
            raise StoreError(f"not a store URL this installation can open ({e})", _safe_url(self.url),
                             "bad-url") from None
        if self.url.startswith("sqlite"):
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            self._open()
        except sa.exc.DBAPIError as e:  # not a database, no such folder, server unreachable
            self.engine.dispose()
            reason = str(getattr(e, "orig", None) or e).strip().splitlines()[0]
            raise StoreError(f"cannot open the store ({reason})", _safe_url(self.url), "cannot-open") from None

    def _open(self) -> None:
        """Create the tables of a new store, migrate an older one, catch up its summaries."""
        metadata.create_all(self.engine)
        with self.engine.begin() as c:
            if _create_search(c):
                _fill_search(c)  # a store made before the search table: index what it holds
            meta = dict(c.execute(sa.select(store_meta.c.key, store_meta.c.value)).all())
            if "version" not in meta:
                c.execute(store_meta.insert().values(key="version", value=0))
                meta["version"] = 0
            if meta.get("schema", 0) < SCHEMA_VERSION:
                _add_correction_columns(c)  # first: the copy _add_dedup_scope makes reads them
                _add_dedup_scope(c)
                for name in OBSOLETE_INDEXES:
                    c.execute(sa.text(f"DROP INDEX IF EXISTS {name}"))
                for table in metadata.sorted_tables:
                    for index in table.indexes:
                        index.create(c, checkfirst=True)
                _set_meta(c, "schema", SCHEMA_VERSION)
            # "summaries" moves with "version" on every write of this code; a store written
            # by an older version (or never summarised) has it missing or behind
            if meta.get("summaries") != meta["version"]:
                self._rebuild_summaries(c)

    # --- writes ---------------------------------------------------------------------
    def _bump(self, c: sa.Connection) -> None:
        c.execute(store_meta.update().where(store_meta.c.key.in_(("version", "summaries")))
                  .values(value=store_meta.c.value + 1))

    def rebuild_summaries(self) -> None:
        """Recompute the entity and actor summaries from the rows (after rows were written
        by anything other than this class; opening a store does it when needed)."""
        with self.engine.begin() as c:
            self._rebuild_summaries(c)

    def _rebuild_summaries(self, c: sa.Connection) -> None:
        c.execute(entity_summary.delete())
        c.execute(actor_summary.delete())
        c.execute(entity_summary.insert().from_select(_ENTITY_SUMMARY_COLS, _entity_delta(None, 1)))
        c.execute(actor_summary.insert().from_select(_ACTOR_SUMMARY_COLS, _actor_delta(None, 1)))
        version = c.execute(sa.select(store_meta.c.value).where(store_meta.c.key == "version")).scalar() or 0
        _set_meta(c, "summaries", version)

    def _summarise(self, c: sa.Connection, article_ids: Sequence[str], sign: int) -> None:
        """Add (sign 1, after their rows are written) or take away (sign -1, before their
        rows are deleted) what these articles contribute to the summaries."""
        ids = list(article_ids)
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            _upsert_adding(c, entity_summary, _ENTITY_SUMMARY_COLS, _entity_delta(part, sign),
                           ("n_articles", "n_mentions"))
            _upsert_adding(c, actor_summary, _ACTOR_SUMMARY_COLS, _actor_delta(part, sign), ("n_rows", "n_public"))
        if sign < 0 and ids:
            c.execute(entity_summary.delete().where(entity_summary.c.n_articles <= 0))
            c.execute(actor_summary.delete().where(actor_summary.c.n_rows <= 0))

    def find_by_text(self, text: str, owner: str | None = None, public: bool = True) -> str | None:
        """The article a writer (``owner``, ``public``) would reuse for this text, if any."""
        with self.engine.connect() as c:
            return c.execute(sa.select(articles.c.id).where(
                articles.c.content_hash == content_hash(text), _reusable(owner, public))
                .order_by(articles.c.scope == PUBLIC_SCOPE)).scalar()

    def save(self, analysis: Analysis, owner: str | None = None, public: bool = False) -> tuple[str, bool]:
        """Store one analysis; returns (id, True) or, for a text already stored, (its id, False)."""
        ids, new = self._save_all([analysis], owner, public)
        return ids[0], new[0]

    def known_hashes(self, hashes: Sequence[str], owner: str | None = None, public: bool = True) -> set[str]:
        """Which of these content hashes a writer (``owner``, ``public``) has no need to
        store again: stored in its scope or in the public library (asked in slices of 500)."""
        out: set[str] = set()
        with self.engine.connect() as c:
            for i in range(0, len(hashes), 500):
                part = list(hashes[i:i + 500])
                out.update(c.execute(sa.select(articles.c.content_hash)
                                     .where(articles.c.content_hash.in_(part), _reusable(owner, public))).scalars())
        return out

    def insert_rows(self, article_rows: list[dict[str, Any]], child_rows: dict[str, list[dict[str, Any]]]) -> int:
        """Bulk-insert prebuilt rows (articles and their child tables) in one transaction,
        leaving out articles whose content another writer stored first. For importers that
        build rows in worker processes; returns how many articles were written."""
        if not article_rows:
            return 0
        with self.engine.begin() as c:
            present: set[tuple[str, str]] = set()  # (scope, hash) pairs this batch must not write
            for scope in {a["scope"] for a in article_rows}:
                hashes = [a["content_hash"] for a in article_rows if a["scope"] == scope]
                for i in range(0, len(hashes), 500):
                    present.update((scope, h) for h in c.execute(
                        sa.select(articles.c.content_hash).where(
                            articles.c.content_hash.in_(hashes[i:i + 500]),
                            articles.c.scope.in_(sorted({scope, PUBLIC_SCOPE})))).scalars())
            if present:
                keep = {a["id"] for a in article_rows if (a["scope"], a["content_hash"]) not in present}
                article_rows = [a for a in article_rows if a["id"] in keep]
                child_rows = {k: [r for r in v if r["article_id"] in keep] for k, v in child_rows.items()}
                if not article_rows:
                    return 0
            c.execute(articles.insert(), article_rows)
            for table in CHILD_TABLES:
                if child_rows.get(table.name):
                    c.execute(table.insert(), child_rows[table.name])
            c.execute(article_search.insert(), [
                {"article_id": a["id"], "body": search_body(a["title"], a["source"],
                                                            json.loads(a["analysis_json"]).get("text"))}
                for a in article_rows])
            self._summarise(c, [a["id"] for a in article_rows], 1)
            self._bump(c)
        return len(article_rows)

    def save_many(self, analyses: Iterable[Analysis], owner: str | None = None,
                  public: bool = False) -> list[str]:
        """Store many analyses in one transaction (duplicates map to the stored id)."""
        return self._save_all(list(analyses), owner, public)[0]

    def _save_all(self, items: list[Analysis], owner: str | None, public: bool) -> tuple[list[str], list[bool]]:
        ids: list[str] = []
        new: list[bool] = []
        hashes = [content_hash(a.text) for a in items]
        with self.engine.begin() as c:
            known: dict[str, str] = {}
            for chunk in range(0, len(hashes), 500):
                part = hashes[chunk:chunk + 500]
                # the writer's own copy wins over the public one (listed last, kept last)
                known.update(c.execute(sa.select(articles.c.content_hash, articles.c.id)
                                       .where(articles.c.content_hash.in_(part), _reusable(owner, public))
                                       .order_by(articles.c.scope == dedup_scope(owner, public)))
                             .all())
            batch: dict[str, list[dict[str, Any]]] = {t.name: [] for t in CHILD_TABLES}
            art_rows: list[dict[str, Any]] = []
            found: list[dict[str, Any]] = []
            for a, h in zip(items, hashes):
                if h in known:
                    ids.append(known[h]); new.append(False)
                    continue
                aid = new_token()
                rows = analysis_rows(a, aid)
                art_rows.append(article_row(a, aid, owner, public, rows))
                found.append({"article_id": aid, "body": search_body(art_rows[-1]["title"], art_rows[-1]["source"],
                                                                     a.text)})
                for k, v in rows.items():
                    batch[k].extend(v)
                known[h] = aid
                ids.append(aid); new.append(True)
            if art_rows:
                c.execute(articles.insert(), art_rows)
                for table in CHILD_TABLES:
                    if batch[table.name]:
                        c.execute(table.insert(), batch[table.name])
                c.execute(article_search.insert(), found)
                self._summarise(c, [r["id"] for r in art_rows], 1)
                self._bump(c)
        return ids, new

    def replace_analysis(self, article_id: str, analysis: Analysis) -> list[Correction]:
        """Re-analysis: keep id, owner, flags, metadata and corrections; swap the extracted
        rows. Returns the corrections that no longer apply to the new extraction."""
        rec = self.get(article_id)
        analysis.meta = {**{k: v for k, v in (analysis.meta or {}).items() if k != MARKS_KEY},  # the old view's
                         **{k: v for k, v in (rec.analysis.meta or {}).items()
                            if k in ("title", "source", "url", "published")}}
        with self.engine.begin() as c:
            c.execute(articles.update().where(articles.c.id == article_id).values(analysis_json=analysis.to_json()))
            c.execute(article_search.delete().where(article_search.c.article_id == article_id))
            c.execute(article_search.insert().values(article_id=article_id, body=search_body(
                (analysis.meta or {}).get("title") or rec.title, rec.source, analysis.text)))
            replay = self._rewrite(c, article_id)
        return replay.stale

    # --- corrections ----------------------------------------------------------------
    def corrections(self, article_id: str) -> list[Correction]:
        """Every correction of an article, oldest first, whatever its status."""
        with self.engine.connect() as c:
            return _read_corrections(c, article_id, with_withdrawn=True)

    def add_corrections(self, article_id: str, fixes: Sequence[Correction], author: str | None) -> Replay:
        """Store an analyst's corrections of an article they own and rewrite its rows as
        the corrected view; returns the replay (what applied, what did not)."""
        if not fixes:
            return self.replay(article_id)
        with self.engine.begin() as c:
            self._check_owner(c, article_id, author)
            now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
            c.execute(corrections.insert(), [
                dict(article_id=article_id, author=author, created=now, kind=f.kind, target=f.target,
                     before_json=json.dumps(f.before, ensure_ascii=False),
                     after_json=json.dumps(f.after, ensure_ascii=False), status=ACTIVE) for f in fixes])
            return self._rewrite(c, article_id)

    def withdraw_correction(self, article_id: str, correction_id: int, author: str | None) -> Replay:
        """Take a correction back (it stays on record as withdrawn)."""
        with self.engine.begin() as c:
            self._check_owner(c, article_id, author)
            c.execute(corrections.update().where(corrections.c.id == correction_id,
                                                 corrections.c.article_id == article_id).values(status=WITHDRAWN))
            return self._rewrite(c, article_id)

    def replay(self, article_id: str) -> Replay:
        """The corrected view of an article as its corrections make it now."""
        with self.engine.connect() as c:
            original = self._original(c, article_id)
            return apply_corrections(original, _read_corrections(c, article_id))

    def original(self, article_id: str) -> Analysis:
        """The article's extraction as the extractor made it, before any correction."""
        with self.engine.connect() as c:
            return self._original(c, article_id)

    def corrected_ids(self) -> list[str]:
        """Articles with at least one correction in force (for the gold export)."""
        with self.engine.connect() as c:
            return list(c.execute(sa.select(corrections.c.article_id).where(corrections.c.status == ACTIVE)
                                  .distinct().order_by(corrections.c.article_id)).scalars())

    @staticmethod
    def _original(c: sa.Connection, article_id: str) -> Analysis:
        aj = c.execute(sa.select(articles.c.analysis_json).where(articles.c.id == article_id)).scalar()
        if aj is None:
            raise ArticleNotFound(article_id)
        return Analysis.from_json(aj)

    @staticmethod
    def _check_owner(c: sa.Connection, article_id: str, author: str | None) -> None:
        row = c.execute(sa.select(articles.c.owner, articles.c.public).where(articles.c.id == article_id)).first()
        if row is None:
            raise ArticleNotFound(article_id)
        if not author or row.public or row.owner != author:
            raise NotEditable(article_id)

    def _rewrite(self, c: sa.Connection, article_id: str) -> Replay:
        """Replay the article's corrections on its stored extraction, mark each as applying
        or not, and make its rows (and summaries) the corrected view."""
        row = c.execute(sa.select(articles.c.owner, articles.c.public, articles.c.analysis_json)
                        .where(articles.c.id == article_id)).first()
        original = Analysis.from_json(row.analysis_json)
        fixes = _read_corrections(c, article_id)
        replay = apply_corrections(original, fixes)
        for status, group in ((ACTIVE, replay.applied), (STALE, replay.stale)):
            ids = [f.id for f in group if f.status != status]
            if ids:
                c.execute(corrections.update().where(corrections.c.id.in_(ids)).values(status=status))
        view = replay.analysis
        rows = analysis_rows(view, article_id)
        art = article_row(view, article_id, row.owner, row.public, rows)
        for k in ("created", "analysis_json", "id", "content_hash", "scope", "title", "source", "url", "published"):
            art.pop(k)
        art["corrected_json"] = view.to_json() if fixes else None
        self._summarise(c, [article_id], -1)
        for table in CHILD_TABLES:
            c.execute(table.delete().where(table.c.article_id == article_id))
        c.execute(articles.update().where(articles.c.id == article_id).values(**art))
        for table in CHILD_TABLES:
            if rows[table.name]:
                c.execute(table.insert(), rows[table.name])
        self._summarise(c, [article_id], 1)
        self._bump(c)
        return replay

    def editable(self, article_ids: Sequence[str], owner: str | None) -> list[str]:
        """The subset of ids that ``owner`` may delete or re-analyse (its own articles)."""
        ids = list(article_ids)
        if not ids or not owner:
            return []
        with self.engine.connect() as c:
            return list(c.execute(sa.select(articles.c.id).where(articles.c.id.in_(ids),
                                                                  articles.c.owner == owner)).scalars())

    def delete(self, article_ids: str | Sequence[str]) -> int:
        ids = [article_ids] if isinstance(article_ids, str) else list(article_ids)
        if not ids:
            return 0
        with self.engine.begin() as c:
            self._summarise(c, ids, -1)
            for table in CHILD_TABLES:
                c.execute(table.delete().where(table.c.article_id.in_(ids)))
            c.execute(article_search.delete().where(article_search.c.article_id.in_(ids)))
            c.execute(corrections.delete().where(corrections.c.article_id.in_(ids)))
            n = c.execute(articles.delete().where(articles.c.id.in_(ids))).rowcount
            self._bump(c)
        return n

    # --- reads ----------------------------------------------------------------------
    def version(self) -> int:
        """Changes on every write: use it in cache keys."""
        with self.engine.connect() as c:
            return int(c.execute(sa.select(store_meta.c.value).where(store_meta.c.key == "version")).scalar() or 0)

    def count(self, viewer: str | None = None) -> int:
        with self.engine.connect() as c:
            return int(c.execute(sa.select(sa.func.count()).select_from(articles)
                                 .where(_visible(viewer))).scalar() or 0)

    def get(self, article_id: str) -> ArticleRecord:
        with self.engine.connect() as c:
            r = c.execute(sa.select(articles).where(articles.c.id == article_id)).mappings().first()
        if r is None:
            raise ArticleNotFound(article_id)
        return ArticleRecord(id=r["id"], title=r["title"], source=r["source"], url=r["url"],
                             published=r["published"], created=r["created"], public=bool(r["public"]),
                             owner=r["owner"], analysis=Analysis.from_json(r["corrected_json"] or r["analysis_json"]),
                             corrected=r["corrected_json"] is not None)

    def list_articles(self, viewer: str | None = None, limit: int = 50, offset: int = 0,
                      search: str | None = None) -> tuple[pd.DataFrame, int]:
        """A page of visible articles, newest publication first, and the total count."""
        cols = [articles.c.id, articles.c.title, articles.c.source, articles.c.published, articles.c.created,
                articles.c.public, articles.c.n_entities, articles.c.n_countries, articles.c.n_events,
                articles.c.n_agreements, articles.c.n_times, articles.c.span_start, articles.c.span_end,
                articles.c.url]
        page_cond, count_cond = articles.c.id.not_in(_hidden(viewer)), _visible(viewer)
        if search:
            return self._search_articles(cols, search, page_cond, limit, offset)
        # without a search the page walks the listing index and skips hidden articles, and
        # the count is fastest on the public/owner indexes
        q = (sa.select(*cols).where(page_cond)
             .order_by(articles.c.published.desc().nulls_last(), articles.c.created.desc(), articles.c.id)
             .limit(limit).offset(offset))
        with self.engine.connect() as c:
            df = pd.DataFrame(c.execute(q).mappings().all(), columns=[x.name for x in cols])
            total = int(c.execute(sa.select(sa.func.count()).select_from(articles).where(count_cond)).scalar() or 0)
        return df, total

    def _search_articles(self, cols: list[Any], search: str, visible: Any, limit: int,
                         offset: int) -> tuple[pd.DataFrame, int]:
        """Visible articles holding every word of ``search`` (in title, source or text, in
        any hamza/alef spelling, with or without proclitics), best match first."""
        words = search_words(search)
        if not words:
            return pd.DataFrame(columns=[x.name for x in cols]), 0
        if self.engine.dialect.name == "sqlite":
            query = " ".join(f'"{w}"' for w in words)
            hits = (sa.select(sa.column("article_id"), sa.literal_column("bm25(article_search)").label("rank"))
                    .select_from(sa.text("article_search")).where(sa.text("article_search MATCH :q"))
                    .params(q=query))
        else:
            tsq = sa.func.plainto_tsquery("simple", " ".join(words))
            doc = sa.func.to_tsvector("simple", article_search.c.body)
            hits = (sa.select(article_search.c.article_id, (-sa.func.ts_rank(doc, tsq)).label("rank"))
                    .where(doc.bool_op("@@")(tsq)))
        hits = hits.subquery("hits")
        base = sa.select(*cols).join(hits, hits.c.article_id == articles.c.id).where(visible)
        q = base.order_by(hits.c.rank, articles.c.published.desc().nulls_last(), articles.c.id).limit(limit).offset(offset)
        with self.engine.connect() as c:
            df = pd.DataFrame(c.execute(q).mappings().all(), columns=[x.name for x in cols])
            total = int(c.execute(sa.select(sa.func.count()).select_from(base.subquery())).scalar() or 0)
        return df, total

    def article_options(self, viewer: str | None = None, limit: int = 500,
                        include: Sequence[str] = ()) -> list[tuple[str, str]]:
        """(id, label) of visible articles for a picker, and of those a share link includes."""
        df, _ = self.list_articles(viewer, limit=limit)
        out = [(r.id, f"{r.published or '—'} · {r.title or r.id}") for r in df.itertuples()]
        extra = sorted(set(include) - {i for i, _ in out})
        if extra:
            with self.engine.connect() as c:
                rows = c.execute(sa.select(articles.c.id, articles.c.published, articles.c.title)
                                 .where(articles.c.id.in_(extra))).all()
            out += [(r.id, f"{r.published or '—'} · {r.title or r.id}") for r in rows]
        return out

    def summary(self, viewer: str | None = None) -> dict[str, Any]:
        """Visible articles and events, first and last event date (the Library's figures)."""
        shown = events.c.article_id.not_in(_hidden(viewer))
        with self.engine.connect() as c:
            n_art = c.execute(sa.select(sa.func.count()).select_from(articles).where(_visible(viewer))).scalar()
            n_ev = c.execute(sa.select(sa.func.count()).select_from(events).where(shown)).scalar()
            # min/max as "first row in index order", which stops at the first visible event
            first = c.execute(sa.select(events.c.date_start).where(shown, events.c.date_start.is_not(None))
                              .order_by(events.c.date_start).limit(1)).scalar()
            last = c.execute(sa.select(events.c.date_end).where(shown, events.c.date_end.is_not(None))
                             .order_by(events.c.date_end.desc()).limit(1)).scalar()
        return {"articles": int(n_art or 0), "events": int(n_ev or 0), "first": first, "last": last}

    def actor_names(self, ids: Iterable[str] | None = None) -> dict[str, tuple[str, str]]:
        """actor id → (English name, Arabic name), over every article (from the summary)."""
        q = sa.select(actor_summary.c.actor_id, sa.func.max(actor_summary.c.name),
                      sa.func.max(actor_summary.c.name_ar))
        ids = list(ids) if ids is not None else None
        if ids is not None:
            if not ids:
                return {}
            q = q.where(actor_summary.c.actor_id.in_(ids))
        q = q.group_by(actor_summary.c.actor_id)
        with self.engine.connect() as c:
            return {a: (n or a, na or n or a) for a, n, na in c.execute(q)}

    def actor_options(self, viewer: str | None = None, limit: int = 300,
                      include: Sequence[str] = ()) -> pd.DataFrame:
        """Actors that take part in visible events, most active first."""
        s = actor_summary
        with self.engine.connect() as c:
            rows = sa.select(s.c.actor_id, s.c.name, s.c.name_ar, s.c.type, s.c.n_public.label("n")).where(
                s.c.n_public > 0)
            if self._has_private(c, viewer, include):
                rows = sa.union_all(rows, sa.select(actors.c.actor_id, actors.c.name, actors.c.name_ar, actors.c.type,
                                                    sa.func.count().label("n"))
                                    .where(actors.c.article_id.in_(_own_private(viewer, include)))
                                    .group_by(*_ACTOR_VARIANT))
            src = rows.subquery()
            q = (sa.select(src.c.actor_id, sa.func.max(src.c.name).label("name"),
                           sa.func.max(src.c.name_ar).label("name_ar"), sa.func.max(src.c.type).label("type"),
                           sa.func.sum(src.c.n).label("n"))
                 .group_by(src.c.actor_id).order_by(sa.desc("n"), src.c.actor_id).limit(limit))
            return pd.DataFrame(c.execute(q).mappings().all(), columns=["actor_id", "name", "name_ar", "type", "n"])

    @staticmethod
    def _has_private(c: sa.Connection, viewer: str | None, include: Sequence[str] = ()) -> bool:
        """Whether the viewer sees private articles (most viewers own none, and then the
        public summaries are the whole answer)."""
        if not viewer and not include:
            return False
        return c.execute(_own_private(viewer, include).limit(1)).first() is not None

    def _entity_rows(self, c: sa.Connection, viewer: str | None, include: Sequence[str] = ()) -> sa.Subquery:
        """Entity summary rows the viewer sees: the public summary, plus the same figures
        computed from the entity rows of the viewer's own private articles."""
        s = entity_summary
        rows = sa.select(s.c.entity_id, s.c.type, s.c.name, s.c.name_ar, s.c.country, s.c.search_key,
                         s.c.n_articles, s.c.n_mentions)
        if self._has_private(c, viewer, include):
            e = entities
            rows = sa.union_all(rows, sa.select(
                *_ENTITY_VARIANT, sa.func.count(sa.distinct(e.c.article_id)).label("n_articles"),
                sa.func.coalesce(sa.func.sum(e.c.n_mentions), 0).label("n_mentions"))
                .where(e.c.article_id.in_(_own_private(viewer, include))).group_by(*_ENTITY_VARIANT))
        return rows.subquery("entity_rows")

    def _event_conditions(self, f: Filters, viewer: str | None, table: sa.Table = events) -> list[Any]:
        conds: list[Any] = [table.c.article_id.not_in(_hidden(viewer, f.include))]
        if f.article_id:
            conds.append(table.c.article_id == f.article_id)
        if f.types:
            kinds = [t for t in f.types if t != AGREEMENTS]
            match = [table.c.type.in_(kinds)] if kinds else []
            if AGREEMENTS in f.types:  # what the star means, whatever the event's type
                match.append(events.c.agreement.is_(True) if table is events else
                             sa.tuple_(table.c.article_id, table.c.event_idx).in_(
                                 sa.select(events.c.article_id, events.c.idx).where(events.c.agreement.is_(True))))
            conds.append(sa.or_(*match))
        if f.date_from:
            conds.append(table.c.date_end >= f.date_from)
        if f.date_to:
            conds.append(table.c.date_start <= f.date_to)
        if f.actors:
            if table is events:
                conds.append(sa.or_(*[events.c.actor_ids.like(f"%|{_escape_like(a)}|%", escape="\\")
                                      for a in f.actors]))
            else:
                conds.append(sa.or_(table.c.a.in_(list(f.actors)), table.c.b.in_(list(f.actors))))
        if f.agreements_only and table is events:
            conds.append(events.c.agreement.is_(True))
        return conds

    def events(self, f: Filters | None = None, viewer: str | None = None, limit: int = 2000,
               dated_only: bool = False, undated_only: bool = False) -> tuple[pd.DataFrame, int]:
        """Events matching the filters (newest first, at most ``limit``) and their total count."""
        f = f or Filters()
        conds = self._event_conditions(f, viewer)
        if dated_only:
            conds.append(events.c.date_start.is_not(None))
        if undated_only:
            conds.append(events.c.date_start.is_(None))
        cols = [events.c[n] for n in EVENT_COLUMNS]
        q = (sa.select(*cols, articles.c.title).join(articles, articles.c.id == events.c.article_id)
             .where(*conds).order_by(events.c.date_start.desc().nulls_last(), events.c.article_id, events.c.idx)
             .limit(limit))
        with self.engine.connect() as c:
            df = pd.DataFrame(c.execute(q).mappings().all(), columns=EVENT_COLUMNS + ["title"])
            total = int(c.execute(sa.select(sa.func.count()).select_from(events).where(*conds)).scalar() or 0)
        ids = set(df["source_id"].dropna()) | set(df["target_id"].dropna())
        for s in df["actor_ids"]:
            ids.update(x for x in str(s).split("|") if x)
        df = _finish_events(df, self.actor_names(ids))
        return df, total

    def private_share(self, f: Filters, viewer: str | None, limit: int = 50,
                      dated_only: bool = False) -> tuple[int, list[str]]:
        """What a share link of this view would leave out: how many of the events matching
        ``f`` come from the viewer's own private articles, and those articles' ids (the
        first ``limit``), which the sender may choose to include in the link."""
        if not viewer:
            return 0, []
        own = _own_private(viewer)
        conds = [*self._event_conditions(f, viewer), events.c.article_id.in_(own)]
        if dated_only:
            conds.append(events.c.date_start.is_not(None))
        with self.engine.connect() as c:
            n = int(c.execute(sa.select(sa.func.count()).select_from(events).where(*conds)).scalar() or 0)
            ids = list(c.execute(sa.select(events.c.article_id).where(*conds).distinct()
                                 .order_by(events.c.article_id).limit(limit)).scalars()) if n else []
        return n, ids

    def pair_events(self, a: str, b: str, f: Filters | None = None, viewer: str | None = None,
                    limit: int = 200) -> pd.DataFrame:
        """Events between two actors, with evidence and dates."""
        lo, hi = sorted((a, b))
        f = f or Filters()
        conds = self._event_conditions(Filters(f.types, (), f.date_from, f.date_to, f.article_id,
                                               include=f.include), viewer, event_pairs)
        keys = (sa.select(event_pairs.c.article_id, event_pairs.c.event_idx)
                .where(event_pairs.c.a == lo, event_pairs.c.b == hi, *conds))
        cols = [events.c[n] for n in EVENT_COLUMNS]
        q = (sa.select(*cols, articles.c.title).join(articles, articles.c.id == events.c.article_id)
             .where(sa.tuple_(events.c.article_id, events.c.idx).in_(keys))
             .order_by(events.c.date_start.desc().nulls_last()).limit(limit))
        with self.engine.connect() as c:
            df = pd.DataFrame(c.execute(q).mappings().all(), columns=EVENT_COLUMNS + ["title"])
        ids = {lo, hi} | set(df["source_id"].dropna()) | set(df["target_id"].dropna())
        return _finish_events(df, self.actor_names(ids))

    def pairs(self, f: Filters | None = None, viewer: str | None = None, limit: int = 150) -> pd.DataFrame:
        """Actor pairs aggregated in SQL: events, net Goldstein, conflict/cooperation counts, dates."""
        f = f or Filters()
        conds = self._event_conditions(f, viewer, event_pairs)
        g = event_pairs.c.goldstein
        q = (sa.select(event_pairs.c.a, event_pairs.c.b, sa.func.count().label("n_events"),
                       sa.func.coalesce(sa.func.sum(g), 0.0).label("net_goldstein"),
                       sa.func.sum(sa.case((g < 0, 1), else_=0)).label("n_conflict"),
                       sa.func.sum(sa.case((g > 0, 1), else_=0)).label("n_cooperation"),
                       sa.func.min(event_pairs.c.date_start).label("first_date"),
                       sa.func.max(event_pairs.c.date_end).label("last_date"))
             .where(*conds).group_by(event_pairs.c.a, event_pairs.c.b)
             .order_by(sa.desc("n_events"), event_pairs.c.a, event_pairs.c.b).limit(limit))
        with self.engine.connect() as c:
            df = pd.DataFrame(c.execute(q).mappings().all(), columns=PAIR_COLUMNS[:-1])
        df["types"] = ""
        names = self.actor_names(set(df["a"]) | set(df["b"]))
        return _name_pairs(df, names)

    def actor_mentions(self, ids: Iterable[str], viewer: str | None = None,
                       include: Sequence[str] = ()) -> dict[str, int]:
        """Total mentions of each id across visible articles (network node sizes)."""
        ids = list(ids)
        if not ids:
            return {}
        with self.engine.connect() as c:
            src = self._entity_rows(c, viewer, include)
            q = (sa.select(src.c.entity_id, sa.func.sum(src.c.n_mentions))
                 .where(src.c.entity_id.in_(ids)).group_by(src.c.entity_id))
            return {k: int(v or 0) for k, v in c.execute(q)}

    def country_counts(self, viewer: str | None = None, f: Filters | None = None) -> pd.DataFrame:
        """Country entities: articles mentioning each and total mentions (ISO-3 ids)."""
        columns = ["iso3", "name", "name_ar", "n_articles", "n_mentions"]
        if not (f and (f.article_id or f.date_from or f.date_to)):  # the whole library: the summary
            with self.engine.connect() as c:
                src = self._entity_rows(c, viewer, f.include if f else ())
                q = (sa.select(src.c.entity_id.label("iso3"), sa.func.max(src.c.name).label("name"),
                               sa.func.max(src.c.name_ar).label("name_ar"),
                               sa.func.sum(src.c.n_articles).label("n_articles"),
                               sa.func.sum(src.c.n_mentions).label("n_mentions"))
                     .where(src.c.type == "COUNTRY").group_by(src.c.entity_id)
                     .order_by(sa.desc("n_articles"), src.c.entity_id))
                return pd.DataFrame(c.execute(q).mappings().all(), columns=columns)
        # articles in the period and not hidden: found on the listing index
        vis = sa.select(articles.c.id).where(articles.c.id.not_in(_hidden(viewer, f.include if f else ())))
        if f and f.article_id:
            vis = vis.where(articles.c.id == f.article_id)
        if f and (f.date_from or f.date_to):
            if f.date_from:
                vis = vis.where(sa.or_(articles.c.published >= f.date_from, articles.c.published.is_(None)))
            if f.date_to:
                vis = vis.where(sa.or_(articles.c.published <= f.date_to, articles.c.published.is_(None)))
        q = (sa.select(entities.c.entity_id.label("iso3"), sa.func.max(entities.c.name).label("name"),
                       sa.func.max(entities.c.name_ar).label("name_ar"),
                       sa.func.count(sa.distinct(entities.c.article_id)).label("n_articles"),
                       sa.func.sum(entities.c.n_mentions).label("n_mentions"))
             .where(entities.c.type == "COUNTRY", entities.c.article_id.in_(vis))
             .group_by(entities.c.entity_id).order_by(sa.desc("n_articles"), entities.c.entity_id))
        with self.engine.connect() as c:
            return pd.DataFrame(c.execute(q).mappings().all(), columns=columns)

    def entity_table(self, viewer: str | None = None, search: str | None = None,
                     types: Sequence[str] = (), limit: int = 50, offset: int = 0) -> tuple[pd.DataFrame, int]:
        """Entities across the library: articles and mentions per entity, paginated.

        Read from the entity summary (a row per entity variant), so the cost follows the
        number of distinct entities, not of articles; a search matches the variants'
        search keys as it matched the entity rows."""
        with self.engine.connect() as c:
            src = self._entity_rows(c, viewer)
            conds: list[Any] = []
            if types:
                conds.append(src.c.type.in_(list(types)))
            if search and search.strip():
                key = _search_key(search.strip())
                conds.append(sa.or_(src.c.search_key.like(f"%{_escape_like(key)}%", escape="\\"),
                                    src.c.entity_id.like(f"%{_escape_like(search.strip())}%", escape="\\")))
            grouped = (sa.select(src.c.entity_id, src.c.type, sa.func.max(src.c.name).label("name"),
                                 sa.func.max(src.c.name_ar).label("name_ar"),
                                 sa.func.max(src.c.country).label("country"),
                                 sa.func.sum(src.c.n_articles).label("n_articles"),
                                 sa.func.sum(src.c.n_mentions).label("n_mentions"))
                       .where(*conds).group_by(src.c.entity_id, src.c.type))
            q = (grouped.order_by(sa.desc("n_articles"), sa.desc("n_mentions"), src.c.entity_id, src.c.type)
                 .limit(limit).offset(offset))
            df = pd.DataFrame(c.execute(q).mappings().all(),
                              columns=["entity_id", "type", "name", "name_ar", "country", "n_articles", "n_mentions"])
            # counting the groups needs no names or sums (a quarter of the page's cost)
            groups = sa.select(src.c.entity_id, src.c.type).where(*conds).group_by(src.c.entity_id, src.c.type)
            total = int(c.execute(sa.select(sa.func.count()).select_from(groups.subquery())).scalar() or 0)
        return df, total

    def cooccurring(self, entity_id: str, viewer: str | None = None, limit: int = 20) -> pd.DataFrame:
        """Entities that share articles with ``entity_id``, most shared first."""
        e1, e2 = entities.alias("e1"), entities.alias("e2")
        q = (sa.select(e2.c.entity_id, e2.c.type, sa.func.max(e2.c.name).label("name"),
                       sa.func.max(e2.c.name_ar).label("name_ar"),
                       sa.func.count(sa.distinct(e2.c.article_id)).label("n_articles"))
             .select_from(e1.join(e2, e1.c.article_id == e2.c.article_id))
             .where(e1.c.entity_id == entity_id, e2.c.entity_id != entity_id,
                    e1.c.article_id.not_in(_hidden(viewer)))
             .group_by(e2.c.entity_id, e2.c.type).order_by(sa.desc("n_articles"), e2.c.entity_id).limit(limit))
        with self.engine.connect() as c:
            return pd.DataFrame(c.execute(q).mappings().all(),
                                columns=["entity_id", "type", "name", "name_ar", "n_articles"])

    def articles_mentioning(self, entity_id: str, viewer: str | None = None, limit: int = 50) -> pd.DataFrame:
        q = (sa.select(articles.c.id, articles.c.title, articles.c.source, articles.c.published,
                       entities.c.n_mentions)
             .join(entities, entities.c.article_id == articles.c.id)
             .where(entities.c.entity_id == entity_id, _visible(viewer))
             .order_by(articles.c.published.desc().nulls_last(), articles.c.id).limit(limit))
        with self.engine.connect() as c:
            return pd.DataFrame(c.execute(q).mappings().all(),
                                columns=["id", "title", "source", "published", "n_mentions"])

    # --- export ---------------------------------------------------------------------
    def iter_analyses(self, viewer: str | None = None, batch: int = 200) -> Iterator[tuple[dict[str, Any], str]]:
        """(article row without JSON, analysis JSON) for every visible article."""
        cols = [articles.c.id, articles.c.title, articles.c.source, articles.c.url, articles.c.published]
        last = ""
        while True:
            view = sa.func.coalesce(articles.c.corrected_json, articles.c.analysis_json).label("analysis_json")
            q = (sa.select(*cols, view).where(_visible(viewer), articles.c.id > last)
                 .order_by(articles.c.id).limit(batch))
            with self.engine.connect() as c:
                rows = c.execute(q).mappings().all()
            if not rows:
                return
            for r in rows:
                yield {k: r[k] for k in ("id", "title", "source", "url", "published")}, r["analysis_json"]
            last = rows[-1]["id"]

    def export_json(self, viewer: str | None = None) -> str:
        """Every visible article as a JSON array of {id, title, ..., analysis}."""
        parts = []
        for row, aj in self.iter_analyses(viewer):
            head = json.dumps({**row, "published": str(row["published"]) if row["published"] else None},
                              ensure_ascii=False)
            parts.append(head[:-1] + ', "analysis": ' + aj + "}")
        return "[\n" + ",\n".join(parts) + "\n]\n"

    def export_events_csv(self, viewer: str | None = None) -> str:
        df, _ = self.events(Filters(), viewer, limit=10_000_000)
        keep = ["article_id", "title", "type", "agreement", "actors", "source_id", "target_id", "directed",
                "date", "date_label", "date_start", "date_end", "precision", "goldstein", "modality", "trigger",
                "sentence"]
        return csv_text(df[keep])

    # --- bundled examples -----------------------------------------------------------
    def load_samples(self, analyze_fn: Any, samples_dir: Path = SAMPLES_DIR) -> list[str]:
        """Analyse and store the bundled examples (public) unless the store has any article."""
        with self.engine.connect() as c:
            if c.execute(sa.select(articles.c.id).limit(1)).first() is not None:
                return []
        items = []
        for path in sorted(samples_dir.glob("*.json")):
            d = json.loads(path.read_text(encoding="utf-8"))
            meta = {k: d.get(k) for k in ("title", "source", "url", "published")}
            meta["sample"] = path.stem
            items.append(analyze_fn(d["text"], published=d.get("published"), meta=meta))
        return self.save_many(items, owner=None, public=True)


def _visible(viewer: str | None) -> Any:
    if viewer:
        return sa.or_(articles.c.public.is_(True), articles.c.owner == viewer)
    return articles.c.public.is_(True)


def _hidden(viewer: str | None, include: Sequence[str] = ()) -> sa.Select:
    """Ids of the articles ``viewer`` may not list: other people's private articles,
    except those a share link includes (``include``: ids its sender chose to share).

    Child-table queries filter with ``article_id NOT IN`` this set rather than ``IN`` the
    visible one: it is small (public articles are the bulk), it is found on the ``public``
    index, and it leaves the planner free to walk the child table's own index (newest
    dates first, one pair, one entity) instead of all visible articles."""
    q = sa.select(articles.c.id).where(articles.c.public.is_(False))
    if viewer:
        q = q.where(sa.or_(articles.c.owner.is_(None), articles.c.owner != viewer))
    if include:
        q = q.where(articles.c.id.not_in(list(include)))
    return q


def _own_private(viewer: str | None, include: Sequence[str] = ()) -> sa.Select:
    """Ids of the private articles the viewer sees (its own, and those a share link
    includes): what the public summaries leave out."""
    who = [articles.c.owner == viewer] if viewer else []
    if include:
        who.append(articles.c.id.in_(list(include)))
    return sa.select(articles.c.id).where(articles.c.public.is_(False), sa.or_(sa.false(), *who))


@lru_cache(maxsize=200_000)
def _search_forms(word: str) -> tuple[str, ...]:
    from core.text import clitic_variants

    return tuple(dict.fromkeys([word, *(v for v, k in clitic_variants(word) if k and len(v) > 1)]))


def search_words(*parts: str | None) -> list[str]:
    """The words of a text as the search indexes and asks them: normalised, split on
    anything that is not a letter or digit."""
    from core.text import normalize_for_match

    return re.findall(r"\w+", normalize_for_match(" ".join(p for p in parts if p)))


def search_body(title: str | None, source: str | None, text: str | None) -> str:
    """What the search table holds for one article: every word and its proclitic-free forms."""
    return " ".join(f for w in search_words(title, source, text) for f in _search_forms(w))


def _create_search(c: sa.Connection) -> bool:
    """Make the search table if it is missing; True when it was made (and needs filling)."""
    if sa.inspect(c).has_table("article_search"):
        return False
    if c.dialect.name == "sqlite":
        c.execute(sa.text("CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, body, "
                          "tokenize='unicode61 remove_diacritics 2')"))
    else:
        article_search.create(c)
        c.execute(sa.text("CREATE INDEX ix_article_search_id ON article_search (article_id)"))
        c.execute(sa.text("CREATE INDEX ix_article_search_tsv ON article_search "
                          "USING GIN (to_tsvector('simple', body))"))
    return True


def _fill_search(c: sa.Connection, article_ids: Sequence[str] | None = None) -> None:
    """Index these articles (all when None) from their stored rows, 200 at a time."""
    q = sa.select(articles.c.id, articles.c.title, articles.c.source, articles.c.analysis_json)
    if article_ids is not None:
        q = q.where(articles.c.id.in_(list(article_ids)))
    rows = []
    for aid, title, source, aj in c.execute(q):
        rows.append({"article_id": aid, "body": search_body(title, source, json.loads(aj).get("text"))})
        if len(rows) == 200:
            c.execute(article_search.insert(), rows)
            rows = []
    if rows:
        c.execute(article_search.insert(), rows)


def _add_correction_columns(c: sa.Connection) -> None:
    """Bring a store of schema 6 or older to corrections: the columns that hold the
    corrected view and the markers (the corrections table itself is made by create_all)."""
    insp = sa.inspect(c)
    for table, column, sql_type in CORRECTION_COLUMNS:
        if column not in {col["name"] for col in insp.get_columns(table)}:
            c.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}"))


def _read_corrections(c: sa.Connection, article_id: str, with_withdrawn: bool = False) -> list[Correction]:
    q = sa.select(corrections).where(corrections.c.article_id == article_id).order_by(corrections.c.id)
    if not with_withdrawn:
        q = q.where(corrections.c.status != WITHDRAWN)
    return [Correction(r.kind, r.target or "", json.loads(r.before_json or "null"), json.loads(r.after_json or "null"),
                       id=r.id, author=r.author, created=r.created, status=r.status)
            for r in c.execute(q)]


def _add_dedup_scope(c: sa.Connection) -> None:
    """Bring a store of schema 5 or older to per-scope deduplication: add ``scope`` and
    drop the store-wide unique constraint on ``content_hash``. SQLite cannot drop a
    constraint, so there the table is copied into a new one (its indexes are made by
    the caller, which creates every missing index next)."""
    insp = sa.inspect(c)
    if "scope" in {col["name"] for col in insp.get_columns("articles")}:
        return
    scope = (f"CASE WHEN public THEN '{PUBLIC_SCOPE}' WHEN owner IS NULL THEN '{UNOWNED_SCOPE}' "
             "ELSE owner END")
    if c.dialect.name == "sqlite":
        fresh = sa.Table("articles_scoped", sa.MetaData(),
                         *[sa.Column(col.name, col.type, nullable=col.nullable, primary_key=col.primary_key)
                           for col in articles.columns])
        fresh.create(c)
        old = [col.name for col in articles.columns if col.name != "scope"]
        c.execute(sa.text(f"INSERT INTO articles_scoped ({', '.join(old)}, scope) "
                          f"SELECT {', '.join(old)}, {scope} FROM articles"))
        c.execute(sa.text("DROP TABLE articles"))
        c.execute(sa.text("ALTER TABLE articles_scoped RENAME TO articles"))
        return
    c.execute(sa.text("ALTER TABLE articles ADD COLUMN scope VARCHAR(64)"))
    c.execute(sa.text(f"UPDATE articles SET scope = {scope}"))
    c.execute(sa.text("ALTER TABLE articles ALTER COLUMN scope SET NOT NULL"))
    for uc in insp.get_unique_constraints("articles"):
        if uc["column_names"] == ["content_hash"] and uc.get("name"):
            c.execute(sa.text(f'ALTER TABLE articles DROP CONSTRAINT "{uc["name"]}"'))


def _set_meta(c: sa.Connection, key: str, value: int) -> None:
    if c.execute(store_meta.update().where(store_meta.c.key == key).values(value=value)).rowcount == 0:
        c.execute(store_meta.insert().values(key=key, value=value))


def _variant_key(*cols: Any) -> Any:
    """One string for a tuple of nullable columns, built in SQL (so rebuilds and writes
    make the same key): each part is its length, a colon and the text, or '-' for NULL,
    which no text can be confused with."""
    parts = [sa.func.coalesce(sa.cast(sa.func.length(col), sa.Text).concat(":").concat(col), "-") for col in cols]
    key = parts[0]
    for part in parts[1:]:
        key = key.concat(part)
    return key


_ENTITY_VARIANT = (entities.c.entity_id, entities.c.type, entities.c.name, entities.c.name_ar, entities.c.country,
                   entities.c.search_key)
_ENTITY_SUMMARY_COLS = ["variant", "entity_id", "type", "name", "name_ar", "country", "search_key", "n_articles",
                        "n_mentions"]
_ACTOR_VARIANT = (actors.c.actor_id, actors.c.name, actors.c.name_ar, actors.c.type)
_ACTOR_SUMMARY_COLS = ["variant", "actor_id", "name", "name_ar", "type", "n_rows", "n_public"]


def _entity_delta(article_ids: Sequence[str] | None, sign: int) -> sa.Select:
    """Summary rows of the public articles among ``article_ids`` (all when None), times sign."""
    pub = sa.select(articles.c.id).where(articles.c.public.is_(True))
    if article_ids is not None:
        pub = pub.where(articles.c.id.in_(list(article_ids)))
    key = _variant_key(*_ENTITY_VARIANT).label("variant")
    # in key order, so that concurrent writers lock summary rows in the same order
    # (PostgreSQL would otherwise let two upserts deadlock)
    return (sa.select(key, *_ENTITY_VARIANT,
                      sa.func.count(sa.distinct(entities.c.article_id)) * sign,
                      sa.func.coalesce(sa.func.sum(entities.c.n_mentions), 0) * sign)
            .where(entities.c.article_id.in_(pub)).group_by(*_ENTITY_VARIANT).order_by(key))


def _actor_delta(article_ids: Sequence[str] | None, sign: int) -> sa.Select:
    """Actor summary rows of ``article_ids`` (all articles when None), times sign."""
    key = _variant_key(*_ACTOR_VARIANT).label("variant")
    q = (sa.select(key, *_ACTOR_VARIANT, sa.func.count() * sign,
                   sa.func.coalesce(sa.func.sum(sa.case((articles.c.public.is_(True), 1), else_=0)), 0) * sign)
         .select_from(actors.outerjoin(articles, articles.c.id == actors.c.article_id)))
    if article_ids is not None:
        q = q.where(actors.c.article_id.in_(list(article_ids)))
    return q.group_by(*_ACTOR_VARIANT).order_by(key)


def _upsert_adding(c: sa.Connection, table: sa.Table, cols: list[str], rows: sa.Select, add: Sequence[str]) -> None:
    """INSERT the selected rows; where the variant is there already, add the counts."""
    if c.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif c.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:
        raise StoreError(f"the store supports SQLite and PostgreSQL, not {c.dialect.name}")
    stmt = insert(table).from_select(cols, rows)
    stmt = stmt.on_conflict_do_update(index_elements=[table.c.variant],
                                      set_={k: table.c[k] + stmt.excluded[k] for k in add})
    c.execute(stmt)


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _safe_url(url: str) -> str:
    """The URL as it may be printed: without a password."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except (sa.exc.ArgumentError, ValueError):
        return "the store URL"


def open_store(url: str | None = None) -> Store:
    """The store at ``url``, else ``$AKHBAR_DB_URL``, else the default SQLite file."""
    return Store(url)


# --- per-article downloads ----------------------------------------------------------------
def analysis_tables(analysis: Analysis) -> dict[str, pd.DataFrame]:
    """The tables a journalist downloads for one article: entities, times, events."""
    ev = events_frame(analysis)
    keep = ["type", "agreement", "actors", "actors_ar", "directed", "date", "date_label", "date_start", "date_end",
            "precision", "goldstein", "modality", "trigger", "sentence"]
    return {"entities": entities_frame(analysis), "times": times_frame(analysis), "events": ev[keep]}


# A cell that starts with one of these is a formula to Excel, LibreOffice and Google Sheets
# ("=HYPERLINK(...)" in a pasted article would run when an analyst opens the export).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """The same table with every text cell that a spreadsheet would read as a formula
    prefixed with an apostrophe (OWASP's advice for CSV injection), so it shows as text."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = [("'" + v) if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v for v in out[col]]
    return out


def csv_text(df: pd.DataFrame) -> str:
    """CSV for spreadsheets: formula-safe, and with a UTF-8 byte order mark, without which
    Excel reads the file in the machine's legacy code page and shows Arabic as garbage."""
    return "\ufeff" + spreadsheet_safe(df).to_csv(index=False)


def analysis_workbook(analysis: Analysis) -> bytes:
    """An Excel workbook with one sheet per table (openpyxl), formula-safe."""
    import io

    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        for name, df in analysis_tables(analysis).items():
            spreadsheet_safe(df).to_excel(xw, sheet_name=name, index=False)
        spreadsheet_safe(pd.DataFrame({"text": [analysis.text]})).to_excel(xw, sheet_name="article", index=False)
    return buf.getvalue()


def analysis_csv(analysis: Analysis) -> str:
    """The events of one article as CSV (the table most people chart)."""
    return csv_text(analysis_tables(analysis)["events"])
