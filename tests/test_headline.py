"""Headlines for articles given without a title (core.headline); the store's use of them is
in tests/test_store.py."""
from __future__ import annotations

from core.headline import LIMIT, dateline_end, headline


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
