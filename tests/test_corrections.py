"""Analyst corrections: each kind replayed on an extraction, kept as rows beside it, shown
in every table the pages query, kept or listed by a re-run, and exported as gold that
the scorer reads (the corrected view scores 1.00 against its own export).

Built on the hand-made Analysis of the reference article (test_store.reference_analysis),
so nothing here depends on what the extractor finds today.
"""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest
import sqlalchemy as sa

from pg import scratch_url
from test_store import REFERENCE, reference_analysis

from core.corrections import (ACTIVE, STALE, WITHDRAWN, Correction, CorrectionError, apply_corrections,
                              entity_changes, event_changes, event_key, sentence_spans, time_change, time_key,
                              type_cameo)
from core.evaluate import Score, evaluate_paths
from core.gold_export import export_gold, gold_record, write_gold
from core.store import CORRECTION_COLUMNS, Filters, NotEditable, Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        yield Store(f"sqlite:///{tmp_path / 't.db'}")
        return
    for url in scratch_url():
        s = Store(url)
        yield s
        s.engine.dispose()


def _event(a, typ: str, *actors: str):
    return next(e for e in a.events if e.type == typ and e.actors == list(actors))


# --- the replay -------------------------------------------------------------------------
def test_an_event_type_change_retypes_rescales_and_marks_it():
    a = reference_analysis()
    ev = _event(a, "CONSULT", "MAR", "ISR")
    r = apply_corrections(a, event_changes(ev, type_="COOPERATE", actors=ev.actors, directed=False, date=ev.date))
    i = next(i for i, e in enumerate(r.analysis.events) if e.trigger == ev.trigger)
    assert r.analysis.events[i].type == "COOPERATE"
    assert (r.analysis.events[i].cameo, r.analysis.events[i].goldstein) == type_cameo("COOPERATE")
    assert r.analysis.meta["corrections"] == {f"event:{i}": "event_type"}
    assert a.events[1].type == "CONSULT"  # the extraction itself is untouched


def test_actors_direction_and_date_replay_in_order():
    a = reference_analysis()
    ev = _event(a, "SANCTION", "DZA", "MAR")
    fixes = event_changes(ev, type_="SANCTION", actors=["MAR", "DZA"], directed=False, date="2021-08")
    assert [f.kind for f in fixes] == ["event_direction", "event_date", "event_actors"]
    got = _event(apply_corrections(a, fixes).analysis, "SANCTION", "MAR", "DZA")
    assert (got.directed, got.date) == (False, "2021-08")


def test_reject_and_accept():
    a = reference_analysis()
    aid = _event(a, "AID", "DZA", "polisario-front")
    r = apply_corrections(a, [Correction("event_reject", event_key(aid)),
                              Correction("event_accept", event_key(a.events[0]))])
    assert len(r.analysis.events) == len(a.events) - 1
    assert r.analysis.meta["corrections"] == {"event:0": "event_accept"}
    assert not any(rel["source"] == "DZA" and rel["target"] == "polisario-front" for rel in r.analysis.relations)


def test_an_event_added_from_a_sentence_with_a_new_actor():
    a = reference_analysis()
    s0 = REFERENCE.index("وتضمن الاتفاق الأمني")
    s1 = REFERENCE.index(".", s0) + 1
    fixes = [Correction("entity_add", after={"name_ar": "تل أبيب", "name": "Tel Aviv", "type": "PLACE",
                                             "country": "ISR"}),
             Correction("event_add", after={"type": "COOPERATE", "actors": ["MAR", "ISR"], "directed": False,
                                            "date": None, "start": s0, "end": s1, "trigger": "التعاون"})]
    r = apply_corrections(a, fixes)
    new = next(e for e in r.analysis.events if e.sentence_start == s0)
    assert new.trigger.text == "التعاون" and REFERENCE[new.trigger.start:new.trigger.end] == "التعاون"
    tel_aviv = r.analysis.entity("tel-aviv")
    assert tel_aviv and [REFERENCE[m.start:m.end] for m in tel_aviv.mentions] == ["تل أبيب"]
    assert r.analysis.meta["corrections"]["entity:tel-aviv"] == "entity_add"
    assert len(r.stale) == 0


