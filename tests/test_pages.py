"""Every page runs, and the main interactions work (streamlit.testing AppTest).

The extraction core is replaced by a stand-in that returns the hand-made reference
analysis, so these tests check the dashboard, not the extraction.
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Iterator

import pytest
from streamlit.testing.v1 import AppTest

import core
from pg import scratch_url
from core.model import Analysis
from core.store import Store
from test_store import REFERENCE, reference_analysis

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


def fake_analyze(text, published=None, meta=None):
    a = reference_analysis(text) if "المغرب" in text else Analysis(text=text)
    a.meta = dict(meta or {})
    return a


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path, monkeypatch) -> Iterator[str]:
    """The store the app opens (AKHBAR_DB_URL): a new SQLite file, or a new PostgreSQL schema."""
    monkeypatch.setattr(core, "analyze", fake_analyze)
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'pages.db'}"
        monkeypatch.setenv("AKHBAR_DB_URL", url)
        Store(url).load_samples(fake_analyze)  # what the app loads in the background on a new store
        yield url
        return
    for url in scratch_url():
        monkeypatch.setenv("AKHBAR_DB_URL", url)
        Store(url).load_samples(fake_analyze)
        yield url
        from pages._common import _open_store

        _open_store.clear()  # the app's cached Store holds connections to the schema


def run(page: str | None = None, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert_no_page_error(at)
    return at


def assert_no_page_error(at: AppTest) -> None:
    """The page boundary turns errors into a message: a test must look for that message."""
    from pages._common import STRINGS

    msgs = {v for v in STRINGS["page_error"].values()}
    assert not [e.value for e in at.error if e.value in msgs], "a page failed; see the log for its traceback"


def html_of(at: AppTest) -> str:
    return " ".join(getattr(e.proto, "body", "") for e in at.get("html"))


def shown_links(at: AppTest) -> list[str]:
    """The links of the page's copyable link boxes, as a visitor copies them."""
    return [html.unescape(m) for m in re.findall(r'<div class="al-link"[^>]*><code>(.*?)</code>', html_of(at))]


def test_a_first_visit_does_not_wait_for_the_bundled_examples(tmp_path, monkeypatch):
    """On a new store the page is drawn at once, says the examples are coming, and lists
    them when the background analysis has stored them."""
    import threading
    import time

    release = threading.Event()

    def slow_analyze(text, published=None, meta=None):
        release.wait(20)
        return fake_analyze(text, published, meta)

    url = f"sqlite:///{tmp_path / 'new.db'}"
    monkeypatch.setenv("AKHBAR_DB_URL", url)
    monkeypatch.setattr(core, "analyze", slow_analyze)
    from core import samples

    monkeypatch.setattr(samples, "precomputed_current", lambda *a, **k: False)  # an extractor changed since
    monkeypatch.setattr(samples, "_load", lambda *a, **k: {})
    at = run()
    assert any("being analysed" in i.value for i in at.info)
    release.set()
    for _ in range(100):
        if Store(url).count() >= 9:
            break
        time.sleep(0.2)
    at.run()
    assert not any("being analysed" in i.value for i in at.info)
    assert len(at.dataframe[0].value) == 9


def test_a_first_visit_lists_the_examples_at_once_from_their_precomputed_analyses(tmp_path, monkeypatch):
    """While the shipped analyses match the extractor, a new store gets the examples in
    the first request, and nothing is analysed for them."""
    calls = []
    url = f"sqlite:///{tmp_path / 'new.db'}"
    monkeypatch.setenv("AKHBAR_DB_URL", url)
    monkeypatch.setattr(core, "analyze", lambda *a, **k: calls.append(a) or fake_analyze(*a, **k))
    at = run()
    assert not any("being analysed" in i.value for i in at.info)
    from core.samples import sample_records

    examples = {r["text"] for r in sample_records()}
    assert len(at.dataframe[0].value) == 9 and not [c for c in calls if c[0] in examples]


@pytest.mark.parametrize("page", [None, "pages/timeline.py", "pages/relations.py", "pages/entities.py",
                                  "pages/library.py"])
def test_every_page_runs_with_bundled_examples(db, page):
    run(page)
    assert Store(db).count() >= 9  # samples loaded on first start


