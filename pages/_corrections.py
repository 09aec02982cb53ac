"""The Analyse page's corrections: compact forms for the owner of an article, the marker
column and the extraction as it was for everybody who opens a corrected article.

What a form means as corrections is decided in ``core.corrections``; this module only
reads widgets, hands them over, and draws the result.
"""
from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from core.charts import type_label
from core.corrections import (
    ACTIVE,
    STALE,
    Correction,
    CorrectionError,
    boundary_change,
    entity_changes,
    event_changes,
    event_key,
    sentence_spans,
    time_change,
    time_key,
)
from core.model import ENTITY_TYPES, EVENT_TYPES, TIME_MODS, Analysis
from core.store import ArticleRecord, NotEditable, Store, entities_frame, events_frame
from pages._common import T, lang, md

NONE = "—"


def marker(kinds: object) -> str:
    """'✎ type, actors': what a corrected row's correction kinds read as (empty when none)."""
    if not isinstance(kinds, str) or not kinds:
        return ""
    return "✎ " + ", ".join(T(f"fix_{k}") for k in kinds.split(","))


def _name(a: Analysis, actor_id: str) -> str:
    e = a.entity(actor_id)
    if e is not None:
        return (e.name_ar or e.name) if lang() == "ar" else (e.name or e.name_ar)
    return a.actor_name(actor_id, lang())


def _event_label(a: Analysis, i: int) -> str:
    ev = a.events[i]
    sep = " → " if ev.directed else " – "
    return (f"{i + 1}. {type_label(ev.type, lang())} · {sep.join(_name(a, x) for x in ev.actors)} · "
            f"«{ev.trigger.text}» · {_ltr(ev.date or NONE)}")


def _ltr(code: str) -> str:
    """A date code kept left to right inside Arabic text (2023-01-17 would read 17-01-2023)."""
    return f"\u2066{code}\u2069"


def _entity_label(a: Analysis, entity_id: str) -> str:
    e = a.entity(entity_id)
    return f"{e.name_ar} · {e.name} ({type_label(e.type, lang())})" if e else entity_id


def _actor_ids(a: Analysis) -> list[str]:
    return list(dict.fromkeys([e.id for e in a.entities] + list(a.actors)))


def _picker(label: str, options: list, fmt, name: str, keys: list[str]) -> object:
    """A select box over a list that corrections change (an event retyped or rejected, two
    entities merged). A new list is a new widget, so the browser never holds a choice the
    list lost; the position chosen last is kept (the next event after a rejected one)."""
    last = st.session_state.get(f"{name}_last", 0)
    tag = hashlib.sha1("\n".join(keys).encode("utf-8")).hexdigest()[:10]
    i = st.selectbox(label, range(len(options)), index=min(last, len(options) - 1),
                     format_func=lambda j: fmt(options[j]), key=f"{name}_{tag}")
    st.session_state[f"{name}_last"] = i
    return options[i]


def _save(store: Store, rec: ArticleRecord, fixes: list[Correction], author: str) -> None:
    """Store the corrections and redraw the page with the corrected view."""
    if not fixes:
        st.info(T("fix_nothing"))
        return
    try:
        store.add_corrections(rec.id, fixes, author)
    except (CorrectionError, NotEditable) as e:
        st.error(md(e))
        return
    st.session_state["fix_saved"] = True
    st.rerun()


