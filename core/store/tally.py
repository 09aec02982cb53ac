"""The summaries' share of a batch's articles, counted in Python as their rows are
written, so that the catch-up at the end of a run is one upsert of the counted rows
instead of grouping the run's entity and actor rows again in SQL.

The SQL catch-up (:meth:`StoreWrites._summarise`) read back every entity and actor
row of the run through the article index and grouped them on a key built by string
concatenation in SQL: 0.09 ms of the writer's CPU per article, at the run's end, when
nothing else runs beside it. Counting the rows while they are in memory anyway costs a
fraction of that. The counts and variant keys are the ones the SQL gives
(:func:`core.store.schema._variant_key`, ``_entity_delta``, ``_actor_delta``); only SQLite
uses this (one writer at a time: no lock order to keep, which PostgreSQL's upserts get
from the SQL's ``ORDER BY``), and a value the SQL could key differently (a NUL
character, which SQLite's ``length`` stops at; anything but text) sends the run back to
the SQL catch-up."""
from __future__ import annotations

from typing import Any, Iterator, Sequence

import sqlalchemy as sa

from core.store.schema import _ACTOR_SUMMARY_COLS, _ENTITY_SUMMARY_COLS, actor_summary, entity_summary

# Distinct variants the tally holds at most (a few hundred bytes each); past that a run's
# summaries are caught up by the SQL. 2,000 corpus articles have 15,600.
MAX_VARIANTS = 500_000
_ENTITY_KEY = ("entity_id", "type", "name", "name_ar", "country", "search_key")
_ACTOR_KEY = ("actor_id", "name", "name_ar", "type")


def _columns(rows: Any, names: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """``(article_id, (*names))`` of each row of a RowBlock or a list of dicts."""
    from operator import itemgetter

    cols = getattr(rows, "columns", None)
    if cols is not None:
        if not rows.rows:
            return iter(())
        aid, key = itemgetter(cols.index("article_id")), itemgetter(*(cols.index(n) for n in names))
        return zip(map(aid, rows.rows), map(key, rows.rows))
    return ((r["article_id"], tuple(r[n] for n in names)) for r in rows or ())


def _entity_rows(rows: Any) -> Iterator[tuple[Any, tuple[Any, ...], Any]]:
    """``(article_id, variant key, n_mentions)`` of each entity row. For a RowBlock, in C
    (``zip`` of ``map(itemgetter)``): a generator that unpacked each row's key into a
    list and made it a tuple again cost the tally a third of its time."""
    from operator import itemgetter

    cols = getattr(rows, "columns", None)
    if cols is None:
        return ((aid, tuple(key), n) for aid, (*key, n) in _columns(rows, (*_ENTITY_KEY, "n_mentions")))
    if not rows.rows:
        return iter(())
    at = cols.index
    key = itemgetter(*(at(n) for n in _ENTITY_KEY))
    return zip(map(itemgetter(at("article_id")), rows.rows), map(key, rows.rows),
               map(itemgetter(at("n_mentions")), rows.rows))


def variant_key(values: Sequence[Any]) -> str:
    """``_variant_key`` of these values as SQL builds it: each part its length, a colon
    and the text, or '-' for NULL."""
    return "".join("-" if v is None else f"{len(v)}:{v}" for v in values)


class SummaryTally:
    """Entity and actor summary counts of the articles written so far."""

    def __init__(self) -> None:
        self.entities: dict[tuple[Any, ...], list[int]] = {}  # variant -> [n_articles, n_mentions]
        self.actors: dict[tuple[Any, ...], list[int]] = {}  # variant -> [n_rows, n_public]
        self.usable = True

    def _give_up(self) -> None:
        """Leave the catch-up to the SQL (and the memory to the rest of the run)."""
        self.usable = False
        self.entities, self.actors = {}, {}

    def add(self, article_rows: Sequence[dict[str, Any]], child_rows: dict[str, Any]) -> None:
        """Count written rows: public articles' entities, every article's actors."""
        if not self.usable:
            return
        if len(self.entities) + len(self.actors) > MAX_VARIANTS:
            return self._give_up()
        public = {a["id"]: bool(a["public"]) for a in article_rows}
        # an article's rows all come in one call: counting it once per variant needs only this call's pairs
        ents, seen = self.entities, set()
        for aid, key, n in _entity_rows(child_rows.get("entities")):
            if not public.get(aid):
                continue
            c = ents.get(key)
            if c is None:
                if not _plain(key):
                    return self._give_up()
                c = ents[key] = [0, 0]
            if (key, aid) not in seen:
                seen.add((key, aid))
                c[0] += 1
            c[1] += n or 0
        acts = self.actors
        for aid, key in _columns(child_rows.get("actors"), _ACTOR_KEY):
            c = acts.get(key)
            if c is None:
                if not _plain(key):
                    return self._give_up()
                c = acts[key] = [0, 0]
            c[0] += 1
            if public.get(aid):
                c[1] += 1

    def upsert(self, c: sa.Connection) -> None:
        """Add the counts to the summary tables (SQLite), in variant order as the SQL does."""
        for table, cols, counts in ((entity_summary, _ENTITY_SUMMARY_COLS, self.entities),
                                    (actor_summary, _ACTOR_SUMMARY_COLS, self.actors)):
            rows = sorted((variant_key(k), *k, *n) for k, n in counts.items())
            if not rows:
                continue
            adds = cols[-2:]
            sql = (f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                   f"ON CONFLICT (variant) DO UPDATE SET "
                   + ", ".join(f"{k} = {table.name}.{k} + excluded.{k}" for k in adds))
            c.exec_driver_sql(sql, rows)


def _plain(key: tuple[Any, ...]) -> bool:
    return all(v is None or (type(v) is str and "\x00" not in v) for v in key)