def test_paste_shows_breakdown_and_share_link(db):
    at = run()
    at.text_area(key="paste").input(REFERENCE)
    at.text_input(key="meta_title").input("عنوان")
    at.button[0].click().run()
    assert not at.exception
    aid = at.query_params["article"]
    aid = aid[0] if isinstance(aid, list) else aid
    assert any(aid in link for link in shown_links(at))  # the visible share link
    page = html_of(at)
    assert 'class="ent ent-COUNTRY"' in page and "late 2020" in page
    labels = {m.label: m.value for m in at.metric}
    assert labels["Events"] == "7" and labels["Countries"] == "4"
    assert len(at.get("plotly_chart")) == 2


def test_the_landing_page_draws_the_library_timeline_only_when_its_tab_is_opened(db):
    """The first page a visitor sees has no chart: the examples, and the timeline one tab away."""
    at = run()
    assert len(at.dataframe[0].value) == 9 and not at.get("plotly_chart")
    at.session_state["welcome_tab"] = "Events in the library"
    at.run()
    assert len(at.get("plotly_chart")) == 1 and len(at.dataframe[0].value) == 9


def test_the_title_is_drawn_before_pandas_and_the_store_are_imported(db):
    """A first visitor after a restart sees the page's title while pandas and the store load:
    app.py draws it with pages._text, which imports neither."""
    import subprocess
    import sys

    src = (ROOT / "app.py").read_text(encoding="utf-8")
    assert src.index("st.title(") < src.index("from pages._common import")
    code = "import sys, pages._text; print(sorted({'pandas', 'sqlalchemy', 'core.store'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert [t.value for t in run().title] == ["Akhbar Lens"]


def test_links_are_shown_escaped_with_a_copy_button(db):
    at = run("pages/entities.py", params={"q": "<b>\"&"})
    box = next(h.value for h in at.get("html") if 'class="al-link"' in h.value)
    assert "<b>" not in box.split("<script>")[0] and "content_copy" in box and "navigator.clipboard" in box
    assert any("q=%3Cb%3E%22%26" in link for link in shown_links(at))


def test_share_link_opens_same_breakdown_in_new_session(db):
    aid, _ = Store(db).save(reference_analysis(REFERENCE + "\nنسخة خاصة"), owner="someone-else")
    at = run(params={"article": aid})
    assert 'class="ent ent-COUNTRY"' in html_of(at)


def test_script_injection_is_shown_as_text(db):
    at = run()
    evil = "<script>alert(1)</script> المغرب <img src=x onerror=alert(2)>"
    at.text_area(key="paste").input(evil)
    at.button[0].click().run()
    page = html_of(at)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize("text,message", [("   ", "Paste a text"), ("Only English words.", "no Arabic text")])
def test_bad_paste_gives_clear_message(db, text, message):
    at = run()
    at.text_area(key="paste").input(text)
    at.button[0].click().run()
    shown = " ".join(x.value for x in list(at.error) + list(at.warning))
    assert message in shown


def test_the_arabic_interface_says_why_a_paste_is_refused_in_arabic(db):
    at = run(params={"lang": "العربية"})
    at.text_area(key="paste").input("Only English words.")
    at.button[0].click().run()
    shown = " ".join(x.value for x in list(at.error) + list(at.warning))
    assert "لم يوجد نص عربي" in shown and "Arabic" not in shown and "the text" not in shown


def test_unknown_article_link_is_reported(db):
    at = run(params={"article": "does-not-exist"})
    assert any("No article" in e.value for e in at.error)


def test_timeline_filters_come_from_the_url(db):
    at = run("pages/timeline.py", params={"types": "AGREE"})
    assert at.multiselect(key="types").value == ["AGREE"]
    assert any("Showing 2 of 2" in c.value for c in at.caption)
    at.multiselect(key="types").select("SANCTION").run()
    assert any("Showing 3 of 3" in c.value for c in at.caption)


def test_the_agreements_filter_means_what_the_star_means(db):
    """Signed agreements typed SUPPORT★ are agreements too; AGREE alone misses them."""
    at = run("pages/timeline.py", params={"types": "agreements"})
    assert any("Showing 3 of 3" in c.value for c in at.caption)
    assert at.multiselect(key="types").value == ["agreements"]
    assert "★ agreements" in " ".join(at.multiselect(key="types").options)
    old_link = run("pages/timeline.py", params={"agree": "true"})  # links from when it was a toggle
    assert any("Showing 3 of 3" in c.value for c in old_link.caption)
    rel = run("pages/relations.py", params={"rtypes": "agreements", "pair": "ISR|MAR"})
    assert rel.multiselect(key="rtypes").value == ["agreements"]


