"""The store's tables, its errors, and the migrations that bring an older store up to
the current schema when it is opened."""
from __future__ import annotations

import json
import operator
from pathlib import Path
from typing import Any, Sequence

import sqlalchemy as sa

from core.corrections import (
    WITHDRAWN,
    Correction,
)
from core.errors import AkhbarError

ENV_URL = "AKHBAR_DB_URL"
DEFAULT_DB_PATH = Path.home() / ".akhbar-lens" / "akhbar.db"
SAMPLES_DIR = Path(__file__).resolve().parents[2] / "data" / "samples"

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
SCHEMA_VERSION = 8  # 6: articles.scope, deduplication per scope instead of store-wide; 7: corrections;
# 8: untitled articles named by their headline

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
# One visitor's "these two spellings are one entity" (the Entities page's merge): every
# article of theirs that names ``alias_id`` gets an entity_alias correction, now and when
# they store a new one. A new table: opening an older store creates it.
entity_aliases = sa.Table(
    "entity_aliases", metadata,
    sa.Column("owner", sa.String(64), nullable=False),
    sa.Column("alias_id", sa.String(128), nullable=False),
    sa.Column("canonical_json", sa.Text, nullable=False),  # id, name, name_ar, type, country
    sa.Column("created", sa.DateTime, nullable=False),
    sa.UniqueConstraint("owner", "alias_id", name="ux_entity_aliases_owner_alias"),
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


def _read_corrections(c: sa.Connection, article_id: str, with_withdrawn: bool = False) -> list[Correction]:
    q = sa.select(corrections).where(corrections.c.article_id == article_id).order_by(corrections.c.id)
    if not with_withdrawn:
        q = q.where(corrections.c.status != WITHDRAWN)
    return [Correction(r.kind, r.target or "", json.loads(r.before_json or "null"), json.loads(r.after_json or "null"),
                       id=r.id, author=r.author, created=r.created, status=r.status)
            for r in c.execute(q)]


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


def _fast_date(process: Any) -> Any:
    """SQLite's DATE conversion, ``date.isoformat()`` for a plain date (the same
    'YYYY-MM-DD' text, a quarter of the cost: a batch binds about 14 dates per article),
    SQLAlchemy's own for anything else (None, a datetime, which it cuts to its date)."""
    from datetime import date

    def convert(value: Any) -> Any:
        return value.isoformat() if type(value) is date else process(value)

    return convert


# Text columns whose values may be given as UTF-8 bytes (the batch sends its longest
# values so, see core.store.rows.analysis_json): SQLite binds them with CAST(? AS TEXT),
# which stores the same text without Python decoding and encoding it again (a str is
# left as it is); other databases get them decoded.
UTF8_TEXT_COLUMNS: dict[str, frozenset[str]] = {"articles": frozenset({"analysis_json"}),
                                                "article_search": frozenset({"body"})}


def insert_many(c: sa.Connection, table: sa.Table, rows: Any) -> None:
    """INSERT many rows of one shape: a list of dicts with the same keys, or a
    :class:`core.store.rows.RowBlock` (tuples in the order of its ``columns``). On SQLite
    straight through the driver's ``executemany`` with the columns' own bind conversions
    (SQLAlchemy's per-row parameter processing cost the batch more than SQLite's own
    work); elsewhere through SQLAlchemy. The columns of ``UTF8_TEXT_COLUMNS`` may hold
    UTF-8 bytes."""
    block = isinstance(rows, tuple) and hasattr(rows, "columns")
    if not (rows.rows if block else rows):
        return
    keys = list(rows.columns if block else rows[0])
    utf8 = UTF8_TEXT_COLUMNS.get(table.name, frozenset())
    if c.dialect.name != "sqlite" or any(col.default is not None and col.key not in keys for col in table.columns):
        dicts = rows.dicts() if block else list(rows)
        if utf8.intersection(keys):
            dicts = [_decoded(r, utf8) for r in dicts]
        c.execute(table.insert(), dicts)
        return
    cols = [table.c[k] for k in keys]
    procs = [(i, _fast_date(p) if type(col.type) is sa.Date else p) for i, col in enumerate(cols)
             if (p := col.type.dialect_impl(c.dialect).bind_processor(c.dialect)) is not None]
    if block:
        params: list[Any] = rows.rows
    elif len(keys) == 1:
        params = [(r[keys[0]],) for r in rows]
    else:
        params = list(map(operator.itemgetter(*keys), rows))
    if procs:  # converted a column at a time
        values = list(zip(*params))
        for i, fn in procs:
            values[i] = map(fn, values[i])
        params = list(zip(*values))
    q = c.dialect.identifier_preparer
    sql = (f"INSERT INTO {q.format_table(table)} ({', '.join(q.quote(col.name) for col in cols)}) "
           f"VALUES ({', '.join('CAST(? AS TEXT)' if col.name in utf8 else '?' for col in cols)})")
    c.exec_driver_sql(sql, params)


def _decoded(row: dict[str, Any], utf8: frozenset[str]) -> dict[str, Any]:
    """``row`` with the UTF-8 bytes of its ``utf8`` columns as str."""
    return {k: v.decode("utf-8") if k in utf8 and type(v) is bytes else v for k, v in row.items()}