# --- what everybody sees ------------------------------------------------------------------
def render_marks(store: Store, rec: ArticleRecord) -> None:
    """For a corrected article: how many corrections, and the extraction as it was."""
    if st.session_state.pop("fix_saved", None):
        st.toast(T("fix_saved"), icon=":material/check:")
    if not rec.corrected:
        return
    every = store.corrections(rec.id)
    fixes = [f for f in every if f.status == ACTIVE]
    stale = [f for f in every if f.status == STALE]
    st.caption(T("fix_corrected", n=len(fixes)))
    if stale:  # a re-analysis left their targets out
        st.warning(T("fix_stale", n=len(stale)) + "  \n" + "  \n".join(
            f"{T(f'fix_{f.kind}')}: {md(_short(f.before))} → {md(_short(f.after))}" for f in stale),
            icon=":material/history:")
    if st.toggle(T("fix_show_original"), key=f"fix_original_{rec.id}"):
        original = store.original(rec.id)
        ev = events_frame(original)
        st.dataframe(ev[["date_label", "type", "actors_ar" if lang() == "ar" else "actors", "trigger"]],
                     hide_index=True, width="stretch", column_config={
                         "date_label": T("date"), "type": T("type"), "trigger": T("trigger")})
        st.dataframe(entities_frame(original)[["type", "name", "name_ar", "country"]], hide_index=True,
                     width="stretch", column_config={"type": T("type"), "name": T("name"),
                                                     "name_ar": T("name_ar"), "country": T("country")})


# --- the owner's forms ----------------------------------------------------------------------
def render_forms(store: Store, rec: ArticleRecord, author: str) -> None:
    """The correction forms of an article its visitor owns."""
    # keyed: a choice in a picker reruns the page, and the expander and its tab stay as they were
    with st.expander(T("fix_title"), icon=":material/edit:", key=f"fix_open_{rec.id}", on_change="rerun"):
        tabs = st.tabs([T("events"), T("fix_add_event"), T("entities"), T("times"), T("fix_history")],
                       key=f"fix_tab_{rec.id}", on_change="rerun")
        with tabs[0]:
            _event_form(store, rec, author)
        with tabs[1]:
            _add_event_form(store, rec, author)
        with tabs[2]:
            _entity_form(store, rec, author)
            _new_entity_form(store, rec, author)
        with tabs[3]:
            _time_form(store, rec, author)
        with tabs[4]:
            _history(store, rec, author)


def _event_form(store: Store, rec: ArticleRecord, author: str) -> None:
    a = rec.analysis
    if not a.events:
        st.caption(T("no_events"))
        return
    keys = [event_key(e) for e in a.events]
    i = _picker(T("fix_event"), list(range(len(a.events))), lambda k: _event_label(a, k), f"fix_ev_pick_{rec.id}",
                keys)
    ev = a.events[i]
    tag = f"{rec.id}_{event_key(ev)}"  # another event (or this one changed) gets fresh widgets
    ids = _actor_ids(a)
    with st.form(f"fix_ev_{rec.id}_{event_key(ev)}", border=False):
        st.caption(md(ev.sentence))
        verdict = st.radio(T("fix_verdict"), ["edit", "accept", "reject"], horizontal=True,
                           format_func=lambda v: T(f"fix_verdict_{v}"), key=f"fix_ev_verdict_{tag}")
        c1, c2 = st.columns(2)
        typ = c1.selectbox(T("type"), EVENT_TYPES, index=EVENT_TYPES.index(ev.type) if ev.type in EVENT_TYPES else 0,
                           format_func=lambda t: type_label(t, lang()), key=f"fix_ev_type_{tag}")
        date = c2.text_input(T("date"), value=ev.date or "", placeholder="2023-01-17", key=f"fix_ev_date_{tag}")
        actors = st.multiselect(T("fix_actors"), ids, default=[x for x in ev.actors if x in ids],
                                format_func=lambda x: _name(a, x), key=f"fix_ev_actors_{tag}")
        directed = st.checkbox(T("fix_directed"), value=bool(ev.directed), key=f"fix_ev_dir_{tag}")
        if st.form_submit_button(T("fix_save"), icon=":material/save:", key=f"fix_ev_save_{tag}"):
            if verdict == "reject":
                fixes = [Correction("event_reject", event_key(ev), {"type": ev.type, "actors": ev.actors}, None)]
            else:
                fixes = event_changes(ev, type_=typ, actors=actors, directed=directed, date=date.strip() or None)
                if verdict == "accept":
                    fixes.insert(0, Correction("event_accept", event_key(ev), None, True))
            _save(store, rec, fixes, author)