def test_entity_fixes_and_a_merge_repoint_events():
    a = reference_analysis()
    far = a.entity("far")
    fixes = entity_changes(far, type_="ORG", name="Royal Armed Forces of Morocco", name_ar=far.name_ar, country="MAR")
    fixes += entity_changes(a.entity("rabat"), type_="PLACE", name="Rabat", name_ar="الرباط", country="MAR",
                            merge_into="MAR")
    r = apply_corrections(a, fixes)
    assert r.analysis.entity("far").name == "Royal Armed Forces of Morocco"
    assert r.analysis.entity("rabat") is None
    mar = r.analysis.entity("MAR")
    assert {m.text for m in mar.mentions} >= {"المغرب", "الرباط"}
    assert r.analysis.meta["corrections"]["entity:MAR"] == "entity_merge"


def test_a_merge_turns_two_actors_of_one_event_into_one():
    a = reference_analysis()
    r = apply_corrections(a, [Correction("entity_merge", "ISR", "ISR", "MAR")])
    assert all("ISR" not in e.actors for e in r.analysis.events)
    assert any(e.actors == ["MAR"] for e in r.analysis.events)


def test_a_time_value_fix():
    a = reference_analysis()
    t = a.times[2]
    r = apply_corrections(a, time_change(t, "2021-07", None))
    assert r.analysis.times[2].value == "2021-07"
    assert r.analysis.meta["corrections"] == {f"time:{time_key(t)}": "time_value"}
    assert time_change(t, t.value, t.mod) == []
    with pytest.raises(CorrectionError):
        time_change(t, " ", None)


def test_a_correction_whose_target_is_gone_is_stale_and_the_others_still_apply():
    a = reference_analysis()
    fixes = [Correction("event_type", "1-2:AGREE:X|Y", "AGREE", "REJECT"),
             Correction("event_reject", event_key(a.events[0]))]
    r = apply_corrections(a, fixes)
    assert [f.kind for f in r.stale] == ["event_type"] and [f.kind for f in r.applied] == ["event_reject"]


def test_withdrawn_corrections_are_skipped():
    a = reference_analysis()
    r = apply_corrections(a, [Correction("event_reject", event_key(a.events[0]), status=WITHDRAWN)])
    assert len(r.analysis.events) == len(a.events) and "corrections" not in r.analysis.meta


@pytest.mark.parametrize("fix", [
    Correction("event_add", after={"type": "WAR", "actors": ["MAR"], "start": 0, "end": 10}),
    Correction("event_add", after={"type": "AGREE", "actors": ["NOPE"], "start": 0, "end": 10}),
    Correction("event_add", after={"type": "AGREE", "actors": ["MAR"], "start": 0, "end": 10 ** 6}),
    Correction("entity_type", "MAR", "COUNTRY", "NATION"),
    Correction("entity_add", after={"name_ar": "", "type": "ORG"}),
])
def test_bad_corrections_are_refused_with_a_message(fix):
    with pytest.raises(CorrectionError):
        apply_corrections(reference_analysis(), [fix])


def test_an_unknown_kind_is_refused():
    with pytest.raises(CorrectionError, match="unknown correction kind"):
        Correction("event_explode")


# --- the store ----------------------------------------------------------------------------
def test_corrections_are_rows_and_every_query_shows_the_corrected_view(store):
    aid, _ = store.save(reference_analysis(), owner="me")
    view = store.get(aid).analysis
    ev = _event(view, "CONSULT", "MAR", "ISR")
    store.add_corrections(aid, event_changes(ev, type_="COOPERATE", actors=ev.actors, directed=False, date=ev.date),
                          "me")
    rec = store.get(aid)
    assert rec.corrected and any(e.type == "COOPERATE" and e.trigger == ev.trigger for e in rec.analysis.events)
    assert store.original(aid) == reference_analysis()  # never overwritten
    df, _ = store.events(Filters(article_id=aid), "me")
    row = df[df["type"] == "COOPERATE"].iloc[0]
    assert row["corrected"] == "event_type" and df["corrected"].isna().sum() == len(df) - 1
    assert "CONSULT" not in set(df["type"])
    [c] = store.corrections(aid)
    assert (c.kind, c.before, c.after, c.author, c.status) == ("event_type", "CONSULT", "COOPERATE", "me", ACTIVE)
    assert c.created is not None
    exported = json.loads(store.export_json("me"))[0]["analysis"]
    assert "COOPERATE" in {e["type"] for e in exported["events"]}


