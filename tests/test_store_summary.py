"""Store summaries: the entity and actor tables kept on every write give what grouping
the rows gives, for every viewer, after every kind of write, and after a migration.

The reference is the GROUP BY over the entity and actor rows that the store ran before
it had summaries (``expected_*`` below), so these tests fail if a write path forgets to
update a summary, or a read mixes up public and private articles.
"""
from __future__ import annotations

import copy
import datetime as dt

import pandas as pd
import pytest
import sqlalchemy as sa

from core.model import Entity, Mention
from core.corrections import Correction
from core.store import (Filters, Store, article_row, actor_summary, actors, analysis_rows, articles,
                        entities, entity_summary, events, new_token, store_meta)
from test_store import REFERENCE, reference_analysis, store  # noqa: F401 - the store fixture

VIEWERS = (None, "alice-token-0001", "bob-token-00002")
ENTITY_COLUMNS = ["entity_id", "type", "name", "name_ar", "country", "n_articles", "n_mentions"]


def _visible_ids(viewer):
    cond = articles.c.public.is_(True)
    if viewer:
        cond = sa.or_(cond, articles.c.owner == viewer)
    return sa.select(articles.c.id).where(cond)


def expected_entity_table(store: Store, viewer, search_key: str | None = None) -> list[tuple]:
    """The entity table as one GROUP BY over the visible entity rows (the old query)."""
    conds = [entities.c.article_id.in_(_visible_ids(viewer))]
    if search_key:
        conds.append(entities.c.search_key.like(f"%{search_key}%"))
    q = (sa.select(entities.c.entity_id, entities.c.type, sa.func.max(entities.c.name),
                   sa.func.max(entities.c.name_ar), sa.func.max(entities.c.country),
                   sa.func.count(sa.distinct(entities.c.article_id)), sa.func.sum(entities.c.n_mentions))
         .where(*conds).group_by(entities.c.entity_id, entities.c.type))
    with store.engine.connect() as c:
        return sorted(tuple(r) for r in c.execute(q))


def table_rows(df: pd.DataFrame) -> list[tuple]:
    return sorted(tuple(None if pd.isna(v) else v for v in r) for r in df[ENTITY_COLUMNS].itertuples(index=False))


def expected_actor_options(store: Store, viewer) -> list[tuple]:
    q = (sa.select(actors.c.actor_id, sa.func.max(actors.c.name), sa.func.max(actors.c.name_ar),
                   sa.func.max(actors.c.type), sa.func.count())
         .where(actors.c.article_id.in_(_visible_ids(viewer))).group_by(actors.c.actor_id))
    with store.engine.connect() as c:
        return sorted(tuple(r) for r in c.execute(q))


def expected_actor_names(store: Store) -> dict:
    q = sa.select(actors.c.actor_id, sa.func.max(actors.c.name), sa.func.max(actors.c.name_ar)).group_by(
        actors.c.actor_id)
    with store.engine.connect() as c:
        return {a: (n or a, na or n or a) for a, n, na in c.execute(q)}


def assert_summaries_match(store: Store) -> None:
    """Every summary-backed read equals its GROUP BY, for the public and two private viewers."""
    for viewer in VIEWERS:
        df, total = store.entity_table(viewer, limit=10_000)
        want = expected_entity_table(store, viewer)
        assert table_rows(df) == want, viewer
        assert total == len(want)
        opts = store.actor_options(viewer, limit=10_000)
        assert sorted(tuple(r) for r in opts.itertuples(index=False)) == expected_actor_options(store, viewer), viewer
        ids = {r[0] for r in want}
        assert store.actor_mentions(ids | {"nobody"}, viewer) == {r[0]: r[6] for r in _by_id(want)}, viewer
        cc = store.country_counts(viewer)
        countries = [r for r in want if r[1] == "COUNTRY"]
        assert sorted(cc["iso3"]) == sorted(r[0] for r in countries), viewer
        assert dict(zip(cc["iso3"], cc["n_articles"])) == {r[0]: r[5] for r in countries}, viewer
        # the filtered path (no summary) agrees with the summary path
        wide = store.country_counts(viewer, Filters(date_from=dt.date(1900, 1, 1)))
        assert table_rows(_as_entities(cc)) == table_rows(_as_entities(wide)), viewer
    assert store.actor_names() == expected_actor_names(store)
    # the summary table itself: public counts only, no empty rows
    with store.engine.connect() as c:
        assert c.execute(sa.select(sa.func.count()).select_from(entity_summary)
                         .where(entity_summary.c.n_articles <= 0)).scalar() == 0
        assert c.execute(sa.select(sa.func.count()).select_from(actor_summary)
                         .where(actor_summary.c.n_rows <= 0)).scalar() == 0


