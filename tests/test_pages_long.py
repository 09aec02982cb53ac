"""A long article neither hangs the page nor holds the server (streamlit.testing AppTest)."""
from __future__ import annotations

import time

import core
from test_pages import REFERENCE, db, html_of, run  # noqa: F401 - fixture


def test_a_long_article_is_highlighted_one_part_at_a_time(db):
    long_text = REFERENCE + ("\nفقرة إضافية عن العلاقات بين البلدين في المنطقة." * 4000)  # ~190,000 characters
    at = run()
    at.text_area(key="paste").input(long_text)
    at.button[0].click().run()
    assert not at.exception
    page = html_of(at)
    assert "<span class=\"ent ent-COUNTRY\" title=" in page
    assert len(page) < 120_000  # one window, not the whole article
    part = next(n for n in at.number_input if n.label == "Part")
    assert part.value == 1 and part.max > 5
    part.set_value(part.max).run()
    assert not at.exception
    assert "<span class=\"ent ent-COUNTRY\" title=" not in html_of(at)  # the last part holds no mark
    assert any("of {:,}".format(len(long_text.strip())) in c.value or "of {:,}".format(len(long_text)) in c.value
               for c in at.caption)


def test_an_analysis_that_needs_too_much_cpu_is_stopped_with_a_message(db, monkeypatch):
    monkeypatch.setenv("AKHBAR_MAX_ANALYSIS_SECONDS", "0.5")

    def runaway(text, published=None, meta=None):
        while True:
            pass

    at = run()  # the bundled examples are stored first, with the stand-in analysis
    monkeypatch.setattr(core, "analyze", runaway)
    at.text_area(key="paste").input("نص عربي يطول تحليله كثيرا")
    t0 = time.monotonic()
    at.button[0].click().run(timeout=60)
    assert time.monotonic() - t0 < 30
    assert not at.exception
    assert any("not analysed" in e.value and "CPU" in e.value for e in at.error)


def test_the_background_warm_up_never_runs_a_stand_in_for_the_extractor(monkeypatch):
    """The warm-up timer fires seconds after a store opens: by then a stand-in (a test's
    runaway analysis) may have replaced core.analyze, and a background thread running it
    could never be stopped. The warm-up calls the pipeline itself."""
    from pages._common import _warm_up

    calls = []
    monkeypatch.setattr(core, "analyze", lambda *a, **k: calls.append(a))
    _warm_up()
    assert calls == []
