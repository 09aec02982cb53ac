"""Writing to the store: saving analyses, bulk rows from the batch, replacing an
analysis, deleting, the summaries kept up to date in the same transaction, and the
analysts' corrections."""
from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any, Iterable, Sequence

import sqlalchemy as sa

from core.corrections import (
    ACTIVE,
    STALE,
    WITHDRAWN,
    Correction,
    Replay,
    apply_corrections,
)
from core.model import Analysis
from core.store.migrate import _set_meta, create_missing_indexes, drop_bulk_indexes
from core.store.rows import (
    MARKS_KEY,
    PUBLIC_SCOPE,
    RowBlock,
    _reusable,
    analysis_rows,
    article_row,
    content_hash,
    dedup_scope,
    new_token,
    search_body,
    search_row,
)
from core.store.schema import (
    _ACTOR_SUMMARY_COLS,
    _ENTITY_SUMMARY_COLS,
    CHILD_TABLES,
    ArticleNotFound,
    NotEditable,
    _actor_delta,
    _entity_delta,
    _read_corrections,
    _upsert_adding,
    actor_summary,
    article_search,
    articles,
    corrections,
    entities,
    entity_aliases,
    entity_summary,
    insert_many,
    store_meta,
)


def _keep_rows(rows: Any, keep: set[str]) -> Any:
    """The rows (dicts or a RowBlock) of the articles in ``keep``."""
    if isinstance(rows, RowBlock):
        if not rows.rows:
            return rows
        i = rows.columns.index("article_id")
        return RowBlock(rows.columns, [r for r in rows.rows if r[i] in keep])
    return [r for r in rows if r["article_id"] in keep]


# A run that defers its summaries (the batch) marks the store while it writes: a
# ``store_meta`` row "run:<token>" holding the time of its last transaction. A store opened
# meanwhile leaves the summaries behind instead of rebuilding them (a write that would queue
# behind the run's transactions, stalling the opener up to the busy timeout, and that the
# run's own catch-up would then redo). A mark older than RUN_QUIET_SECONDS is taken as the
# trace of a run that was killed: the opener rebuilds, and the rebuild removes every mark.
RUN_KEY_PREFIX = "run:"
RUN_QUIET_SECONDS = 300


def run_key() -> str:
    """A new run's mark (a ``store_meta`` key: at most 32 characters)."""
    return RUN_KEY_PREFIX + new_token(12)


def live_run(meta: dict[str, int], now: float | None = None) -> bool:
    """Whether ``meta`` (the store_meta rows) holds the mark of a run that wrote within
    RUN_QUIET_SECONDS (a clock set back counts as recent)."""
    now = time.time() if now is None else now
    return any(k.startswith(RUN_KEY_PREFIX) and now - v < RUN_QUIET_SECONDS for k, v in meta.items())