def _by_id(rows: list[tuple]) -> list[tuple]:
    """Mentions per entity id over all its types (what actor_mentions adds up)."""
    out: dict[str, int] = {}
    for r in rows:
        out[r[0]] = out.get(r[0], 0) + r[6]
    return [(k, None, None, None, None, None, v) for k, v in out.items()]


def _as_entities(cc: pd.DataFrame) -> pd.DataFrame:
    return cc.rename(columns={"iso3": "entity_id"}).assign(type="COUNTRY", country=None)


def variant(text_suffix: str, **changes):
    """The reference analysis with another text (another content hash) and entity changes:
    ``rename={id: (name, name_ar, country)}``, ``add=[Entity]``, ``drop={ids}``."""
    a = reference_analysis(REFERENCE + text_suffix)
    for eid, (name, name_ar, country) in changes.get("rename", {}).items():
        e = a.entity(eid)
        e.name, e.name_ar, e.country = name, name_ar, country
    a.entities = [e for e in a.entities if e.id not in changes.get("drop", set())] + changes.get("add", [])
    return a


def _person(eid: str, name: str, name_ar: str) -> Entity:
    i = REFERENCE.find("المغرب")
    return Entity(eid, "PERSON", name, name_ar, None, [Mention("المغرب", i, i + 6)])


def _rows_for(analysis, public: bool, owner=None):
    aid = new_token()
    ch = analysis_rows(analysis, aid)
    return article_row(analysis, aid, owner, public, ch), ch


def fill(store: Store) -> dict[str, str]:
    """Public and private articles for two viewers through every write path."""
    ids = {}
    ids["pub1"], _ = store.save(reference_analysis(), public=True)
    # the same entity under another spelling and country: a second variant of MAR
    ids["pub2"], ids["pub3"] = store.save_many(
        [variant("\nأ", rename={"MAR": ("Kingdom of Morocco", "المملكة المغربية", "MAR")}),
         variant("\nب", drop={"USA"}, add=[_person("per-x", "Person X", "شخص إكس")])], public=True)
    ids["alice1"], _ = store.save(variant("\nج", add=[_person("per-alice", "Alice Only", "أليس")]),
                                  owner=VIEWERS[1])
    ids["alice2"], _ = store.save(variant("\nد", rename={"ISR": ("Israel (private)", "إسرائيل", "ISR")}),
                                  owner=VIEWERS[1])
    ids["bob1"], _ = store.save(variant("\nه", add=[_person("per-bob", "Bob Only", "بوب")]), owner=VIEWERS[2])
    # the batch importer's path: prebuilt rows, one public and one private
    batch = [_rows_for(variant("\nو", drop={"DZA"}), True), _rows_for(variant("\nز"), False, VIEWERS[2])]
    children: dict = {}
    for _, ch in batch:
        for k, v in ch.items():
            children.setdefault(k, []).extend(v)
    assert store.insert_rows([b[0] for b in batch], children) == 2
    ids["batch_pub"], ids["batch_bob"] = batch[0][0]["id"], batch[1][0]["id"]
    return ids