def _add_event_form(store: Store, rec: ArticleRecord, author: str) -> None:
    a = rec.analysis
    spans = sentence_spans(a)
    ids = _actor_ids(a)
    with st.form(f"fix_add_{rec.id}", border=False):
        k = st.selectbox(T("fix_sentence"), range(len(spans)), index=None, placeholder=T("choose"),
                         format_func=lambda j: a.text[spans[j][0]:spans[j][1]][:160], key=f"fix_add_sentence_{rec.id}")
        c1, c2, c3 = st.columns(3)
        typ = c1.selectbox(T("type"), EVENT_TYPES, format_func=lambda t: type_label(t, lang()),
                           key=f"fix_add_type_{rec.id}")
        trigger = c2.text_input(T("fix_trigger"), key=f"fix_add_trigger_{rec.id}")
        date = c3.text_input(T("date"), placeholder="2023-01-17", key=f"fix_add_date_{rec.id}")
        actors = st.multiselect(T("fix_actors"), ids, format_func=lambda x: _name(a, x), key=f"fix_add_actors_{rec.id}")
        directed = st.checkbox(T("fix_directed"), key=f"fix_add_dir_{rec.id}")
        if st.form_submit_button(T("fix_add"), icon=":material/add:", key=f"fix_add_save_{rec.id}"):
            if k is None:
                st.error(T("fix_pick_sentence"))
                return
            s0, s1 = spans[k]
            _save(store, rec, [Correction("event_add", "", None, {
                "type": typ, "actors": actors, "directed": directed, "date": date.strip() or None,
                "start": s0, "end": s1, "trigger": trigger.strip()})], author)


def _entity_form(store: Store, rec: ArticleRecord, author: str) -> None:
    a = rec.analysis
    ids = [e.id for e in a.entities]
    if not ids:
        return
    eid = _picker(T("fix_entity"), ids, lambda x: _entity_label(a, x), f"fix_ent_pick_{rec.id}", ids)
    e = a.entity(eid)
    with st.form(f"fix_ent_{rec.id}_{eid}", border=False):
        c1, c2, c3, c4 = st.columns(4)
        types = list(ENTITY_TYPES) + ([e.type] if e.type not in ENTITY_TYPES else [])
        typ = c1.selectbox(T("type"), types, index=types.index(e.type), format_func=lambda t: type_label(t, lang()),
                           key=f"fix_ent_type_{rec.id}_{eid}")
        name = c2.text_input(T("name"), value=e.name, key=f"fix_ent_name_{rec.id}_{eid}")
        name_ar = c3.text_input(T("name_ar"), value=e.name_ar, key=f"fix_ent_name_ar_{rec.id}_{eid}")
        country = c4.text_input(T("country"), value=e.country or "", max_chars=3, placeholder="MAR",
                                key=f"fix_ent_country_{rec.id}_{eid}")
        m1, m2, m3 = st.columns(3)
        others = [NONE] + [x for x in ids if x != eid]
        into = m1.selectbox(T("fix_merge"), others, format_func=lambda x: x if x == NONE else _entity_label(a, x),
                            key=f"fix_ent_merge_{rec.id}_{eid}")
        forms = list(dict.fromkeys(m.text for m in e.mentions)) or [NONE]
        mention = m2.selectbox(T("fix_mention"), forms, key=f"fix_ent_mention_{rec.id}_{eid}")
        reads = m3.text_input(T("fix_should_read"), key=f"fix_ent_reads_{rec.id}_{eid}")
        if st.form_submit_button(T("fix_save"), icon=":material/save:", key=f"fix_ent_save_{rec.id}_{eid}"):
            fixes = boundary_change("entity_boundary", eid, mention, reads) if mention != NONE else []
            _save(store, rec, fixes + entity_changes(e, type_=typ, name=name, name_ar=name_ar,
                                                     country=country.strip().upper() or None,
                                                     merge_into=None if into == NONE else into), author)


