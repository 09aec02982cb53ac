"""Two spellings of one entity across a visitor's library (the Entities page's merge):
kept as an alias in the store, applied to every article of theirs now and later, on
SQLite and PostgreSQL; public articles are left as they are."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from streamlit.testing.v1 import AppTest

from core.model import Actor, Analysis, Entity, Event, Mention, Trigger
from core.store import Filters, Store
from pg import scratch_url


def _article(text_extra: str, person_id: str, person_ar: str, person_en: str) -> Analysis:
    """An article where a person (in one of two spellings) meets Morocco."""
    text = f"التقى {person_ar} وزير خارجية المغرب في الرباط {text_extra}"
    s = text.index(person_ar)
    m = text.index("المغرب")
    ents = [Entity(person_id, "PERSON", person_en, person_ar, "ISR", [Mention(person_ar, s, s + len(person_ar))]),
            Entity("MAR", "COUNTRY", "Morocco", "المغرب", "MAR", [Mention("المغرب", m, m + 6)])]
    ev = Event("CONSULT", [person_id, "MAR"], False, Trigger("التقى", 0, 5), text, 0)
    return Analysis(text=text, entities=ents, events=[ev],
                    actors={person_id: Actor(person_id, person_en, person_ar, "PERSON", "ISR"),
                            "MAR": Actor("MAR", "Morocco", "المغرب", "COUNTRY", "MAR")})


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path) -> Iterator[Store]:
    if request.param == "sqlite":
        yield Store(f"sqlite:///{tmp_path / 'alias.db'}")
        return
    for url in scratch_url():
        s = Store(url)
        yield s
        s.engine.dispose()


def _people(store: Store, viewer: str) -> set[str]:
    df, _ = store.entity_table(viewer, types=("PERSON",))
    return set(df["entity_id"])


def test_a_merge_applies_to_every_own_article_now_and_later_and_leaves_public_ones(store):
    a1, _ = store.save(_article("أمس", "dror-shalom", "درور شالوم", "Dror Shalom"), owner="v")
    a2, _ = store.save(_article("اليوم", "dror-shlom", "درور شلوم", "Dror Shlom"), owner="v")
    pub, _ = store.save(_article("قبل عام", "dror-shlom", "درور شلوم", "Dror Shlom"), public=True)
    assert _people(store, "v") == {"dror-shalom", "dror-shlom"}

    changed, public = store.merge_entities("dror-shlom", "dror-shalom", "v")
    assert (changed, public) == (1, 1)
    assert _people(store, "v") == {"dror-shalom", "dror-shlom"}  # the public article keeps its spelling
    ev = store.events(Filters(article_id=a2), "v")[0]
    assert "|dror-shalom|" in ev["actor_ids"].iloc[0] and "dror-shlom" not in ev["actor_ids"].iloc[0]
    assert store.get(a2).analysis.entity("dror-shalom").name_ar == "درور شالوم"  # the canonical name
    assert store.get(a2).analysis.entity("dror-shalom").mentions[0].text == "درور شلوم"  # its own spelling
    assert store.original(a2).entity("dror-shlom") is not None  # the extraction itself is untouched

    a3, _ = store.save(_article("غدا", "dror-shlom", "درور شلوم", "Dror Shlom"), owner="v")  # stored later
    assert store.get(a3).analysis.entity("dror-shlom") is None
    assert store.get(a3).analysis.entity("dror-shalom") is not None
    assert store.get(pub).analysis.entity("dror-shlom") is not None
    other, _ = store.save(_article("للآخر", "dror-shlom", "درور شلوم", "Dror Shlom"), owner="w")
    assert store.get(other).analysis.entity("dror-shlom") is not None  # another visitor's library is theirs


def test_merging_into_an_entity_the_article_also_names_joins_them(store):
    a = _article("أمس", "dror-shalom", "درور شالوم", "Dror Shalom")
    extra = " وقال درور شلوم إن"
    a.text += extra
    s = a.text.index("درور شلوم")
    a.entities.append(Entity("dror-shlom", "PERSON", "Dror Shlom", "درور شلوم", "ISR",
                             [Mention("درور شلوم", s, s + len("درور شلوم"))]))
    aid, _ = store.save(a, owner="v")
    store.merge_entities("dror-shlom", "dror-shalom", "v")
    people = [e for e in store.get(aid).analysis.entities if e.type == "PERSON"]
    assert [e.id for e in people] == ["dror-shalom"] and len(people[0].mentions) == 2


def test_the_entities_page_merges_a_selected_entity(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'page.db'}"
    monkeypatch.setenv("AKHBAR_DB_URL", url)
    store = Store(url)
    store.load_samples(lambda text, published=None, meta=None: Analysis(text=text, meta=dict(meta or {})))
    store.save(_article("أمس", "dror-shalom", "درور شالوم", "Dror Shalom"), owner="v")
    a2, _ = store.save(_article("اليوم", "dror-shlom", "درور شلوم", "Dror Shlom"), owner="v")
    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "app.py"), default_timeout=30)
    at.run()
    at.session_state["owner"] = "v"
    at.switch_page("pages/entities.py")
    at.session_state["entity"] = "dror-shlom"
    at.run()
    assert not at.exception
    at.selectbox(key="merge_into").set_value("dror-shalom").run()
    at.button(key="merge_go").click().run()
    assert not at.exception
    assert any("1" in s.value for s in at.success)
    assert Store(url).get(a2).analysis.entity("dror-shalom") is not None