def test_summaries_equal_group_by_after_every_write(store):  # noqa: F811
    ids = fill(store)
    assert_summaries_match(store)
    # a private entity is seen by its owner only
    assert "per-alice" in set(store.entity_table(VIEWERS[1], limit=100)[0]["entity_id"])
    assert "per-alice" not in set(store.entity_table(VIEWERS[2], limit=100)[0]["entity_id"])
    assert "per-alice" not in set(store.entity_table(None, limit=100)[0]["entity_id"])

    store.delete([ids["pub2"], ids["bob1"]])  # the only public "Kingdom of Morocco" goes
    assert_summaries_match(store)
    mar = store.entity_table(None, search="MAR", limit=10)[0].set_index("entity_id")
    assert mar.loc["MAR", "name"] == "Morocco"  # max() over what is left, not a stale name

    b = variant("\nح", drop={"ISR", "per-x"}, add=[_person("per-new", "New Person", "شخص جديد")])
    store.replace_analysis(ids["pub3"], b)  # public: the summary loses ISR and gains per-new
    store.replace_analysis(ids["alice1"], variant("\nط"))
    assert_summaries_match(store)
    assert "per-x" not in set(store.entity_table(None, limit=100)[0]["entity_id"])

    # corrections rewrite an article's rows (a private one: only its owner corrects)
    fixes = [Correction("entity_merge", "ISR", "ISR", "MAR"),
             Correction("entity_name", "DZA", None, {"name": "People's Algeria", "name_ar": "الجزائر"}),
             Correction("entity_add", after={"name_ar": "الرباط", "name": "Rabat city", "type": "PLACE"})]
    store.add_corrections(ids["alice2"], fixes, VIEWERS[1])
    assert_summaries_match(store)
    assert "People's Algeria" in set(store.actor_names(["DZA"])["DZA"])
    store.withdraw_correction(ids["alice2"], store.corrections(ids["alice2"])[0].id, VIEWERS[1])
    assert_summaries_match(store)

    store.delete(list(ids.values()))
    assert_summaries_match(store)
    with store.engine.connect() as c:
        assert c.execute(sa.select(sa.func.count()).select_from(entity_summary)).scalar() == 0
        assert c.execute(sa.select(sa.func.count()).select_from(actor_summary)).scalar() == 0


def test_entity_search_matches_variants_like_the_rows(store):  # noqa: F811
    fill(store)
    from core.store import _search_key

    for viewer in VIEWERS:
        for query in ("اسرائيل", "المملكه", "شخص", "بوب"):  # alef/teh-marbuta-insensitive
            df, total = store.entity_table(viewer, search=query, limit=100)
            want = expected_entity_table(store, viewer, _search_key(query))
            assert table_rows(df) == want and total == len(want), (viewer, query)
    # only the articles of the spelling that matches are counted
    df, _ = store.entity_table(None, search="المملكه المغربيه", limit=10)
    assert df[["entity_id", "name", "n_articles"]].values.tolist() == [["MAR", "Kingdom of Morocco", 1]]
    df, total = store.entity_table(None, search="USA", limit=10)  # ids match too
    assert df["entity_id"].tolist() == ["USA"] and total == 1
    assert store.entity_table(VIEWERS[2], search="بوب")[1] == 1 and store.entity_table(None, search="بوب")[1] == 0
    assert store.entity_table(None, search="_")[1] == 0  # LIKE wildcards stay literal


def test_entity_table_orders_and_pages_like_before(store):  # noqa: F811
    fill(store)
    df, total = store.entity_table(VIEWERS[1], limit=3)
    full, _ = store.entity_table(VIEWERS[1], limit=1000)
    assert df.values.tolist() == full.head(3).values.tolist()
    keys = list(zip(-full["n_articles"], -full["n_mentions"], full["entity_id"]))
    assert keys == sorted(keys) and total == len(full)
    page2, _ = store.entity_table(VIEWERS[1], limit=3, offset=3)
    assert page2.values.tolist() == full.iloc[3:6].values.tolist()
    past, n = store.entity_table(VIEWERS[1], limit=3, offset=10_000)  # past the last page
    assert past.empty and n == total
    assert store.entity_table(VIEWERS[1], search="لا يوجد")[1] == 0
    people, n = store.entity_table(VIEWERS[1], types=["PERSON"], limit=100)
    assert set(people["type"]) == {"PERSON"} and "per-alice" in set(people["entity_id"]) and n == len(people)


def test_visibility_of_event_queries_for_each_viewer(store):  # noqa: F811
    ids = fill(store)
    with store.engine.connect() as c:
        for viewer in VIEWERS:
            vis = _visible_ids(viewer)
            want_events = c.execute(sa.select(sa.func.count()).select_from(events)
                                    .where(events.c.article_id.in_(vis))).scalar()
            span = c.execute(sa.select(sa.func.min(events.c.date_start), sa.func.max(events.c.date_end))
                             .where(events.c.article_id.in_(vis))).first()
            s = store.summary(viewer)
            assert (s["events"], s["first"], s["last"]) == (want_events, span[0], span[1]), viewer
            df, total = store.events(Filters(), viewer, limit=1000)
            assert total == want_events == len(df)
            seen = set(c.execute(vis).scalars())
            assert set(df["article_id"]) <= seen
            listed, n = store.list_articles(viewer, limit=1000)
            assert set(listed["id"]) == seen and n == len(seen)
            assert set(store.articles_mentioning("MAR", viewer)["id"]) == seen
            co = store.cooccurring("MAR", viewer, limit=100).set_index("entity_id")
            assert co.loc["ISR", "n_articles"] == len(seen)
    assert ids["bob1"] not in set(store.events(Filters(), VIEWERS[1], limit=1000)[0]["article_id"])
    assert store.pair_events("MAR", "ISR", viewer=VIEWERS[2])["article_id"].nunique() == 6


