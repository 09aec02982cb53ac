"""The rows the batch builds in its workers and sends to the writer: the analysis JSON
(orjson when installed), the search body, and child rows as RowBlocks (tuples), which
must store exactly what the dict rows store."""
from __future__ import annotations

import dataclasses
import json
import math
import os
import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from core.model import Analysis
from core.store import (CHILD_TABLES, RowBlock, Store, analysis_json, analysis_rows, article_row, articles,
                        join_blocks, new_token, row_block, search_body, search_row)
from core.store.rows import _search_forms
from core.text import normalize_for_match
from test_store import REFERENCE, reference_analysis, store  # noqa: F401 - the store fixture

ROOT = Path(__file__).resolve().parent.parent


def _pairs(doc: str) -> list:
    """The JSON document with every object as its (key, value) list: order counts."""
    return json.loads(doc, object_pairs_hook=list)


@pytest.fixture(scope="module")
def analysed() -> Analysis:
    from core import analyze

    return analyze(REFERENCE, "2023-01-17", {"title": "عنوان", "source": "وكالة", "id": "7"})


def test_analysis_json_is_the_document_to_json_writes(analysed):
    for a in (reference_analysis(), analysed):
        assert a.events and a.entities and a.times
        got = analysis_json(a)
        assert _pairs(got) == _pairs(a.to_json())  # same keys, same order, same values
        assert Analysis.from_json(got) == a


@pytest.mark.parametrize("change", ["nan", "inf", "nested-meta", "str-subclass", "big-int"])
def test_analysis_json_leaves_to_the_json_module_what_orjson_writes_otherwise(change):
    class Name(str):
        pass

    a = reference_analysis()
    if change == "nan":
        a.events[0].goldstein = math.nan  # orjson would write null
    elif change == "inf":
        a.events[-1].goldstein = -math.inf
    elif change == "nested-meta":
        a.meta = {"title": "t", "extra": {"b": 1, "a": [1, 2]}}
    elif change == "str-subclass":
        a.entities[0] = dataclasses.replace(a.entities[0], name=Name("Morocco"))
    elif change == "big-int":
        a.meta = {"id": 2 ** 70}
    assert analysis_json(a) == a.to_json()


def test_search_body_is_every_word_with_its_proclitic_free_forms():
    texts = [(None, None, REFERENCE), ("وإسرائيل والمغرب", "وكالة  الأنباء", "بالرباط،\n\nوالجزائر 2023"),
             ("", None, "")]
    for title, source, text in texts:
        words = re.findall(r"\w+", normalize_for_match(" ".join(p for p in (title, source, text) if p)))
        assert search_body(title, source, text) == " ".join(" ".join(_search_forms(w)) for w in words)
    assert "اسرائيل" in search_body("وإسرائيل", None, None).split()


@pytest.mark.parametrize("text", [
    REFERENCE,
    "وَإِسْرَائِيلُ والمغـــرب",  # diacritics and tatweel: dropped characters
    "ﻻ بد من ﻷجل الاتفاق",  # ligatures that expand into two letters
    "مدرسة\u200cها \u200fسلام\u00a0عليكم\x07\x0bنهاية\r\n",  # joiners, marks, no-break space, controls
    "Café ÉTÉ naïve ١٢٣ ۴۵۶ 789 x_y 'quoted' - \t tab",  # Latin accents, Arabic-Indic digits, underscore
    "  \n ",
    "",
])
def test_search_words_are_the_words_of_the_matching_form(text):
    from core.store import search_words

    for parts in ((text,), ("عنوان  ﻻ", None, text), (None, "وكالة\u0640", "")):
        expected = re.findall(r"\w+", normalize_for_match(" ".join(p for p in parts if p)))
        assert search_words(*parts) == expected


@pytest.mark.parametrize("text", [REFERENCE, "وَإِسْرَائِيلُ والمغـــرب", "ﻻ بد من ﻷجل", "Café ١٢٣ \u200c\u00a0\x07", ""])
def test_the_search_normalises_as_the_extraction_does(text):
    """search_words makes only the normalised string: the one normalize_with_offsets makes,
    or made, for this very string or an equal one."""
    from core.text import matching_form, normalize_with_offsets

    copy = "".join(list(text))  # an equal string, another object
    assert matching_form(text) == normalize_with_offsets(text).norm
    assert matching_form(text) == matching_form(copy) == normalize_with_offsets(copy).norm
    normalize_with_offsets("نص آخر")
    assert matching_form(text) == normalize_with_offsets(text).norm