class StoreWrites:
    """The write half of :class:`core.store.Store` (a mixin: it uses ``self.engine``)."""

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
        # a run's mark goes with it: a rebuild only happens when no run was seen writing
        # (or its mark had gone quiet), and a live run writes its mark again
        c.execute(store_meta.delete().where(store_meta.c.key.like(RUN_KEY_PREFIX + "%")))
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
        if new[0] and not public:
            self.apply_aliases(ids, owner)
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

    def insert_rows(self, article_rows: list[dict[str, Any]], child_rows: dict[str, Any],
                    summarise: bool = True, tally: Any = None, run: str | None = None) -> int:
        """Bulk-insert prebuilt rows (articles, their child tables and, when the importer
        built them, their ``article_search`` rows) in one transaction, leaving out articles
        whose content another writer stored first. For importers that build rows in worker
        processes; returns how many articles were written. A child table's rows are a list
        of dicts or a :class:`~core.store.rows.RowBlock`.

        ``summarise=False`` leaves the summaries behind (the store's meta says so, and a
        store opened before they are caught up rebuilds them): a batch catches them up
        once at its end with :meth:`catch_up_summaries` instead of once per chunk, and
        counts what the written rows add to them in ``tally`` (a
        :class:`~core.store.tally.SummaryTally`), once they are committed. ``run`` (with
        ``summarise=False``): the run's mark (:func:`run_key`), stamped with the time of
        this transaction, which tells a store opened meanwhile that a live run will catch
        the summaries up (see :meth:`catch_up_summaries`)."""
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
                child_rows = {k: _keep_rows(v, keep) for k, v in child_rows.items()}
                if not article_rows:
                    return 0
            insert_many(c, articles, article_rows)
            for table in CHILD_TABLES:
                insert_many(c, table, child_rows.get(table.name))
            found = child_rows.get(article_search.name)
            if found is None:
                found = [search_row(a, json.loads(a["analysis_json"]).get("text")) for a in article_rows]
            insert_many(c, article_search, found)
            if summarise:
                self._summarise(c, [a["id"] for a in article_rows], 1)
                self._bump(c)
            else:
                c.execute(store_meta.update().where(store_meta.c.key == "version")
                          .values(value=store_meta.c.value + 1))
                if run is not None:
                    _set_meta(c, run, int(time.time()))
        if tally is not None and not summarise:
            tally.add(article_rows, child_rows)
        return len(article_rows)

    def defer_indexes(self, run: str) -> bool:
        """Leave out the secondary indexes while a run loads an empty SQLite store
        (:func:`core.store.migrate.bulk_indexes`), marking the run (``run``, as
        :meth:`insert_rows` does) in the same transaction; True when they were left out.
        :meth:`catch_up_summaries` makes them at the run's end, and a store opened after
        the run was killed and its mark went quiet makes them on opening."""
        with self.engine.begin() as c:
            if not drop_bulk_indexes(c):
                return False
            _set_meta(c, run, int(time.time()))
        return True

    def catch_up_summaries(self, article_ids: Sequence[str], writes: int, tally: Any = None,
                           run: str | None = None, indexes: bool = False) -> None:
        """Add to the summaries what ``article_ids`` contribute, after ``writes`` calls of
        ``insert_rows(..., summarise=False)`` stored them (from ``tally`` when it counted
        them all, on SQLite); when anything else moved the summaries meanwhile (a store
        opened while the run's mark had gone quiet rebuilds them), rebuild instead. The
        indexes the store lacks are made first (``indexes``: the run left them out, see
        :meth:`defer_indexes`), and the run's mark ``run`` is removed, in the same
        transaction."""
        if not writes and not indexes:
            return
        with self.engine.begin() as c:
            if run is not None:
                c.execute(store_meta.delete().where(store_meta.c.key == run))
            create_missing_indexes(c)
            if not writes:
                return
            meta = dict(c.execute(sa.select(store_meta.c.key, store_meta.c.value)
                                  .where(store_meta.c.key.in_(("version", "summaries")))).all())
            if meta.get("version", 0) - meta.get("summaries", 0) != writes:
                self._rebuild_summaries(c)
            elif tally is not None and tally.usable and c.dialect.name == "sqlite":
                tally.upsert(c)
                _set_meta(c, "summaries", meta["version"])
            else:
                self._summarise(c, list(article_ids), 1)
                _set_meta(c, "summaries", meta["version"])

    def save_many(self, analyses: Iterable[Analysis], owner: str | None = None,
                  public: bool = False) -> list[str]:
        """Store many analyses in one transaction (duplicates map to the stored id); the
        owner's entity aliases then apply to the new ones."""
        ids, new = self._save_all(list(analyses), owner, public)
        if not public:
            self.apply_aliases([i for i, n in zip(ids, new) if n], owner)
        return ids

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
                found.append(search_row(art_rows[-1], a.text))
                for k, v in rows.items():
                    batch[k].extend(v)
                known[h] = aid
                ids.append(aid); new.append(True)
            if art_rows:
                insert_many(c, articles, art_rows)
                for table in CHILD_TABLES:
                    insert_many(c, table, batch[table.name])
                insert_many(c, article_search, found)
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

    # --- entity aliases ---------------------------------------------------------------------
    def merge_entities(self, alias_id: str, canonical_id: str, owner: str) -> tuple[int, int]:
        """Make ``alias_id`` another spelling of ``canonical_id`` in every article ``owner``
        has (now, and in the articles they store later); returns (own articles changed,
        public articles that keep it, since nobody but the operator changes those)."""
        if not owner or alias_id == canonical_id:
            return 0, 0
        canonical = self._entity_card(canonical_id)
        if canonical is None:
            raise ArticleNotFound(canonical_id)
        while True:  # merging into an entity that is itself merged elsewhere: follow it
            row = self._alias_of(canonical["id"], owner)
            if row is None or row["id"] == alias_id:
                break
            canonical = row
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        with self.engine.begin() as c:
            c.execute(entity_aliases.delete().where(entity_aliases.c.owner == owner,
                                                    entity_aliases.c.alias_id == alias_id))
            c.execute(entity_aliases.insert().values(owner=owner, alias_id=alias_id, created=now,
                                                     canonical_json=json.dumps(canonical, ensure_ascii=False)))
            mine = list(c.execute(sa.select(entities.c.article_id).distinct().join(
                articles, articles.c.id == entities.c.article_id).where(
                entities.c.entity_id == alias_id, articles.c.owner == owner, articles.c.public.is_(False))).scalars())
            public = c.execute(sa.select(sa.func.count(sa.distinct(entities.c.article_id))).join(
                articles, articles.c.id == entities.c.article_id).where(
                entities.c.entity_id == alias_id, articles.c.public.is_(True))).scalar() or 0
        for aid in mine:
            self.add_corrections(aid, [Correction("entity_alias", alias_id, alias_id, canonical)], owner)
        return len(mine), int(public)

    def apply_aliases(self, article_ids: Sequence[str], owner: str | None) -> None:
        """The owner's aliases on articles they just stored."""
        if not owner or not article_ids:
            return
        with self.engine.connect() as c:
            rules = {r.alias_id: json.loads(r.canonical_json) for r in c.execute(
                sa.select(entity_aliases.c.alias_id, entity_aliases.c.canonical_json)
                .where(entity_aliases.c.owner == owner))}
            if not rules:
                return
            hits = c.execute(sa.select(entities.c.article_id, entities.c.entity_id).where(
                entities.c.article_id.in_(list(article_ids)), entities.c.entity_id.in_(list(rules)))).all()
        by_article: dict[str, list[Correction]] = {}
        for aid, eid in hits:
            by_article.setdefault(aid, []).append(Correction("entity_alias", eid, eid, rules[eid]))
        for aid, fixes in by_article.items():
            self.add_corrections(aid, fixes, owner)

    def _entity_card(self, entity_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            r = c.execute(sa.select(entities.c.entity_id, entities.c.name, entities.c.name_ar, entities.c.type,
                                    entities.c.country).where(entities.c.entity_id == entity_id).limit(1)).first()
        return None if r is None else {"id": r[0], "name": r[1], "name_ar": r[2], "type": r[3], "country": r[4]}

    def _alias_of(self, entity_id: str, owner: str) -> dict[str, Any] | None:
        with self.engine.connect() as c:
            raw = c.execute(sa.select(entity_aliases.c.canonical_json).where(
                entity_aliases.c.owner == owner, entity_aliases.c.alias_id == entity_id)).scalar()
        return json.loads(raw) if raw else None

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
