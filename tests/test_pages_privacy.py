"""Two visitors on one dashboard: private stays private, shared views say what they leave
out, and no page shows a traceback (streamlit.testing AppTest; every AppTest session is a
new visitor with its own owner token)."""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from core.store import Store
from test_pages import REFERENCE, assert_no_page_error, db, html_of, run, shown_links  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("db")


def paste(at, text: str, title: str):
    at.text_area(key="paste").input(text)
    at.text_input(key="meta_title").input(title)
    at.button[0].click().run()
    assert not at.exception
    aid = at.query_params["article"]
    return aid[0] if isinstance(aid, list) else aid


def test_a_text_another_visitor_stored_privately_becomes_the_second_visitors_own_copy(db):
    alice = run()
    a_id = paste(alice, REFERENCE + "\nملاحظة خاصة", "Alice's private notes")
    bob = run()
    b_id = paste(bob, REFERENCE + "\nملاحظة خاصة", "Bob's title")
    assert b_id != a_id
    assert bob.subheader[0].value == "Bob's title"
    assert "Alice" not in " ".join(s.value for s in bob.subheader) + html_of(bob)
    store = Store(db)
    assert store.get(a_id).title == "Alice's private notes" and store.get(b_id).owner != store.get(a_id).owner


def _share_link(at) -> str:
    return next(link for link in shown_links(at) if "seen=" in link)


def test_timeline_link_warns_the_sender_and_tells_the_recipient_what_is_hidden(db):
    sender = run()
    paste(sender, REFERENCE + "\nنسخة خاصة", "private copy")
    sender.switch_page("pages/timeline.py").run()
    assert_no_page_error(sender)
    warning = " ".join(w.value for w in sender.warning)
    assert "come from your private articles" in warning
    shown = next(c.value for c in sender.caption if c.value.startswith("Showing"))
    n_seen = int(shown.split()[3])  # "Showing N of TOTAL events"
    link = _share_link(sender)
    params = parse_qs(urlparse(link).query)
    assert params["seen"] == [str(n_seen)] and "with" not in params

    recipient = run("pages/timeline.py", params={"seen": str(n_seen)})
    info = " ".join(i.value for i in recipient.info)
    assert f"saw {n_seen} events" in info and "not shared with you" in info
    assert not recipient.warning  # the recipient owns nothing private here

    # a changed filter is no longer the sender's view: the notice goes
    recipient.multiselect(key="types").select("AGREE").run()
    assert not any("not shared with you" in i.value for i in recipient.info)


def test_a_link_that_includes_the_private_articles_shows_the_recipient_what_the_sender_saw(db):
    sender = run()
    paste(sender, REFERENCE + "\nنسخة خاصة ثانية", "shared on purpose")
    sender.switch_page("pages/timeline.py").run()
    shown = next(c.value for c in sender.caption if c.value.startswith("Showing"))
    sender.toggle(key="share_include_timeline").set_value(True).run()
    params = parse_qs(urlparse(_share_link(sender)).query)
    assert len(params["with"]) == 1

    recipient = run("pages/timeline.py", params={k: v[0] if len(v) == 1 else v for k, v in params.items()})
    assert next(c.value for c in recipient.caption if c.value.startswith("Showing")) == shown
    assert not any("not shared with you" in i.value for i in recipient.info)
    # without the link the article stays private to its owner
    assert Store(db).count(None) == Store(db).count("nobody")
    other = run("pages/library.py", params={"lq": "shared on purpose"})
    assert any("0 articles" in c.value for c in other.caption)


def test_entities_selection_survives_a_search_with_no_rows_and_a_page_past_the_end(db):
    at = run("pages/entities.py")
    df = at.dataframe[0].value
    algeria = list(df["entity_id"]).index("DZA")
    key = "entity_table:||1"  # the first listing: no search, no type, page 1
    at.session_state[key] = {"selection": {"rows": [algeria], "columns": []}}
    at.run()
    assert_no_page_error(at)
    assert any("Algeria" in s.value for s in at.subheader)
    at.text_input(key="q").input("zzzz").run()
    assert not at.exception
    assert_no_page_error(at)
    assert any("Algeria" in s.value for s in at.subheader)  # still Algeria, not the row now at that place
    at.text_input(key="q").input("").run()
    at.number_input(key="epage").set_value(99).run()
    assert_no_page_error(at)
    assert any("No entities on this page" in i.value for i in at.info)
    assert any("Algeria" in s.value for s in at.subheader)


def test_an_error_inside_a_page_is_a_message_not_a_traceback(db, monkeypatch):
    """app.py runs every page inside one boundary. (Under AppTest only the default page
    runs through app.py's navigation; the others run as legacy page scripts.)"""
    def broken(*a, **k):
        raise IndexError("positional indexer is out-of-bounds")

    monkeypatch.setattr(Store, "get", broken)
    from streamlit.testing.v1 import AppTest

    from test_pages import APP

    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["article"] = "any-article-id"
    at.run()
    assert not at.exception  # caught at the page boundary
    assert any("Something went wrong" in e.value for e in at.error)
    assert "IndexError" not in " ".join(e.value for e in at.error)


def test_visitors_never_see_error_details():
    import tomllib

    from test_pages import ROOT

    cfg = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert cfg["client"]["showErrorDetails"] == "none"
