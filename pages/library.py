"""Library: stored articles, batch upload, delete, re-analyse, export everything."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from core.limits import ArticleTimeout
from pages._common import (
    T,
    analyse_and_save,
    analyse_stoppable,
    article_url,
    current_url,
    get_store,
    lang,
    link_box,
    max_analysis_seconds,
    md,
    narrow,
    public_edits,
    read,
    read_files,
    require_app,
    viewer,
)

require_app("library")

L = lang()
store = get_store()
who = viewer()
PAGE_SIZE = 50
CHUNK = 25

head = st.container()
s1, s2 = st.columns([4, 1])
search = s1.text_input(T("search"), key="lq", bind="query-params")
page = s2.number_input(T("page"), min_value=1, value=1, step=1, key="lpage", bind="query-params")
summary = read("summary", who)
df, total = read("list_articles", who, limit=PAGE_SIZE, offset=(int(page) - 1) * PAGE_SIZE,
                 search=search or None)
df = df.copy()
c = head.columns(3)
c[0].metric(T("n_articles"), summary["articles"])
c[1].metric(T("events"), summary["events"])
c[2].metric(T("span"), f"{summary['first'].year}–{summary['last'].year}" if summary["first"] else "—")

df["link"] = [f"./?article={i}" for i in df["id"]]
# an article without a date or a source shows an empty cell, not the word "None"
df["published"] = ["" if pd.isna(d) else str(d)[:10] for d in df["published"]]
df[["title", "source"]] = df[["title", "source"]].fillna("")
st.caption(T("n_found", n=total))
sel = st.dataframe(
    df[["link", "published", "title"] + ([] if narrow() else ["source", "n_entities", "n_countries", "n_events",
                                                              "n_agreements", "public"])],
    hide_index=True, width="stretch", key="library_table", on_select="rerun", selection_mode="multi-row",
    column_config={"link": st.column_config.LinkColumn(T("open"), display_text=T("open"), width="small"),
                   "published": st.column_config.TextColumn(T("date")),
                   "title": st.column_config.TextColumn(T("headline"), width="large"),
                   "source": T("source_col"), "public": st.column_config.CheckboxColumn(T("public"), width="small"),
                   "n_entities": T("entities"), "n_countries": T("countries"), "n_events": T("events"),
                   "n_agreements": "★"})
chosen = [df.iloc[i]["id"] for i in (sel.selection.rows if sel and sel.selection else [])]
# visitors change only their own articles; a local single-user setup may open everything up
chosen_editable = chosen if public_edits() else get_store().editable(chosen, who)
if chosen and len(chosen_editable) < len(chosen):
    st.caption(T("read_only"))
chosen = chosen_editable
b1, b2, _ = st.columns([1, 1, 3])
if b1.button(T("delete"), disabled=not chosen, icon=":material/delete:"):
    store.delete(chosen)
    st.rerun()
if b2.button(T("reanalyse"), disabled=not chosen, icon=":material/refresh:"):
    bar, status = st.progress(0.0), st.empty()
    for n, aid in enumerate(chosen, 1):  # within the CPU limit and the concurrency bound of any analysis
        rec = store.get(aid)
        meta = {k: v for k, v in (rec.analysis.meta or {}).items()}
        try:
            stale = store.replace_analysis(aid, analyse_stoppable(rec.analysis.text, meta.get("published"), meta,
                                                                  status)[0])
            if stale:  # analysts' corrections the new extraction no longer holds (listed on the article)
                st.warning(f"[{md(rec.title or aid)}]({article_url(aid)}): " + T("fix_stale", n=len(stale)))
        except ArticleTimeout:
            st.warning(T("too_long", name=rec.title or aid, s=max_analysis_seconds()))
        bar.progress(n / len(chosen))
    status.empty()
    st.success(T("done"))

# rerun on toggle: its open state then lives in the session, and the rerun a file upload
# starts draws it open again (tracked only in the browser, it could come back closed)
with st.expander(T("batch"), icon=":material/upload:", key="batch_expander", on_change="rerun"):
    files = st.file_uploader(T("upload"), accept_multiple_files=True, key="batch_files",
                             type=["txt", "md", "html", "htm", "pdf", "docx", "jsonl", "ndjson", "csv", "json"])
    if st.button(T("import"), disabled=not files, type="primary"):
        items, problems = read_files(files)
        # own articles only: public ones (the bundled examples loading in the background)
        # arriving meanwhile are not this import's
        before = store.count_owned(who)
        ids = []
        bar = st.progress(0.0, text=T("analysing"))
        for n in range(0, len(items), CHUNK):  # analyse and store chunk by chunk
            stored, refused = analyse_and_save(store, items[n:n + CHUNK], who, progress=False)
            problems += refused
            ids += stored
            bar.progress(min(1.0, (n + CHUNK) / max(len(items), 1)),
                         text=f"{T('analysing')} {min(n + CHUNK, len(items))}/{len(items)}")
        new = store.count_owned(who) - before
        st.success(T("batch_done", new=new, dup=len(ids) - new))
        for p in problems:
            st.warning(p)

with st.expander(T("export"), icon=":material/download:"):
    if st.button(T("prepare")):
        st.session_state["export_json"] = store.export_json(who)
        st.session_state["export_csv"] = store.export_events_csv(who)
    if "export_json" in st.session_state:
        e1, e2 = st.columns(2)
        e1.download_button("JSON", st.session_state["export_json"], "akhbar-lens-articles.json", "application/json")
        e2.download_button("CSV", st.session_state["export_csv"], "akhbar-lens-events.csv", "text/csv")
link_box(current_url())
