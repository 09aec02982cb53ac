"""Bringing an older store up to the current schema when it is opened, and the
full-text search table that is made (and filled) when missing."""
from __future__ import annotations

import json
from typing import Sequence

import sqlalchemy as sa

from core.headline import headline
from core.store.rows import PUBLIC_SCOPE, UNOWNED_SCOPE, search_body
from core.store.schema import CHILD_TABLES, CORRECTION_COLUMNS, article_search, articles, metadata, store_meta


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


def _name_untitled(c: sa.Connection) -> None:
    """Bring a store of schema 7 or older to headlines: an article stored without a title
    is named by its first sentence, as new ones are (the Library listed it as "None")."""
    q = sa.select(articles.c.id, articles.c.analysis_json).where(articles.c.title.is_(None))
    named = [{"aid": aid, "title": headline(json.loads(aj).get("text"))} for aid, aj in c.execute(q)]
    named = [n for n in named if n["title"]]
    if named:
        c.execute(articles.update().where(articles.c.id == sa.bindparam("aid"))
                  .values(title=sa.bindparam("title")), named)


def _set_meta(c: sa.Connection, key: str, value: int) -> None:
    if c.execute(store_meta.update().where(store_meta.c.key == key).values(value=value)).rowcount == 0:
        c.execute(store_meta.insert().values(key=key, value=value))


def bulk_indexes() -> list[sa.Index]:
    """The secondary indexes a batch loading an empty SQLite store makes at its end
    instead of keeping them up to date row by row (every one but the unique index on
    the content hash, which the deduplication reads and enforces while the rows come).

    Why: each row's entries went into 17 B-trees in the order of random article ids, a
    page read and written again for nearly every entry; an index made once at the end
    sorts its entries and writes each page once."""
    return [ix for t in (articles, *CHILD_TABLES) for ix in sorted(t.indexes, key=lambda i: i.name)
            if not ix.unique]


def drop_bulk_indexes(c: sa.Connection) -> bool:
    """Drop :func:`bulk_indexes` when the store is an SQLite one without articles; True
    when dropped. The caller marks its run in the same transaction, so that a store
    opened meanwhile leaves the indexes to it (:func:`create_missing_indexes`)."""
    if c.dialect.name != "sqlite" or c.execute(sa.select(articles.c.id).limit(1)).first() is not None:
        return False
    for ix in bulk_indexes():
        c.execute(sa.text(f'DROP INDEX IF EXISTS "{ix.name}"'))
    return True


def create_missing_indexes(c: sa.Connection) -> None:
    """Make the indexes of the schema an SQLite store lacks: those a batch left out and
    made at its end, when the batch was killed first (one look at the catalogue on
    every open; nothing else ever lacks them)."""
    if c.dialect.name != "sqlite":
        return
    have = set(c.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
    for table in metadata.sorted_tables:
        for ix in sorted(table.indexes, key=lambda i: i.name):
            if ix.name not in have:
                ix.create(c)