def test_only_the_owner_corrects_and_public_examples_stay_as_they_are(store):
    mine, _ = store.save(reference_analysis(), owner="me")
    public = store.save_many([reference_analysis(REFERENCE + " ب")], public=True)[0]
    fix = [Correction("event_reject", event_key(reference_analysis().events[0]))]
    for aid, who in ((mine, "you"), (mine, None), (public, "me"), (public, None)):
        with pytest.raises(NotEditable):
            store.add_corrections(aid, fix, who)
    assert store.corrections(mine) == [] and not store.get(public).corrected


def test_a_private_articles_corrections_stay_private(store):
    aid, _ = store.save(reference_analysis(), owner="me")
    store.add_corrections(aid, [Correction("event_reject", event_key(reference_analysis().events[0]))], "me")
    assert store.summary(None)["events"] == 0 and store.summary("you")["events"] == 0
    assert store.summary("me")["events"] == len(reference_analysis().events) - 1
    assert store.export_json("you").strip() == "[\n\n]"


def test_reanalysis_keeps_what_still_applies_and_lists_the_rest(store):
    aid, _ = store.save(reference_analysis(), owner="me")
    a = reference_analysis()
    agree, sanction = a.events[0], _event(a, "SANCTION", "DZA", "MAR")
    store.add_corrections(aid, [Correction("event_type", event_key(agree), "AGREE", "COOPERATE"),
                                Correction("event_date", event_key(sanction), "2021-SU", "2021-08")], "me")
    rerun = reference_analysis()
    rerun.events = [e for e in rerun.events if e.type != "SANCTION"]
    stale = store.replace_analysis(aid, rerun)
    assert [c.kind for c in stale] == ["event_date"]
    assert {c.kind: c.status for c in store.corrections(aid)} == {"event_type": ACTIVE, "event_date": STALE}
    assert store.get(aid).analysis.events[0].type == "COOPERATE"
    again = reference_analysis()
    again.meta = dict(store.get(aid).analysis.meta)  # as the Library passes the view's metadata on
    stale = store.replace_analysis(aid, again)  # the event is back: so is the fix
    assert "corrections" not in store.original(aid).meta
    assert stale == [] and {c.status for c in store.corrections(aid)} == {ACTIVE}
    assert _event(store.get(aid).analysis, "SANCTION", "DZA", "MAR").date == "2021-08"


def test_withdrawing_a_correction_restores_the_extraction(store):
    aid, _ = store.save(reference_analysis(), owner="me")
    store.add_corrections(aid, [Correction("event_reject", event_key(reference_analysis().events[0]))], "me")
    [c] = store.corrections(aid)
    with pytest.raises(NotEditable):
        store.withdraw_correction(aid, c.id, "you")
    store.withdraw_correction(aid, c.id, "me")
    assert store.get(aid).analysis.events == reference_analysis().events
    assert [x.status for x in store.corrections(aid)] == [WITHDRAWN] and store.corrected_ids() == []


def test_summaries_follow_corrections(store):
    aid, _ = store.save(reference_analysis(), owner="me")
    store.add_corrections(aid, [Correction("entity_merge", "rabat", "rabat", "MAR")], "me")
    ents, _ = store.entity_table("me", "", (), limit=100)
    assert "rabat" not in set(ents["entity_id"])
    before = store.entity_table("me", "", (), limit=100)[0]
    store.rebuild_summaries()
    after = store.entity_table("me", "", (), limit=100)[0]
    assert before.equals(after)


def test_deleting_an_article_deletes_its_corrections(store):
    aid, _ = store.save(reference_analysis(), owner="me")
    store.add_corrections(aid, [Correction("event_reject", event_key(reference_analysis().events[0]))], "me")
    store.delete(aid)
    with store.engine.connect() as c:
        assert c.execute(sa.text("SELECT count(*) FROM corrections")).scalar() == 0


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
    else:
        yield from scratch_url()


