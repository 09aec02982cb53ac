"""Headlines for articles given without a title (core.headline) and the store's use of them."""
from __future__ import annotations

import pytest

from core import analyze
from core.headline import LIMIT, dateline_end, headline
from test_store import store  # noqa: F401 - the store fixture, on SQLite and PostgreSQL


def test_the_first_sentence_after_the_dateline():
    text = "القاهرة، مصر (رويترز)-- التقى وزير الخارجية المصري نظيره الأردني. وبحث الجانبان العلاقات."
    assert headline(text) == "التقى وزير الخارجية المصري نظيره الأردني"


def test_a_text_without_a_dateline_keeps_its_opening():
    assert dateline_end("التقى الوزيران في عمان.") is None
    assert headline("\n\n  التقى الوزيران في عمان اليوم؟ نعم.") == "التقى الوزيران في عمان اليوم"


def test_a_decimal_point_is_no_sentence_end():
    assert headline("نزح 3.5 مليون شخص خلال العام الماضي.") == "نزح 3.5 مليون شخص خلال العام الماضي"


def test_a_long_sentence_is_cut_at_a_whole_word():
    words = ["كلمة%d" % i for i in range(40)]
    h = headline(" ".join(words) + ".")
    assert h.endswith("…") and len(h) <= LIMIT + 1
    assert h[:-1].split()[-1] in words  # no word cut in the middle


def test_no_words_no_headline():
    assert headline("") is None and headline(None) is None and headline(" \n ،، \n") is None


@pytest.mark.parametrize("given, shown", [(None, "اتفق المغرب وإسرائيل على توسيع التعاون العسكري"),
                                          ("عنوان المحرر", "عنوان المحرر")])
def test_the_store_names_an_untitled_article_by_its_headline(store, given, shown):  # noqa: F811
    a = analyze("الرباط، المغرب (وكالات)-- اتفق المغرب وإسرائيل على توسيع التعاون العسكري. وقال الوزير إن ...")
    a.meta = {**(a.meta or {}), "title": given}
    aid, _ = store.save(a, owner="me")
    assert store.get(aid).title == shown
    assert store.get(aid).analysis.meta.get("title") == given  # the analysis keeps what was given
