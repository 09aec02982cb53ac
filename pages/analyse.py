"""Analyse: paste or upload an article, see its breakdown; ``?article=<id>`` reopens it."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from core.article_html import article_css, article_windows, highlight_html, legend_html
from core.charts import network_figure, timeline_figure
from core.headline import headline
from core.ingest import IngestError, check_text
from core.store import (
    ArticleNotFound,
    ArticleRecord,
    Filters,
    analysis_csv,
    analysis_workbook,
    entities_frame,
    events_frame,
    pairs_frame,
    times_frame,
)
from pages._common import (
    T,
    analyse_and_save,
    article_url,
    get_store,
    lang,
    link_box,
    localise,
    md,
    read,
    read_files,
    require_app,
    samples_state,
    say,
    viewer,
)
from pages._corrections import marker, render_forms, render_marks

require_app("")

L = lang()
store = get_store()


def analyse_and_store(items: list[dict]) -> tuple[list[str], list[str]]:
    """Analyse article dicts and store them (private to this visitor, within the visitor
    limits); (ids, problems)."""
    return analyse_and_save(store, items, viewer())


def gather_input(text: str, files: list, title: str, source: str, published) -> tuple[list[dict], list[str]]:
    """Article dicts from the form; errors become messages, good items are kept."""
    items, problems = read_files(files)
    if text and text.strip():
        try:
            items.append({"text": check_text(text)})
        except IngestError as e:
            problems.append(say(e))
    for a in items if len(items) == 1 else []:
        a["title"] = title.strip() or a.get("title")
        a["source"] = source.strip() or a.get("source")
        a["published"] = published.isoformat() if published else a.get("published")
    return items, problems


def chosen_sentence(a, evs: pd.DataFrame, key: str) -> tuple[int, int] | None:
    """(start, end) of the sentence of the event row the reader clicked, if any (the
    selection of the events table, kept by Streamlit under ``key``)."""
    rows = ((st.session_state.get(key) or {}).get("selection") or {}).get("rows") or []
    if not rows or rows[0] >= len(evs):
        return None
    e = a.events[int(evs.iloc[rows[0]]["idx"])]
    return e.sentence_start, e.sentence_start + len(e.sentence)


def render_breakdown(rec: ArticleRecord) -> None:
    a = rec.analysis
    st.subheader(md(rec.title or headline(a.text) or rec.id), anchor=False)
    bits = [x for x in (rec.source, rec.published.isoformat() if rec.published else None) if x]
    if bits:
        st.caption(" · ".join(md(b) for b in bits))
    if (a.meta or {}).get("reader"):  # a saved web page: which reader took its text
        st.caption(T("reader", how=md(a.meta["reader"])))
    link_box(article_url(rec.id), T("share"))
    render_marks(store, rec)

    ents = entities_frame(a)
    evs = events_frame(a, article_id=rec.id, title=rec.title)
    by_type = ents["type"].value_counts().to_dict()
    dated = evs.dropna(subset=["date_start"])
    if dated.empty:  # no dated event: the span of the article's dates
        dated = times_frame(a).dropna(subset=["date_start"])
    span = (f"{pd.Timestamp(dated['date_start'].min()).year}–{pd.Timestamp(dated['date_end'].max()).year}"
            if len(dated) else "—")
    c = st.columns(5)
    c[0].metric(T("entities"), len(ents), help=" · ".join(f"{k}: {v}" for k, v in by_type.items()))
    c[1].metric(T("countries"), by_type.get("COUNTRY", 0))
    c[2].metric(T("events"), len(evs), delta=f"{int(evs['agreement'].sum())} {T('agreements')}" if len(evs) else None,
                delta_color="off", delta_arrow="off")
    c[3].metric(T("times"), len(a.times))
    c[4].metric(T("span"), span)
    st.caption(" · ".join(f"{k} {v}" for k, v in by_type.items()))

    focus = chosen_sentence(a, evs, f"events_{rec.id}")
    parts = article_windows(a.text)
    window = None
    if len(parts) > 1:  # a long article is highlighted one part at a time
        p1, p2 = st.columns([1, 4], vertical_alignment="bottom")
        if focus:  # the part that holds the chosen event's sentence
            st.session_state[f"part_{rec.id}"] = next(i for i, (s, e) in enumerate(parts, 1) if s <= focus[0] < e)
        k = p1.number_input(T("part"), min_value=1, max_value=len(parts), value=1, step=1, key=f"part_{rec.id}")
        window = parts[int(k) - 1]
        p2.caption(f"{int(k)} / {len(parts)} · " + T("part_of", a=window[0] + 1, b=window[1], n=len(a.text)))
    st.html(article_css() + legend_html(L) + highlight_html(a, L, window, focus))
    if focus:  # bring the chosen sentence into view
        st.html("<script>setTimeout(() => { const el = document.querySelector('.al-focus');"
                " if (el) el.scrollIntoView({block: 'center', behavior: 'smooth'}); }, 250);</script>",
                unsafe_allow_javascript=True)
    if a.warnings:
        st.warning(" · ".join(say(w) for w in a.warnings), icon=":material/warning:")

    tabs = st.tabs([T("entities"), T("times"), T("events")])
    with tabs[0]:
        # no flag column: a flag is two regional-indicator letters that most machines
        # without an emoji font draw as empty boxes
        ents["country"] = ents["country"].fillna("—")
        ents["fix"] = ents["corrected"].map(marker)
        st.dataframe(localise(ents)[["type", "name", "name_ar", "country", "n_mentions", "fix"]], hide_index=True,
                     width="stretch", column_config={
                         "type": T("type"), "name": T("name"), "name_ar": T("name_ar"),
                         "country": T("country"), "n_mentions": st.column_config.NumberColumn(T("mentions")),
                         "fix": T("fix_col")})
    with tabs[1]:
        tf = times_frame(a)
        tf["fix"] = tf["corrected"].map(marker)
        st.dataframe(localise(tf)[["text", "type", "value", "mod", "label", "date_start", "date_end", "fix"]],
                     hide_index=True, width="stretch", column_config={"text": T("text"), "value": T("value"),
                                                                      "label": T("normalised"), "fix": T("fix_col")})
    with tabs[2]:
        ev = evs.assign(star=["★" if x else "" for x in evs["agreement"]], fix=evs["corrected"].map(marker))
        st.caption(T("event_row_hint"))
        st.dataframe(localise(ev)[["date_label", "type", "star", "actors_ar" if L == "ar" else "actors", "trigger",
                         "sentence", "modality", "fix"]], hide_index=True, width="stretch",
                     key=f"events_{rec.id}", on_select="rerun", selection_mode="single-row",
                     column_config={"date_label": T("date"), "type": T("type"), "star": "★",
                                    "trigger": T("trigger"), "sentence": st.column_config.TextColumn(
                                        T("evidence"), width="large"), "fix": T("fix_col")})
    if store.editable([rec.id], viewer()):
        render_forms(store, rec, viewer())

    left, right = st.columns([3, 2])
    with left:
        st.markdown(f"**{T('timeline')}**")
        st.plotly_chart(timeline_figure(evs, L), key="article_timeline", config={"displaylogo": False})
    with right:
        st.markdown(f"**{T('relations')}**")
        pairs = pairs_frame(a)
        sizes = {e.id: len(e.mentions) for e in a.entities}
        types = {e.id: e.type for e in a.entities} | {k: v.type for k, v in a.actors.items()}
        st.plotly_chart(network_figure(pairs, sizes, types, L, height=420), key="article_network",
                        config={"displaylogo": False})

    st.markdown(f"**{T('downloads')}**")
    d = st.columns(3)
    stem = f"akhbar-{rec.id}"
    # The files are made when pressed; a press re-runs nothing ("ignore"), so the page
    # does not redraw under the reader and the other buttons stay ready.
    d[0].download_button("JSON", lambda: a.to_json(indent=1), f"{stem}.json", "application/json",
                         icon=":material/data_object:", on_click="ignore")
    d[1].download_button("CSV", lambda: analysis_csv(a), f"{stem}-events.csv", "text/csv",
                         icon=":material/table:", on_click="ignore")
    d[2].download_button("Excel", lambda: analysis_workbook(a), f"{stem}.xlsx",
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         icon=":material/grid_on:", on_click="ignore")


@st.fragment(run_every=0.5)
def wait_for_samples() -> None:
    """While the bundled examples are analysed in the background: say so, and redraw the
    page as soon as they are stored (a check of a flag: polling it often costs nothing)."""
    if samples_state() == "loading":
        st.info(T("samples_loading"), icon=":material/hourglass_top:")
    else:
        st.rerun()


def render_welcome() -> None:
    """Before any article is chosen: the bundled examples, and the library's timeline.

    The timeline is a second tab, drawn only when opened: a chart here made every first
    visitor's browser load and run Plotly (4.7 MB of JavaScript, about a second of CPU)
    before the paste box and the examples could be used."""
    if samples_state() == "loading":
        wait_for_samples()
        return
    examples, timeline = st.tabs([T("examples"), T("library_timeline")], key="welcome_tab", on_change="rerun")
    with examples:
        df, _ = read("list_articles", viewer(), limit=9)
        df = df.assign(link=[f"./?article={i}" for i in df["id"]])
        st.dataframe(df[["link", "published", "title"]], hide_index=True, width="stretch",
                     column_config={"link": st.column_config.LinkColumn(T("open"), display_text=T("open"), width="small"),
                                    "title": st.column_config.TextColumn(T("headline"), width="large"),
                                    "published": st.column_config.DateColumn(T("date"))})
    if timeline.open:
        with timeline:
            ev, _ = read("events", Filters(), viewer(), limit=400, dated_only=True)
            st.plotly_chart(timeline_figure(ev, L, height=420), key="welcome_timeline", config={"displaylogo": False})


with st.form("analyse", border=True):
    text = st.text_area(T("paste"), height=180, placeholder=T("paste_ph"), key="paste")
    files = st.file_uploader(T("upload"), accept_multiple_files=True, key="files",
                             type=["txt", "md", "html", "htm", "pdf", "docx", "jsonl", "ndjson", "csv", "json"])
    c1, c2, c3 = st.columns(3)
    title = c1.text_input(T("title"), key="meta_title")
    source = c2.text_input(T("source"), key="meta_source")
    published = c3.date_input(T("published"), value=None, key="meta_published", format="YYYY-MM-DD")
    submitted = st.form_submit_button(T("analyse_btn"), type="primary", icon=":material/search:")

if submitted:
    items, problems = gather_input(text, files, title, source, published)
    for p in problems:
        st.error(p)
    if not items and not problems:
        st.warning(T("empty"))
    if items:
        with st.spinner(T("analysing")):
            ids, refused = analyse_and_store(items)
        for p in refused:
            st.error(p)
        st.session_state["batch_ids"] = ids
        if ids:
            st.query_params["article"] = ids[0]

ids = st.session_state.get("batch_ids") or []
if len(ids) > 1 and submitted:
    st.success(T("stored_n", n=len(ids)))
    for i in ids[:50]:
        st.markdown(f"- [{md(store.get(i).title or i)}]({article_url(i)})")

article_id = st.query_params.get("article")
if article_id:
    try:
        render_breakdown(store.get(article_id))
    except ArticleNotFound:
        st.error(T("not_found"))
elif not submitted:
    render_welcome()