def test_article_row_takes_the_hash_the_batch_made_already(analysed):
    from core.store import content_hash

    rows = analysis_rows(analysed, "x")
    given = article_row(analysed, "x", None, True, rows, content_hash(analysed.text))
    made = article_row(analysed, "x", None, True, rows)
    assert {**given, "created": None} == {**made, "created": None}


def test_search_body_caches_each_word_joined_with_its_forms():
    from core.store.rows import _FORMS_JOINED

    _FORMS_JOINED.clear()
    body = search_body(None, None, "والمغرب المغرب بالرباط 2023")
    assert body == " ".join(" ".join(_search_forms(w)) for w in ("والمغرب", "المغرب", "بالرباط", "2023"))
    assert _FORMS_JOINED["المغرب"] == "المغرب" and _FORMS_JOINED["والمغرب"].split()[0] == "والمغرب"
    assert search_body(None, None, "والمغرب المغرب بالرباط 2023") == body  # from the cache


def test_search_forms_of_a_word_no_proclitic_starts_are_the_word_alone():
    """The search cache answers a word whose first letter starts no proclitic without
    clitic_variants: it must give that word alone, and every other first letter must be
    one it knows."""
    from core.store.rows import _JoinedForms
    from core.text import PROCLITIC_LETTERS, clitic_variants

    words = re.findall(r"\w+", normalize_for_match(REFERENCE)) + ["ولد", "فلسطين", "بالرباط", "كالعادة",
                                                                   "للامم", "x", "7", "ـ"]
    for w in words:
        if w[:1] not in PROCLITIC_LETTERS:
            assert clitic_variants(w) == ((w, 0),), w
        assert _JoinedForms()[w] == " ".join(_search_forms(w)), w
    letters = {w[0] for w in ("والمغرب", "فالمغرب", "بالمغرب", "كالمغرب", "للمغرب") if len(clitic_variants(w)) > 1}
    assert letters <= PROCLITIC_LETTERS


def test_the_vocabulary_forms_the_batch_seeds_are_the_forms_search_body_makes(monkeypatch):
    """The forms a batch's main process seeds search_body's cache with (read from the
    prepared image) are those the cache would work out itself, so the search rows are
    the same with and without them."""
    import core.store.rows as rows_module
    from core.crf_features import word_counts
    from core.store.rows import _JoinedForms, seed_search_forms, vocabulary_forms_made

    forms = vocabulary_forms_made()
    assert list(forms) == list(word_counts()) and len(forms) > 10_000
    fresh = _JoinedForms()
    assert all(forms[w] == fresh[w] for w in list(forms)[::7])
    assert any(" " in v for v in forms.values())  # words with proclitic-free readings among them
    texts = [REFERENCE, "وإسرائيل والمغرب بالرباط، والجزائر للامم 2023 Café x_y"]
    monkeypatch.setattr(rows_module, "_FORMS_JOINED", _JoinedForms())
    unseeded = [search_body("عنوان", "وكالة", t) for t in texts]
    monkeypatch.setattr(rows_module, "_FORMS_JOINED", _JoinedForms())
    monkeypatch.setattr(rows_module, "vocabulary_forms", lambda: forms)  # as read from the image
    seed_search_forms()
    assert len(rows_module._FORMS_JOINED) == len(forms)
    assert [search_body("عنوان", "وكالة", t) for t in texts] == unseeded


