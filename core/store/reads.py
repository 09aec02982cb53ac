"""Reading the store: what the dashboard's pages ask, always within what the viewer
may see, and the exports."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import sqlalchemy as sa

from core.model import Analysis
from core.store.rows import ArticleRecord, Filters, _search_key, search_words
from core.store.schema import (
    _ACTOR_VARIANT,
    _ENTITY_VARIANT,
    AGREEMENTS,
    SAMPLES_DIR,
    ArticleNotFound,
    _escape_like,
    actor_summary,
    actors,
    article_search,
    articles,
    entities,
    entity_summary,
    event_pairs,
    events,
    store_meta,
)



class _Lazy:
    """A module imported on first use: the batch writer opens a Store but never reads
    through pandas, and importing it (and core.frames) cost its start-up 0.2 CPU-s."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        import importlib

        return getattr(importlib.import_module(self._name), attr)


pd = _Lazy("pandas")
frames = _Lazy("core.frames")

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




class StoreReads:
    """The read half of :class:`core.store.Store` (a mixin: it uses ``self.engine``)."""

    # --- reads ----------------------------------------------------------------------
    def version(self) -> int:
        """Changes on every write: use it in cache keys."""
        with self.engine.connect() as c:
            return int(c.execute(sa.select(store_meta.c.value).where(store_meta.c.key == "version")).scalar() or 0)

    def count(self, viewer: str | None = None) -> int:
        with self.engine.connect() as c:
            return int(c.execute(sa.select(sa.func.count()).select_from(articles)
                                 .where(_visible(viewer))).scalar() or 0)

    def count_owned(self, owner: str) -> int:
        """The articles ``owner`` stored (not the public ones it also sees): what an import
        adds to, while the bundled examples may still be arriving in the background."""
        with self.engine.connect() as c:
            return int(c.execute(sa.select(sa.func.count()).select_from(articles)
                                 .where(articles.c.owner == owner)).scalar() or 0)

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
        cols = [events.c[n] for n in frames.EVENT_COLUMNS]
        q = (sa.select(*cols, articles.c.title).join(articles, articles.c.id == events.c.article_id)
             .where(*conds).order_by(events.c.date_start.desc().nulls_last(), events.c.article_id, events.c.idx)
             .limit(limit))
        with self.engine.connect() as c:
            df = pd.DataFrame(c.execute(q).mappings().all(), columns=frames.EVENT_COLUMNS + ["title"])
            total = int(c.execute(sa.select(sa.func.count()).select_from(events).where(*conds)).scalar() or 0)
        ids = set(df["source_id"].dropna()) | set(df["target_id"].dropna())
        for s in df["actor_ids"]:
            ids.update(x for x in str(s).split("|") if x)
        df = frames._finish_events(df, self.actor_names(ids))
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
        cols = [events.c[n] for n in frames.EVENT_COLUMNS]
        q = (sa.select(*cols, articles.c.title).join(articles, articles.c.id == events.c.article_id)
             .where(sa.tuple_(events.c.article_id, events.c.idx).in_(keys))
             .order_by(events.c.date_start.desc().nulls_last()).limit(limit))
        with self.engine.connect() as c:
            df = pd.DataFrame(c.execute(q).mappings().all(), columns=frames.EVENT_COLUMNS + ["title"])
        ids = {lo, hi} | set(df["source_id"].dropna()) | set(df["target_id"].dropna())
        return frames._finish_events(df, self.actor_names(ids))

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
            df = pd.DataFrame(c.execute(q).mappings().all(), columns=frames.PAIR_COLUMNS[:-1])
        df["types"] = ""
        names = self.actor_names(set(df["a"]) | set(df["b"]))
        return frames._name_pairs(df, names)

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
        return frames.csv_text(df[keep])

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