def test_a_schema_6_store_gains_corrections(empty_db):
    """A store made before corrections (made now, then stripped of what schema 7 added):
    its articles stay, the new columns and table come, and corrections work."""
    old = Store(empty_db)
    aid, _ = old.save(reference_analysis(), owner="alice")
    with old.engine.begin() as c:
        c.execute(sa.text("DROP TABLE corrections"))
        for table, column, _ in CORRECTION_COLUMNS:
            c.execute(sa.text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        c.execute(sa.text("UPDATE store_meta SET value = 6 WHERE key = 'schema'"))
    old.engine.dispose()
    store = Store(empty_db)
    assert store.get(aid).analysis == reference_analysis()
    store.add_corrections(aid, [Correction("event_reject", event_key(reference_analysis().events[0]))], "alice")
    assert len(store.get(aid).analysis.events) == len(reference_analysis().events) - 1
    df, _ = store.events(Filters(article_id=aid), "alice")
    assert len(df) == len(reference_analysis().events) - 1


# --- the gold export -----------------------------------------------------------------------
def _score(paths, analysis) -> Score:
    return evaluate_paths(paths, extract=lambda text, published: analysis.to_dict())


def _f1s(score: Score) -> tuple[float, float, float]:
    return (Score.total(score.entities).f1, score.times.f1 * score.time_accuracy, Score.total(score.events).f1)


def test_the_corrected_view_scores_one_against_its_own_export(store, tmp_path):
    aid, _ = store.save(reference_analysis(), owner="me")
    a = store.get(aid).analysis
    ev = _event(a, "CONSULT", "MAR", "ISR")
    s0 = REFERENCE.index("وتضمن الاتفاق الأمني")
    store.add_corrections(aid, [
        *event_changes(ev, type_="COOPERATE", actors=ev.actors, directed=False, date=ev.date),
        Correction("event_add", after={"type": "COOPERATE", "actors": ["MAR", "ISR"], "directed": False,
                                       "start": s0, "end": REFERENCE.index(".", s0) + 1}),
        Correction("entity_merge", "rabat", "rabat", "MAR")], "me")
    paths = export_gold(store, tmp_path / "gold")
    assert [p.name for p in paths] == [f"article-{aid}.json"]
    assert (tmp_path / "gold" / f"article-{aid}.txt").read_text(encoding="utf-8") == REFERENCE
    assert _f1s(_score(paths, store.get(aid).analysis)) == (1.0, 1.0, 1.0)
    assert _f1s(_score(paths, store.original(aid)))[2] < 1.0


def test_gold_records_follow_the_schema():
    a = reference_analysis()
    a.events[0].modality = "planned"
    a.events[1].actors = ["MAR", "EGY"]  # an actor that is no entity of the text
    g = gold_record(a, "x", published="2023-01-17")
    assert set(g) == {"id", "source", "url", "published", "entities", "times", "events"}
    assert g["events"][0]["optional"] and not g["events"][2]["optional"]
    egy = next(e for e in g["entities"] if e["id"] == "EGY")
    assert egy["mentions"] == [] and egy["optional"] and egy["type"] == "COUNTRY"
    assert all(a.text[t["start"]:t["start"] + len(t["text"])] == t["text"] for t in g["times"])
    assert all(m in a.text for e in g["entities"] for m in e["mentions"])
    assert all(e["evidence"] in a.text for e in g["events"])


def test_export_gold_command_writes_what_the_scorer_reads(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    store = Store(url)
    aid, _ = store.save(reference_analysis(), owner="me")
    store.add_corrections(aid, [Correction("event_reject", event_key(reference_analysis().events[0]))], "me")
    store.save(reference_analysis(REFERENCE + " ب"), owner="me")  # not corrected: not exported
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "core", "export-gold", "--store", url, "--out", str(out)], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "1 corrected articles" in r.stdout and len(list(out.glob("*.json"))) == 1
    gold = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert len(gold["events"]) == len(reference_analysis().events) - 1 and gold["published"] == "2023-01-17"
    r = subprocess.run([sys.executable, "-m", "core", "export-gold", "--store", url, "--out", str(out),
                        "--article", "nope"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 2 and "no article with id 'nope'" in r.stderr


def test_write_gold_keeps_the_text_byte_for_byte(tmp_path):
    a = reference_analysis(REFERENCE.replace("\n", "\r\n", 1))
    write_gold(tmp_path, "crlf", a)
    assert (tmp_path / "crlf.txt").read_bytes().decode("utf-8") == a.text


# --- the Analyse page (AppTest) ---------------------------------------------------------------
OWNER = "owner-token-0123456789"


@pytest.fixture()
def app_db(store, monkeypatch) -> Iterator[Store]:
    """The store the app opens, with the extraction replaced by the hand-made analysis."""
    import core

    def fake_analyze(text, published=None, meta=None):
        a = reference_analysis(text)
        a.meta = dict(meta or {})
        return a

    monkeypatch.setattr(core, "analyze", fake_analyze)
    monkeypatch.setenv("AKHBAR_DB_URL", store.url)
    store.load_samples(fake_analyze)
    yield store
    from pages._common import _open_store

    _open_store.clear()


def _open(article_id: str, owner: str | None = None):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    if owner:
        at.session_state["owner"] = owner
    at.query_params["article"] = article_id
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _pick(at, label: str, position: int) -> None:
    """Choose in a picker (its key changes with the list it offers) by position."""
    next(s for s in at.selectbox if s.label == label).set_value(position).run()


def _entity_at(store: Store, aid: str, entity_id: str) -> int:
    return [e.id for e in store.get(aid).analysis.entities].index(entity_id)


def _submit(at, key: str):
    at.button(key=key).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_owner_retypes_an_event_and_everybody_sees_the_mark(app_db):
    aid, _ = app_db.save(reference_analysis(REFERENCE + "\nنسخة خاصة"), owner=OWNER)
    at = _open(aid, OWNER)
    consult = next(i for i, e in enumerate(app_db.get(aid).analysis.events) if e.type == "CONSULT")
    _pick(at, "Event", consult)
    tag = f"{aid}_{event_key(app_db.get(aid).analysis.events[consult])}"
    at.selectbox(key=f"fix_ev_type_{tag}").set_value("COOPERATE")
    _submit(at, f"fix_ev_save_{tag}")
    assert app_db.get(aid).analysis.events[consult].type == "COOPERATE"
    assert [c.kind for c in app_db.corrections(aid)] == ["event_type"]
    other = _open(aid, "another-visitor-token-99")  # the share link, another visitor
    assert not [b for b in other.button if str(b.key or "").startswith("fix_")]
    assert any("Corrected by its analyst (1 corrections)" in c.value for c in other.caption)
    other.toggle(key=f"fix_original_{aid}").set_value(True).run()
    assert not other.exception


def test_the_owner_adds_an_event_merges_entities_and_fixes_a_time(app_db):
    aid, _ = app_db.save(reference_analysis(REFERENCE + "\nنسخة خاصة"), owner=OWNER)
    at = _open(aid, OWNER)
    n = len(app_db.get(aid).analysis.events)
    at.selectbox(key=f"fix_add_sentence_{aid}").set_value(len(sentence_spans(app_db.get(aid).analysis)) - 2)
    at.selectbox(key=f"fix_add_type_{aid}").set_value("COOPERATE")
    at.multiselect(key=f"fix_add_actors_{aid}").set_value(["MAR", "ISR"])
    _submit(at, f"fix_add_save_{aid}")
    assert len(app_db.get(aid).analysis.events) == n + 1
    _pick(at, "Entity", _entity_at(app_db, aid, "rabat"))
    at.selectbox(key=f"fix_ent_merge_{aid}_rabat").set_value("MAR")
    _submit(at, f"fix_ent_save_{aid}_rabat")
    assert app_db.get(aid).analysis.entity("rabat") is None
    tag = f"{aid}_{time_key(app_db.get(aid).analysis.times[0])}"
    at.text_input(key=f"fix_time_value_{tag}").input("2023-01-18")
    _submit(at, f"fix_time_save_{tag}")
    assert app_db.get(aid).analysis.times[0].value == "2023-01-18"
    assert [c.kind for c in app_db.corrections(aid)] == ["event_add", "entity_merge", "time_value"]
    first = app_db.corrections(aid)[0].id
    at.selectbox(key=f"fix_withdraw_pick_{aid}").set_value(first)
    _submit(at, f"fix_withdraw_save_{aid}")
    assert len(app_db.get(aid).analysis.events) == n


def test_public_examples_offer_no_corrections(app_db):
    public = app_db.list_articles(None, limit=1)[0]["id"][0]
    at = _open(public, OWNER)
    assert not [b for b in at.button if str(b.key or "").startswith("fix_")]


def test_a_bad_value_is_a_message_not_a_traceback(app_db):
    aid, _ = app_db.save(reference_analysis(REFERENCE + "\nنسخة خاصة"), owner=OWNER)
    at = _open(aid, OWNER)
    at.selectbox(key=f"fix_add_type_{aid}").set_value("AGREE")
    _submit(at, f"fix_add_save_{aid}")  # no sentence chosen
    assert any("Choose the sentence first" in e.value for e in at.error)
    at.selectbox(key=f"fix_add_sentence_{aid}").set_value(0)
    _submit(at, f"fix_add_save_{aid}")  # no actors
    assert any("at least one actor" in e.value for e in at.error)
    assert app_db.corrections(aid) == []


# --- the round trip: corrections teach the role model -----------------------------------------
# "حصلت X على مساعدات من Y" (X got aid from Y) is Y's aid to X; the role model, which decides
# direction, has read such constructions with the recipient, standing first, as the giver.
# An analyst who turns these events round in ten articles (or adds the event where the model
# read no pair) should teach it the construction, by a clear margin (with six, the right pair
# came first by a hair).
# The round trip needs one the shipped model still gets wrong (the receiving verbs a rule
# already reads are skipped); once it reads them all, add a construction it does not.
_DONORS = [("الأردن", "السعودية", "اقتصادية", "الشهر الماضي"), ("تونس", "فرنسا", "مالية", "هذا الأسبوع"),
           ("لبنان", "قطر", "إنسانية", "يوم الخميس"), ("المغرب", "الإمارات", "مالية", "يوم الجمعة"),
           ("العراق", "الكويت", "مالية", "يوم السبت"), ("ليبيا", "إيطاليا", "مالية", "هذا الشهر"),
           ("اليمن", "اليابان", "غذائية", "يوم الاثنين"), ("السودان", "ألمانيا", "إنسانية", "يوم الثلاثاء"),
           ("سوريا", "تركيا", "طبية", "الأسبوع الماضي"), ("موريتانيا", "إسبانيا", "مالية", "يوم الأربعاء")]
_RECEIVING = ["حصلت {r} على مساعدات {k} من {d} {w}.", "تسلمت {r} مساعدات {k} من {d} {w}.",
              "تلقت {r} مساعدات {k} من {d} {w}."]
RECEIVED = [[c.format(r=r, d=d, k=k, w=w) for r, d, k, w in _DONORS] for c in _RECEIVING]
UNSEEN = [c.format(r="مصر", d="الولايات المتحدة", k="عسكرية", w="يوم الأحد") for c in _RECEIVING]


def _train(tmp_path: Path, name: str, *gold_dirs: Path) -> object:
    """The role model as scripts/train_event_roles.py makes it from these folders."""
    from core.events import learned

    out = tmp_path / f"{name}.json"
    extra = [arg for d in gold_dirs for arg in ("--gold", str(d))]  # added to the shipped training data
    r = subprocess.run([sys.executable, "scripts/train_event_roles.py", *extra, "--out", str(out)], cwd=ROOT,
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    return learned.load_model(out)


def _aid_actors(text: str) -> list[list[str]]:
    from core import analyze

    return [e.actors for e in analyze(text, "2024-03-01").events if e.type == "AID"]


def _aid_pair_odds(model, text: str) -> dict[tuple[str, str], float]:
    """The model's probability of each ordered pair of actors of the text's AID triggers."""
    from core import analyze
    from core.events import learned

    with learned.collecting() as bag:
        analyze(text, "2024-03-01")
    return {(c.source, c.target): 1 / (1 + math.exp(-(model.bias + model.score(c.feats))))
            for _, _, typ, cands in bag if typ == "AID" for c in cands}


def test_exported_corrections_retrain_the_role_model(tmp_path):
    from core import analyze
    from core.events import learned

    try:
        base = _train(tmp_path, "shipped-data-only")
        learned.set_model(base)
        wrong = [i for i, text in enumerate(UNSEEN) if _aid_actors(text) != [["USA", "EGY"]]]
        if not wrong:
            pytest.skip("the extractor already reads every construction here; the round trip needs one it gets wrong")
        received, unseen = RECEIVED[wrong[0]], UNSEEN[wrong[0]]
        before = _aid_pair_odds(base, unseen)
        store = Store(f"sqlite:///{tmp_path / 's.db'}")
        for text in received:
            a = analyze(text, "2024-03-01")
            aid, _ = store.save(a, owner="analyst")
            fixes = [f for ev in a.events if ev.type == "AID" and len(ev.actors) == 2
                     for f in event_changes(ev, type_="AID", actors=ev.actors[::-1], directed=True, date=ev.date)]
            if not fixes:  # the model read no pair at all here: the analyst adds the event
                giver, taker = [e.id for e in a.entities if e.type == "COUNTRY"][::-1]
                fixes = [Correction("event_add", after={"type": "AID", "actors": [giver, taker], "directed": True,
                                                        "date": None, "start": 0, "end": len(text)})]
            store.add_corrections(aid, fixes, "analyst")
        gold = tmp_path / "gold"
        assert len(export_gold(store, gold)) == len(received)
        corrected = _train(tmp_path, "with-corrections", gold)
        learned.set_model(corrected)
        assert _aid_actors(unseen) == [["USA", "EGY"]]
        # not by a hair: the right pair rises well and comes clearly before the reversed one
        after, right, reversed_ = _aid_pair_odds(corrected, unseen), ("USA", "EGY"), ("EGY", "USA")
        assert after[right] - before[right] > 0.2, (before, after)
        assert after[right] - after[reversed_] > 0.1, (before, after)
    finally:
        learned.set_model(None)


def test_boundary_fixes_move_a_mention_or_a_time_a_little_and_never_elsewhere():
    a = reference_analysis()
    far = a.entity("far")
    fixes = [Correction("entity_boundary", "far", "القوات المسلحة الملكية", "القوات المسلحة")]
    r = apply_corrections(a, fixes)
    assert {m.text for m in r.analysis.entity("far").mentions} == {"القوات المسلحة"}
    assert all(REFERENCE[m.start:m.end] == m.text for m in r.analysis.entity("far").mentions)
    assert len(r.analysis.entity("far").mentions) == len(far.mentions)
    t = next(t for t in a.times if t.text == "أواخر العام 2020")
    r = apply_corrections(a, [Correction("time_boundary", time_key(t), t.text, "العام 2020")])
    moved = next(x for x in r.analysis.times if x.value == "2020")
    assert moved.text == "العام 2020" and REFERENCE[moved.start:moved.end] == "العام 2020"
    both = apply_corrections(a, [*time_change(t, "2020-Q4", None),
                                 Correction("time_boundary", time_key(t), t.text, "العام 2020")])
    assert both.analysis.meta["corrections"] == {f"time:{moved.start}-{moved.end}": "time_boundary,time_value"}
    r = apply_corrections(a, [Correction("time_boundary", time_key(t), t.text, "الولايات المتحدة")])
    assert len(r.stale) == 1  # far from the expression: not a boundary


def test_boundaries_are_fixed_from_the_forms(app_db):
    aid, _ = app_db.save(reference_analysis(REFERENCE + "\nنسخة خاصة"), owner=OWNER)
    at = _open(aid, OWNER)
    _pick(at, "Entity", _entity_at(app_db, aid, "far"))
    at.text_input(key=f"fix_ent_reads_{aid}_far").input("القوات المسلحة")
    _submit(at, f"fix_ent_save_{aid}_far")
    assert {m.text for m in app_db.get(aid).analysis.entity("far").mentions} == {"القوات المسلحة"}
    late = next(i for i, t in enumerate(app_db.get(aid).analysis.times) if t.text == "أواخر العام 2020")
    _pick(at, "Time expression", late)
    tag = f"{aid}_{time_key(app_db.get(aid).analysis.times[late])}"
    at.text_input(key=f"fix_time_reads_{tag}").input("العام 2020")
    _submit(at, f"fix_time_save_{tag}")
    assert app_db.get(aid).analysis.times[late].text == "العام 2020"
    assert [c.kind for c in app_db.corrections(aid)] == ["entity_boundary", "time_boundary"]


def test_the_forms_speak_arabic(app_db):
    from streamlit.testing.v1 import AppTest

    aid, _ = app_db.save(reference_analysis(REFERENCE + "\nنسخة خاصة"), owner=OWNER)
    app_db.add_corrections(aid, [Correction("event_reject", event_key(reference_analysis().events[0]))], OWNER)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.session_state["owner"] = OWNER
    at.query_params["article"] = aid
    at.query_params["lang"] = "العربية"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(e.label == "صحّح هذا المقال" for e in at.expander)
    assert any("صححه محلله" in c.value for c in at.caption)
    first = event_key(app_db.get(aid).analysis.events[0])
    assert at.button(key=f"fix_ev_save_{aid}_{first}").label == "احفظ التصحيح"


def test_what_an_analyst_types_stays_text(app_db):
    aid, _ = app_db.save(reference_analysis(REFERENCE + "\nنسخة خاصة"), owner=OWNER)
    at = _open(aid, OWNER)
    evil = '<img src=x onerror="alert(1)">'
    _pick(at, "Entity", _entity_at(app_db, aid, "far"))
    at.text_input(key=f"fix_ent_name_{aid}_far").input(evil)
    _submit(at, f"fix_ent_save_{aid}_far")
    assert app_db.get(aid).analysis.entity("far").name == evil
    page = " ".join(getattr(e.proto, "body", "") for e in at.get("html"))
    assert "&lt;img src=x" in page and "<img src=x" not in page


def test_the_page_lists_corrections_a_reanalysis_left_behind(app_db):
    aid, _ = app_db.save(reference_analysis(REFERENCE + "\nنسخة خاصة"), owner=OWNER)
    sanction = _event(reference_analysis(), "SANCTION", "DZA", "MAR")
    app_db.add_corrections(aid, [Correction("event_date", event_key(sanction), "2021-SU", "2021-08")], OWNER)
    rerun = reference_analysis(REFERENCE + "\nنسخة خاصة")
    rerun.events = [e for e in rerun.events if e.type != "SANCTION"]
    app_db.replace_analysis(aid, rerun)
    at = _open(aid, "a-reader-of-the-link-000")
    assert any("1 corrections no longer apply" in w.value and "2021\\-08" in w.value for w in at.warning)


def test_an_entity_named_in_arabic_only_keeps_its_id_from_replay_to_replay():
    a = reference_analysis()
    add = Correction("entity_add", after={"name_ar": "درور شالوم", "type": "PERSON"})
    first = apply_corrections(a, [add]).analysis.entities[-1].id
    code = ("import sys; sys.path[:0] = ['.', 'tests']; from test_store import reference_analysis; "
            "from core.corrections import Correction, apply_corrections; "
            "print(apply_corrections(reference_analysis(), [Correction('entity_add', "
            "after={'name_ar': 'درور شالوم', 'type': 'PERSON'})]).analysis.entities[-1].id)")
    other = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert other.stdout.strip() == first and first.startswith("entity-")


def test_after_a_reject_the_forms_show_the_events_as_they_are(app_db):
    aid, _ = app_db.save(reference_analysis(REFERENCE + "\nنسخة خاصة"), owner=OWNER)
    at = _open(aid, OWNER)
    events = app_db.get(aid).analysis.events
    last = len(events) - 1
    _pick(at, "Event", last)
    tag = f"{aid}_{event_key(events[last])}"
    at.radio(key=f"fix_ev_verdict_{tag}").set_value("reject")
    _submit(at, f"fix_ev_save_{tag}")
    assert len(app_db.get(aid).analysis.events) == last
    shown = next(s for s in at.selectbox if s.label == "Event").value
    ev = app_db.get(aid).analysis.events[shown]
    assert at.selectbox(key=f"fix_ev_type_{aid}_{event_key(ev)}").value == ev.type