def _make_old(url: str) -> None:
    """Turn a store into one written by the version before summaries: no summary tables,
    no schema or summaries marks, none of the indexes added since, its indexes since dropped."""
    eng = sa.create_engine(url)
    with eng.begin() as c:
        c.execute(sa.text("DROP TABLE entity_summary"))
        c.execute(sa.text("DROP TABLE actor_summary"))
        c.execute(sa.text("DROP INDEX ix_events_dates"))
        c.execute(sa.text("CREATE INDEX ix_entities_type ON entities (type)"))
        c.execute(store_meta.delete().where(store_meta.c.key.in_(("schema", "summaries"))))
    eng.dispose()


def test_an_older_store_is_migrated_when_opened(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    fill(Store(url))
    _make_old(url)
    store = Store(url)  # builds the summaries once and adds the missing index
    assert_summaries_match(store)
    assert "ix_events_dates" in {ix["name"] for ix in sa.inspect(store.engine).get_indexes("events")}
    assert "ix_entities_type" not in {ix["name"] for ix in sa.inspect(store.engine).get_indexes("entities")}
    with store.engine.connect() as c:
        meta = dict(c.execute(sa.select(store_meta.c.key, store_meta.c.value)).all())
    assert meta["summaries"] == meta["version"] and meta["schema"] >= 3


def test_rows_written_by_an_older_version_are_summarised_at_the_next_open(tmp_path):
    url = f"sqlite:///{tmp_path / 'mixed.db'}"
    store = Store(url)
    store.save(reference_analysis(), public=True)
    # an older version of the store writes without summaries and bumps only "version"
    a = variant("\nقديم", add=[_person("per-old", "Old Writer", "كاتب قديم")])
    aid = new_token()
    rows = analysis_rows(a, aid)
    with store.engine.begin() as c:
        c.execute(articles.insert(), [article_row(a, aid, None, True, rows)])
        for name, rs in rows.items():
            if rs:
                c.execute(sa.Table(name, sa.MetaData(), autoload_with=c).insert(), rs)
        c.execute(store_meta.update().where(store_meta.c.key == "version").values(value=store_meta.c.value + 1))
    assert "per-old" not in set(store.entity_table(limit=100)[0]["entity_id"])  # stale until reopened
    reopened = Store(url)
    assert "per-old" in set(reopened.entity_table(limit=100)[0]["entity_id"])
    assert_summaries_match(reopened)


def test_rebuild_gives_the_summaries_that_writes_kept(store):  # noqa: F811
    fill(store)
    with store.engine.connect() as c:
        kept = sorted(tuple(r) for r in c.execute(sa.select(entity_summary)))
        kept_actors = sorted(tuple(r) for r in c.execute(sa.select(actor_summary)))
    store.rebuild_summaries()
    with store.engine.connect() as c:
        assert sorted(tuple(r) for r in c.execute(sa.select(entity_summary))) == kept
        assert sorted(tuple(r) for r in c.execute(sa.select(actor_summary))) == kept_actors


def test_variant_keys_keep_null_apart_from_text(store):  # noqa: F811
    """A missing country and the text '-' or '' are three variants, never one."""
    base = variant("\nي", rename={"polisario-front": ("Polisario Front", "جبهة البوليساريو", None)})
    dash = variant("\nك", rename={"polisario-front": ("Polisario Front", "جبهة البوليساريو", "-")})
    empty = variant("\nل", rename={"polisario-front": ("Polisario Front", "جبهة البوليساريو", "")})
    store.save_many([base, dash, empty], public=True)
    with store.engine.connect() as c:
        got = sorted(c.execute(sa.select(entity_summary.c.country, entity_summary.c.n_articles)
                               .where(entity_summary.c.entity_id == "polisario-front")).all(),
                     key=lambda r: str(r[0]))
    assert got == [("", 1), ("-", 1), (None, 1)]
    assert_summaries_match(store)


def test_summary_upserts_compile_for_postgresql():
    from sqlalchemy.dialects import postgresql

    from core.store import _ENTITY_SUMMARY_COLS, _entity_delta

    stmt = postgresql.insert(entity_summary).from_select(_ENTITY_SUMMARY_COLS, _entity_delta(["x"], -1))
    stmt = stmt.on_conflict_do_update(index_elements=[entity_summary.c.variant],
                                      set_={"n_articles": entity_summary.c.n_articles + stmt.excluded.n_articles})
    sql = str(stmt.compile(dialect=postgresql.dialect()))
    assert "ON CONFLICT (variant) DO UPDATE" in sql and "length(" in sql


def test_copies_keep_their_own_rows(store):  # noqa: F811
    """Two articles with identical analyses (other texts) count twice, once per article."""
    a = reference_analysis()
    b = copy.deepcopy(a)
    b.text = a.text + "\nنسخة"
    store.save_many([a, b], public=True)
    df, _ = store.entity_table(None, search="MAR", limit=5)
    assert df.set_index("entity_id").loc["MAR", "n_articles"] == 2
    assert_summaries_match(store)


def _batch_rows(store: Store, texts: list[str], public: bool = True):
    rows = [_rows_for(variant(t), public) for t in texts]
    children: dict = {}
    for _, ch in rows:
        for k, v in ch.items():
            children.setdefault(k, []).extend(v)
    return [r[0] for r in rows], children


def test_a_batch_catches_its_summaries_up_once(store):  # noqa: F811
    """insert_rows(summarise=False) per chunk, then catch_up_summaries once: the same
    summaries as writing them every time."""
    fill(store)
    ids: list[str] = []
    for texts in (["\nك1", "\nك2"], ["\nك3"]):
        arts, children = _batch_rows(store, texts)
        assert store.insert_rows(arts, children, summarise=False) == len(arts)
        ids += [a["id"] for a in arts]
    store.catch_up_summaries(ids, 2)
    assert_summaries_match(store)
    with store.engine.connect() as c:
        meta = dict(c.execute(sa.select(store_meta.c.key, store_meta.c.value)).all())
    assert meta["summaries"] == meta["version"]


@pytest.mark.parametrize("country", ["MAR", None, "-", ""])
def test_a_batch_tally_gives_the_summaries_sql_gives(store, country):  # noqa: F811
    """The counts the batch keeps while it writes (core.store.tally) give the summaries
    the SQL catch-up gives: public and private articles, an entity twice in one article's
    rows, variants that differ by NULL, '-' and ''."""
    _tally_against_sql(store, country)


def test_a_nul_character_sends_the_sqlite_tally_back_to_sql(tmp_path):
    """SQLite's length() stops at a NUL character, so a variant holding one sends the
    run back to the SQL catch-up (PostgreSQL text cannot hold NUL at all)."""
    _tally_against_sql(Store(f"sqlite:///{tmp_path / 't.db'}"), "M\x00R")


def _tally_against_sql(store, country):  # noqa: F811
    from core.store import join_blocks, row_block
    from core.store.tally import SummaryTally

    fill(store)
    tally, ids = SummaryTally(), []
    texts = (["\nم1", "\nم2"], ["\nم3"], ["\nم4"])
    for n, part in enumerate(texts):
        rows = [_rows_for(variant(t, rename={"MAR": ("Morocco", "المغرب", country)}), n != 1) for t in part]
        arts = [r[0] for r in rows]
        if n == 2:  # an entity row twice: one article still counts once
            rows[0][1]["entities"].append(dict(rows[0][1]["entities"][0]))
        children = {k: join_blocks([row_block(r[1][k]) for r in rows]) for k in rows[0][1]}
        assert store.insert_rows(arts, children, summarise=False, tally=tally) == len(arts)
        ids += [a["id"] for a in arts]
    assert tally.usable == (country is None or "\x00" not in country)
    store.catch_up_summaries(ids, len(texts), tally)
    assert_summaries_match(store)
    with store.engine.connect() as c:
        kept = [sorted(tuple(r) for r in c.execute(sa.select(t))) for t in (entity_summary, actor_summary)]
    store.rebuild_summaries()
    with store.engine.connect() as c:
        assert [sorted(tuple(r) for r in c.execute(sa.select(t))) for t in (entity_summary, actor_summary)] == kept


def test_a_store_opened_mid_batch_is_not_counted_twice(store):  # noqa: F811
    """A store opened while a writer without a run mark defers its summaries rebuilds
    them (with the rows so far); the catch-up then rebuilds rather than adding those rows
    again."""
    arts, children = _batch_rows(store, ["\nل1"])
    store.insert_rows(arts, children, summarise=False)
    Store(store.url)  # a dashboard process opening the store: summaries lag, so it rebuilds
    more, children2 = _batch_rows(store, ["\nل2"])
    store.insert_rows(more, children2, summarise=False)
    store.catch_up_summaries([a["id"] for a in arts + more], 2)
    assert_summaries_match(store)


def _statements_while(fn):
    """The SQL statements every engine of this process runs while ``fn()`` runs."""
    seen: list[str] = []

    def record(conn, cursor, statement, *_a):
        seen.append(statement.lstrip().split(None, 1)[0].upper())

    sa.event.listen(sa.engine.Engine, "before_cursor_execute", record)
    try:
        out = fn()
    finally:
        sa.event.remove(sa.engine.Engine, "before_cursor_execute", record)
    return out, seen


def _run_marks(store: Store) -> dict:
    with store.engine.connect() as c:
        return {k: v for k, v in c.execute(sa.select(store_meta.c.key, store_meta.c.value)) if k.startswith("run:")}


def test_a_store_opened_during_a_batch_leaves_the_summaries_to_it(store):  # noqa: F811
    """A store opened while a batch writes (its run mark fresh) writes nothing: the
    rebuild it would make queues behind the batch's transactions. The batch's catch-up
    then brings the summaries up to date and removes its mark."""
    from core.batch.sinks import StoreSink
    from core.store import join_blocks, row_block

    fill(store)
    sink = StoreSink(store.url, commit_every=1)
    for part in (["\nب1", "\nب2"], ["\nب3"]):
        rows = [_rows_for(variant(t), True) for t in part]
        children = {k: join_blocks([row_block(r[1][k]) for r in rows]) for k in rows[0][1]}
        assert sink.write([r[0] for r in rows], children) == len(rows)
        opened, statements = _statements_while(lambda: Store(store.url))
        opened.engine.dispose()
        assert statements and all(s in ("SELECT", "PRAGMA") for s in statements), statements
    assert list(_run_marks(store)) == [sink.run]
    sink.close()
    assert_summaries_match(store)
    assert not _run_marks(store)
    with store.engine.connect() as c:
        meta = dict(c.execute(sa.select(store_meta.c.key, store_meta.c.value)).all())
    assert meta["summaries"] == meta["version"]


def test_the_mark_of_a_killed_batch_goes_quiet(store):  # noqa: F811
    """A batch killed before its catch-up leaves its mark: once the mark is older than
    RUN_QUIET_SECONDS, opening the store rebuilds the summaries and removes it."""
    from core.store.writes import RUN_QUIET_SECONDS, run_key

    fill(store)
    run = run_key()
    arts, children = _batch_rows(store, ["\nق1"])
    store.insert_rows(arts, children, summarise=False, run=run)
    Store(store.url)  # the mark is fresh: nothing rebuilt yet
    with store.engine.connect() as c:
        meta = dict(c.execute(sa.select(store_meta.c.key, store_meta.c.value)).all())
    assert meta["summaries"] == meta["version"] - 1 and run in meta
    with store.engine.begin() as c:
        c.execute(store_meta.update().where(store_meta.c.key == run)
                  .values(value=store_meta.c.value - RUN_QUIET_SECONDS - 1))
    Store(store.url)
    assert_summaries_match(store)
    assert not _run_marks(store)


def test_fast_inserts_store_what_sqlalchemy_stores(tmp_path):
    """The driver-level executemany writes the same values (dates, booleans, NULLs) that
    SQLAlchemy's own insert writes."""
    from core.store import CHILD_TABLES, insert_many

    arts, children = _batch_rows(None, ["\nم1", "\nم2"])
    got = {}
    for how in ("fast", "sqlalchemy"):
        s = Store(f"sqlite:///{tmp_path / (how + '.db')}")
        with s.engine.begin() as c:
            for table, rows in [(articles, arts)] + [(t, children[t.name]) for t in CHILD_TABLES]:
                if how == "fast":
                    insert_many(c, table, rows)
                elif rows:
                    c.execute(table.insert(), rows)
        with s.engine.connect() as c:
            got[how] = {t.name: sorted(map(repr, c.execute(sa.select(t)).all()))
                        for t in (articles, *CHILD_TABLES)}
    assert got["fast"] == got["sqlalchemy"]
    assert got["fast"]["events"] and got["fast"]["times"]


def test_fast_date_binds_what_sqlalchemy_binds():
    import datetime as dt_

    from sqlalchemy.dialects import sqlite

    from core.store.schema import _fast_date

    d = sqlite.dialect()
    process = sa.Date().dialect_impl(d).bind_processor(d)
    fast = _fast_date(process)
    for v in (dt_.date(2020, 1, 2), dt_.date(999, 12, 31), dt_.date(1, 1, 1), dt_.datetime(2020, 1, 2, 3, 4, 5), None):
        assert fast(v) == process(v)


def test_a_tally_past_its_size_leaves_the_catch_up_to_the_sql(store, monkeypatch):  # noqa: F811
    from core.store import tally as tally_module

    monkeypatch.setattr(tally_module, "MAX_VARIANTS", 3)
    tally, ids = tally_module.SummaryTally(), []
    for t in ("\nن1", "\nن2"):
        arts, children = _batch_rows(store, [t])
        store.insert_rows(arts, children, summarise=False, tally=tally)
        ids += [a["id"] for a in arts]
    assert not tally.usable and not tally.entities
    store.catch_up_summaries(ids, 2, tally)
    assert_summaries_match(store)


def _index_names(store: Store) -> set[str]:
    return {ix["name"] for t in sa.inspect(store.engine).get_table_names()
            for ix in sa.inspect(store.engine).get_indexes(t) if ix.get("name")}


def test_a_batch_into_an_empty_store_makes_its_indexes_at_its_end(store):  # noqa: F811
    """A batch loading an empty SQLite store leaves the secondary indexes out while it
    writes (a store opened meanwhile makes none of them) and makes them all at its end;
    the rows and summaries are those of a store that kept them."""
    from core.batch.sinks import StoreSink
    from core.store import join_blocks, row_block
    from core.store.migrate import bulk_indexes

    every = _index_names(store)
    sink = StoreSink(store.url, commit_every=1)
    sqlite = store.engine.dialect.name == "sqlite"
    assert sink.deferred is sqlite
    rows = [_rows_for(variant(t), True) for t in ["\nف1", "\nف2"]]
    children = {k: join_blocks([row_block(r[1][k]) for r in rows]) for k in rows[0][1]}
    assert sink.write([r[0] for r in rows], children) == 2
    opened, statements = _statements_while(lambda: Store(store.url))
    opened.engine.dispose()
    assert statements and all(s in ("SELECT", "PRAGMA") for s in statements), statements
    if sqlite:
        assert not _index_names(store) & {ix.name for ix in bulk_indexes()}
    sink.close()
    assert _index_names(store) == every
    assert_summaries_match(store)
    assert not _run_marks(store)


def test_a_store_left_by_a_killed_batch_gets_its_indexes_once_the_mark_is_quiet(store):  # noqa: F811
    """A batch killed before its end leaves an empty store's indexes unmade: opening the
    store makes them once the run's mark is older than RUN_QUIET_SECONDS."""
    from core.batch.sinks import StoreSink
    from core.store.writes import RUN_QUIET_SECONDS

    every = _index_names(store)
    sink = StoreSink(store.url, commit_every=1)  # never closed: the run is killed
    arts, children = _batch_rows(store, ["\nك1"])
    sink.write(arts, children)
    sink.store.engine.dispose()
    Store(store.url).engine.dispose()  # the mark is fresh: the run may still be writing
    if store.engine.dialect.name == "sqlite":
        assert _index_names(store) != every
    with store.engine.begin() as c:
        c.execute(store_meta.update().where(store_meta.c.key == sink.run)
                  .values(value=store_meta.c.value - RUN_QUIET_SECONDS - 1))
    Store(store.url).engine.dispose()
    assert _index_names(store) == every
    assert_summaries_match(store)
    assert not _run_marks(store)