def test_undated_events_are_counted_and_listed_beside_the_timeline(db):
    """The reference article's Algeria → Polisario aid has no date: it is not on the axis,
    and the page says so and lists it."""
    at = run("pages/timeline.py", params={"types": "AID"})
    assert any("Showing 0" in c.value for c in at.caption) or any("No events" in i.value for i in at.info)
    exp = [e for e in at.expander if "without a date" in e.label]
    assert exp and exp[0].label.startswith("1 events")
    assert not exp[0].dataframe  # listed once opened
    at.session_state["undated_open"] = True
    at.run()
    exp = [e for e in at.expander if "without a date" in e.label]
    listed = exp[0].dataframe[0].value
    assert list(listed["type"]) == ["AID"] and "الجزائر" in listed["sentence"].iloc[0]


def test_relations_ego_view_and_top_n_say_what_they_show(db):
    at = run("pages/relations.py", params={"focus": "MAR"})
    assert at.selectbox(key="focus").value == "MAR"
    assert any("of" in c.value and "actors shown" in c.value for c in at.caption)
    at.selectbox(key="focus").set_value("").run()
    at.slider(key="top_n").set_value(3).run()
    assert any(c.value.startswith("3 of ") and "actors shown" in c.value for c in at.caption)


def test_a_pair_can_be_chosen_from_either_chart_after_the_other(db):
    """After a click on the matrix, a click on the network still changes the pair."""
    at = run("pages/relations.py")
    at.session_state["matrix_chart"] = {"selection": {"points": [{"customdata": ["pair", "DZA", "MAR"]}]}}
    at.run()
    assert at.selectbox(key="pair").value == "DZA|MAR"
    at.session_state["net_chart"] = {"selection": {"points": [{"customdata": ["pair", "ISR", "MAR"]}]}}
    at.run()
    assert at.selectbox(key="pair").value == "ISR|MAR"
    at.run()  # the old matrix click does not take it back
    assert at.selectbox(key="pair").value == "ISR|MAR"


def test_relations_pair_lists_its_events(db):
    at = run("pages/relations.py", params={"pair": "ISR|MAR"})
    assert not at.exception
    assert any("المغرب" in m.value for m in at.markdown)
    assert len(at.get("plotly_chart")) == 2  # network and matrix; the map is drawn once opened
    at.session_state["map_open"] = True
    at.run()
    assert len(at.get("plotly_chart")) == 3


def test_entities_search(db):
    at = run("pages/entities.py")
    at.text_input(key="q").input("الجزائر").run()
    assert not at.exception
    df = at.dataframe[0].value
    assert "DZA" in set(df["entity_id"])


def test_arabic_switch_turns_layout_rtl(db):
    at = run(params={"lang": "العربية"})
    assert "direction: rtl" in html_of(at)
    assert at.title[0].value == "عدسة الأخبار"


def test_library_lists_examples_and_protects_them(db):
    at = run("pages/library.py")
    df = at.dataframe[0].value
    assert len(df) >= 9 and df["public"].all()


def test_entity_from_url_shows_cooccurrences(db):
    at = run("pages/entities.py", params={"entity": "MAR"})
    assert any("Morocco" in s.value for s in at.subheader)
    assert len(at.dataframe) == 3


def test_titles_cannot_inject_markdown_links(db):
    a = reference_analysis(REFERENCE + "\nنسخة خاصة")  # not the public example (that would be reused)
    a.meta["title"] = "[click](javascript:alert(1)) ![x](http://tracker/p.png)"
    aid, _ = Store(db).save(a, owner="x")
    at = run(params={"article": aid})
    sub = at.subheader[0].value
    assert "\\[click\\]" in sub and "\\!\\[x\\]" in sub


def test_upload_limit_of_the_app_matches_ingest():
    import tomllib

    from core.ingest import MAX_BYTES

    cfg = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert cfg["server"]["maxUploadSize"] * 1024 * 1024 == MAX_BYTES
    assert cfg["server"]["enableStaticServing"] is True
    assert {f["url"].split("/")[-1] for f in cfg["theme"]["fontFaces"]} <= {p.name for p in (ROOT / "static").iterdir()}


