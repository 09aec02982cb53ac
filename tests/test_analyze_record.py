"""core.analyze_record: the one place that decides what an unreadable publication date
costs (the date, not the article) for the dashboard, the batch and the command line."""
from __future__ import annotations

from core import analyze_record

TEXT = "اتفق المغرب وإسرائيل يوم الثلاثاء على توسيع التعاون العسكري."


def test_a_good_date_is_used_and_no_note_is_given():
    a, note = analyze_record(TEXT, "2023-01-19", {"title": "t"})
    assert note is None and a.meta["published"] == "2023-01-19" and a.meta["title"] == "t"
    assert a.times and a.times[0].value == "2023-01-17"  # the Tuesday before, resolved on the date


def test_a_bad_date_is_dropped_with_a_note_in_the_warnings():
    a, note = analyze_record(TEXT, "19/01/2023", {"title": "t", "published": "19/01/2023"})
    assert note and "YYYY-MM-DD" in note and "analysed without it" in note
    assert a.warnings[0] == note and "published" not in a.meta and a.meta["title"] == "t"
    assert a.events  # the article itself is not lost


def test_another_analyser_can_be_given():
    seen = []

    def fake(text, published=None, meta=None):
        seen.append(published)
        return analyze_record.__globals__["analyze"](text, published, meta)

    analyze_record(TEXT, "not a date", analyze_fn=fake)
    assert seen == ["not a date", None]