def _new_entity_form(store: Store, rec: ArticleRecord, author: str) -> None:
    with st.form(f"fix_new_ent_{rec.id}", border=False):
        st.caption(T("fix_new_entity"))
        c1, c2, c3, c4 = st.columns(4)
        name_ar = c1.text_input(T("fix_as_written"), key=f"fix_new_name_ar_{rec.id}")
        name = c2.text_input(T("name"), key=f"fix_new_name_{rec.id}")
        typ = c3.selectbox(T("type"), ENTITY_TYPES, format_func=lambda t: type_label(t, lang()),
                           key=f"fix_new_type_{rec.id}")
        country = c4.text_input(T("country"), max_chars=3, placeholder="MAR", key=f"fix_new_country_{rec.id}")
        if st.form_submit_button(T("fix_add"), icon=":material/add:", key=f"fix_new_save_{rec.id}"):
            _save(store, rec, [Correction("entity_add", "", None, {
                "name_ar": name_ar, "name": name, "type": typ, "country": country.strip().upper() or None})], author)


def _time_form(store: Store, rec: ArticleRecord, author: str) -> None:
    a = rec.analysis
    if not a.times:
        return
    k = _picker(T("fix_time"), list(range(len(a.times))), lambda j: f"{a.times[j].text} → {_ltr(a.times[j].value)}",
                f"fix_time_pick_{rec.id}", [f"{time_key(t)}={t.value}" for t in a.times])
    t = a.times[k]
    tag = f"{rec.id}_{time_key(t)}"
    with st.form(f"fix_time_{rec.id}_{t.start}", border=False):
        c1, c2, c3 = st.columns(3)
        value = c1.text_input(T("value"), value=t.value, key=f"fix_time_value_{tag}")
        mods = [NONE, *TIME_MODS]
        mod = c2.selectbox(T("fix_mod"), mods, index=mods.index(t.mod) if t.mod in mods else 0,
                           key=f"fix_time_mod_{tag}")
        reads = c3.text_input(T("fix_should_read"), value=t.text, key=f"fix_time_reads_{tag}")
        if st.form_submit_button(T("fix_save"), icon=":material/save:", key=f"fix_time_save_{tag}"):
            try:
                fixes = time_change(t, value, None if mod == NONE else mod)
            except CorrectionError as e:
                st.error(md(e))
                return
            # the value first: its target is the span as it stands now
            _save(store, rec, fixes + boundary_change("time_boundary", time_key(t), t.text, reads), author)


def _history(store: Store, rec: ArticleRecord, author: str) -> None:
    """Every correction of the article, and taking one back."""
    fixes = store.corrections(rec.id)
    if not fixes:
        st.caption(T("fix_none_yet"))
        return
    df = pd.DataFrame([{"id": f.id, "created": f.created, "kind": T(f"fix_{f.kind}"),
                        "before": _short(f.before), "after": _short(f.after), "status": T(f"fix_status_{f.status}")}
                       for f in fixes])
    st.dataframe(df, hide_index=True, width="stretch", column_config={
        "id": "#", "created": T("date"), "kind": T("type"), "before": T("fix_before"), "after": T("fix_after"),
        "status": T("fix_status")})
    live = [f.id for f in fixes if f.status != "withdrawn"]
    if not live:
        return
    with st.form(f"fix_withdraw_{rec.id}", border=False):
        cid = st.selectbox(T("fix_withdraw"), live, key=f"fix_withdraw_pick_{rec.id}")
        if st.form_submit_button(T("fix_withdraw_btn"), icon=":material/undo:", key=f"fix_withdraw_save_{rec.id}"):
            try:
                store.withdraw_correction(rec.id, cid, author)
            except NotEditable as e:
                st.error(md(e))
                return
            st.rerun()


def _short(value: object) -> str:
    if value is None:
        return NONE
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, "", []))[:120]
    if isinstance(value, list):
        return " · ".join(map(str, value))
    return str(value)[:120]