def test_the_vocabulary_forms_missing_from_an_image_are_made_and_imaged(tmp_path, monkeypatch):
    """An image written by a process that does not seed the search forms (the app, a
    benchmark) lacks them: the batch's preparation makes them and saves them into that
    image beside its other tables, so the next runs read them (they were left out of
    every run until the code or data changed)."""
    import subprocess
    import sys

    env = dict(os.environ, AKHBAR_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    script = ("import json; from core import prepared; {}; "
              "print(json.dumps(sorted(prepared._STATE['image'] or {{}})))")
    first = "from core.pipeline import prepare; prepare()"  # as the app or bench_extract.py
    batch = "from core.batch.work import DEFAULT_ANALYZER, _analyzer; _analyzer(DEFAULT_ANALYZER)"
    run = [subprocess.run([sys.executable, "-c", script.format(how)], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True) for how in (first, batch, batch)]
    read = [json.loads(r.stdout) for r in run]
    name = "core.store.rows.vocabulary_forms"
    assert read[0] == [] and name not in read[1]  # built, then an image without the forms
    assert name in read[2] and set(read[1]) < set(read[2])  # the third run reads them too


def test_the_batch_seeds_the_search_forms_before_its_workers_fork(monkeypatch):
    """The local engine's workers share the seeded cache: _analyzer fills it (with the
    prepared image on) in the process that forks them."""
    import core.store.rows as rows_module
    from core import prepared
    from core.batch import work

    if not prepared.enabled():
        pytest.skip("the prepared image is off here (AKHBAR_CACHE_DIR): the batch seeds nothing then")
    monkeypatch.setattr(rows_module, "_FORMS_JOINED", rows_module._JoinedForms())
    monkeypatch.setattr(work, "_ANALYZERS", {})
    monkeypatch.setattr(rows_module, "vocabulary_forms", lambda: {"كلمة": "كلمة"})  # as read from the image
    work._analyzer(work.DEFAULT_ANALYZER)
    assert rows_module._FORMS_JOINED.get("كلمة") == "كلمة"


def test_row_blocks_of_an_analysis_are_its_dict_rows(analysed):
    """analysis_blocks (what the batch sends) holds exactly the rows analysis_rows gives,
    in the same column order, for every table; corrected marks and entities standing in
    for actors included."""
    import dataclasses as dc

    from core.store import analysis_blocks
    from core.store.rows import MARKS_KEY

    marked = dc.replace(analysed, meta={**analysed.meta, MARKS_KEY: {
        f"entity:{analysed.entities[0].id}": "type", "event:0": "type",
        f"time:{analysed.times[0].start}-{analysed.times[0].end}": "value"}})
    lone = dc.replace(analysed, actors={}, entities=analysed.entities + analysed.entities[:1])  # a repeated id
    for a in (analysed, reference_analysis(), marked, lone, Analysis(text="")):
        blocks = analysis_blocks(a, "x")
        rows = analysis_rows(a, "x")
        assert list(blocks) == [t.name for t in CHILD_TABLES] == list(rows)
        for name, block in blocks.items():
            assert block == row_block(rows[name]), name
            assert not block.rows or block.columns == tuple(c.name for c in
                                                            next(t for t in CHILD_TABLES if t.name == name).columns
                                                            if c.name in block.columns)
        assert article_row(a, "x", None, True, blocks, "h") | {"created": 0} == \
            article_row(a, "x", None, True, rows, "h") | {"created": 0}
    assert any(b.rows for b in analysis_blocks(marked, "x").values())
    assert [r[-1] for r in analysis_blocks(marked, "x")["events"].rows][:1] == ["type"]


def _dict_rows(a: Analysis, aid: str, text_hash_salt: str = "") -> tuple[dict, dict[str, list[dict]]]:
    rows = analysis_rows(a, aid)
    art = article_row(a, aid, None, True, rows)
    if text_hash_salt:
        art["content_hash"] = art["content_hash"][:-len(text_hash_salt)] + text_hash_salt  # another text
    rows["article_search"] = [search_row(art, a.text)]
    return art, rows


def test_row_blocks_store_what_dict_rows_store(store):  # noqa: F811
    a = reference_analysis()
    art1, rows1 = _dict_rows(a, new_token())
    art2, rows2 = _dict_rows(a, new_token(), "zz")
    assert store.insert_rows([art1], rows1) == 1
    assert store.insert_rows([art2], {k: row_block(v) for k, v in rows2.items()}) == 1
    # the same article again as blocks: left out, with all its rows
    art3, rows3 = _dict_rows(a, new_token(), "zz")
    assert store.insert_rows([art3], {k: row_block(v) for k, v in rows3.items()}) == 0
    with store.engine.connect() as c:
        for t in CHILD_TABLES:
            got = {}
            for aid in (art1["id"], art2["id"], art3["id"]):
                got[aid] = sorted(repr({k: v for k, v in r.items() if k != "article_id"})
                                  for r in c.execute(sa.select(t).where(t.c.article_id == aid)).mappings())
            assert got[art1["id"]] == got[art2["id"]], t.name
            assert got[art3["id"]] == []
            assert got[art1["id"]] or t.name == "event_pairs"
        stored = {r.id: r for r in c.execute(sa.select(articles))}
    assert set(stored) == {art1["id"], art2["id"]}
    assert store.list_articles(search="الرباط")[1] == 2  # both search rows written


def test_blocks_of_one_table_join_in_the_first_blocks_column_order():
    b1 = row_block([{"article_id": "a", "x": 1}, {"article_id": "a", "x": 2}])
    b2 = RowBlock(("x", "article_id"), [(3, "b")])
    empty = row_block([])
    joined = join_blocks([empty, b1, b2])
    assert joined.columns == ("article_id", "x")
    assert joined.rows == [("a", 1), ("a", 2), ("b", 3)]
    assert joined.column("x") == [1, 2, 3] and empty.column("x") == []
    assert row_block([{"body": "z"}]).rows == [("z",)]
    assert join_blocks([empty]) == RowBlock((), [])


def test_a_new_token_never_starts_with_a_dash(monkeypatch):
    """An article id is pasted after command-line options; "-Tu..." would read as one."""
    from core.store import rows

    drawn = iter(["-TuqipF0CJ-_y0nV", "TuqipF0CJ-_y0nV-"])
    monkeypatch.setattr(rows.secrets, "token_urlsafe", lambda n: next(drawn))
    assert rows.new_token() == "TuqipF0CJ-_y0nV-"


def test_the_batchs_utf8_values_store_the_text_dict_rows_store(store, analysed):  # noqa: F811
    """The batch's worker sends the analysis JSON and the search body as UTF-8 bytes
    (store_rows): stored, they are the same text as the str of the dict rows (SQLite
    binds them with CAST(? AS TEXT), PostgreSQL gets them decoded), and searchable."""
    from core.batch.work import store_rows

    art1, rows1 = _dict_rows(analysed, new_token())
    art2, rows2 = store_rows(analysed, None, True)
    assert type(art2["analysis_json"]) is bytes and type(rows2["article_search"].rows[0][1]) is bytes
    assert art2["analysis_json"].decode() == art1["analysis_json"]
    assert rows2["article_search"].rows[0][1].decode() == rows1["article_search"][0]["body"]
    art2["content_hash"] = art2["content_hash"][:-2] + "zz"  # another text for the store
    assert store.insert_rows([art1], rows1) == 1
    assert store.insert_rows([art2], rows2) == 1
    with store.engine.connect() as c:
        got = {r.id: r.analysis_json for r in c.execute(sa.select(articles.c.id, articles.c.analysis_json))}
        if c.dialect.name == "sqlite":
            kinds = {r[0] for r in c.exec_driver_sql("SELECT typeof(analysis_json) FROM articles")}
            kinds |= {r[0] for r in c.exec_driver_sql("SELECT typeof(body) FROM article_search")}
            assert kinds == {"text"}
    assert got[art1["id"]] == got[art2["id"]] == art1["analysis_json"]
    assert store.get(art2["id"]).analysis == store.get(art1["id"]).analysis
    assert store.list_articles(search="الرباط")[1] == 2


def test_analysis_json_as_utf8_is_the_str_encoded(analysed):
    assert analysis_json(analysed, utf8=True) == analysis_json(analysed).encode("utf-8")
    odd = dataclasses.replace(analysed, meta={**analysed.meta, "score": float("nan")})  # the json module's path
    assert analysis_json(odd, utf8=True) == odd.to_json().encode("utf-8")
    lone = Analysis(text="\ud800 نص")  # a lone surrogate: no UTF-8 for it, the str stays
    assert analysis_json(lone, utf8=True) == lone.to_json()


def test_content_hash_is_the_hash_of_the_text_with_lines_normalised():
    import hashlib

    from core.store import content_hash

    def reference(text):  # the formula stored hashes were made with
        norm = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))
        return hashlib.sha256(norm.encode("utf-8")).hexdigest()

    texts = ["سطر أول  \nسطر ثان", "سطر أول\r\nسطر ثان\r\n", "a\rb\r\n\rc  ", "  نص واحد  ", "\n\n", "x\u2028y"]
    for t in texts:
        assert content_hash(t) == reference(t), t
    assert content_hash("سطر أول\r\nسطر ثان") == content_hash("سطر أول \rسطر ثان\n") == content_hash("سطر أول\nسطر ثان")