def test_time_span_falls_back_to_time_expressions(db):
    a = reference_analysis(REFERENCE + "\nنسخة خاصة")
    a.events = []
    aid, _ = Store(db).save(a, owner="x")
    at = run(params={"article": aid})
    spans = {m.label: m.value for m in at.metric}
    assert spans["Events"] == "0" and spans["Time span"] == "2020–2023"


def test_the_arabic_interface_names_types_and_dates_in_arabic(db):
    at = run("pages/timeline.py", params={"lang": "العربية", "types": "AGREE"})
    table = at.dataframe[0].value
    assert set(table["type"]) == {"اتفاق"} and any("2020" in d and "أواخر" in d for d in table["date_label"])
    assert at.multiselect(key="types").value == ["AGREE"]  # the URL and the filter keep the code
    assert "اتفاق" in at.multiselect(key="types").options
    ents = run("pages/entities.py", params={"lang": "العربية"})
    assert "دولة" in set(ents.dataframe[0].value["type"])


def test_a_visitor_over_the_hourly_limit_is_told_and_nothing_is_half_stored(db, monkeypatch):
    from pages._common import quota_gate

    monkeypatch.setenv("AKHBAR_QUOTA_ARTICLES_PER_HOUR", "1")
    quota_gate.clear()  # the limits are read when the process's gate is made
    try:
        at = run()
        before = Store(db).count(at.session_state["owner"])
        at.text_area(key="paste").input(REFERENCE + "\nنسخة أولى")
        at.button[0].click().run()
        assert not at.error and "article" in at.query_params
        at.text_area(key="paste").input(REFERENCE + "\nنسخة ثانية")
        at.button[0].click().run()
        shown = " ".join(e.value for e in at.error)
        assert "at most 1 new articles an hour" in shown and "try again in" in shown
        assert Store(db).count(at.session_state["owner"]) == before + 1  # the second was neither analysed nor stored
        at.text_area(key="paste").input(REFERENCE + "\nنسخة أولى")  # a text the visitor has costs nothing
        at.button[0].click().run()
        assert not at.error
    finally:
        quota_gate.clear()


def test_the_shipped_config_does_not_watch_the_disk():
    """A deployment next to a virtual environment must not watch it (inotify overflows);
    developers turn watching on with --server.fileWatcherType auto (README)."""
    import tomllib

    conf = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert conf["server"]["fileWatcherType"] == "none"
    assert {".venv", "venv"} <= set(conf["server"]["folderWatchBlacklist"])


def test_a_query_over_the_time_limit_gives_a_message_not_an_error(db, monkeypatch):
    from core.store.store import QueryTimeLimit
    from pages._common import _open_store

    def too_slow(self, *a, **k):
        raise QueryTimeLimit(10_000)

    monkeypatch.setattr(Store, "list_articles", too_slow)  # the first page's examples ask for articles
    _open_store.clear()
    at = AppTest.from_file(APP, default_timeout=30)  # only the first page runs inside app.py's boundary here
    at.run()
    assert not at.exception
    assert any("longer than 10 s" in w.value for w in at.warning)


def test_clicking_an_event_row_highlights_its_sentence(db):
    aid, _ = Store(db).save(reference_analysis(REFERENCE + "\nنسخة للتمييز"), owner="someone")
    at = run(params={"article": aid})
    marked = re.compile(r'<span class="[^"]*\bal-focus\b[^"]*"[^>]*>([^<]*)</span>')
    assert not marked.findall(html_of(at))
    at.session_state[f"events_{aid}"] = {"selection": {"rows": [0], "columns": []}}
    at.run()
    page = html_of(at)
    first = reference_analysis(REFERENCE).events[0].sentence
    assert "".join(marked.findall(page)).replace("&quot;", '"') in first and len(marked.findall(page)) > 3
    assert "scrollIntoView" in page


def test_a_corrected_event_is_marked_on_the_timeline(db):
    """The Timeline lists the corrected view, and says which events an analyst changed."""
    from core.corrections import Correction, event_key

    store = Store(db)
    a = reference_analysis(REFERENCE + "\nنسخة مصححة")
    aid, _ = store.save(a, owner="analyst")
    first = store.get(aid).analysis.events[0]
    store.add_corrections(aid, [Correction("event_type", event_key(first), first.type, "COOPERATE")], "analyst")
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    at.session_state["owner"] = "analyst"
    at.switch_page("pages/timeline.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert "fix" in table.columns and table["fix"].astype(str).str.startswith("✎").sum() == 1
