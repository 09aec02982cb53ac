"""Timeline: events of the library on a true date axis, filtered, clickable."""
from __future__ import annotations

import streamlit as st

from core.charts import MAX_STAR_LABELS, opening_window, timeline_figure
from core.model import EVENT_TYPES
from core.store import AGREEMENTS, Filters
from pages._common import (
    T,
    date_bounds,
    lang,
    link_includes,
    localise,
    md,
    narrow,
    read,
    require_app,
    seed_from_url,
    share_view,
    sync_to_url,
    type_label,
    viewer,
)
from pages._corrections import marker

require_app("timeline")

L = lang()
who = viewer()

shared = link_includes()
actors = read("actor_options", who, include=shared)
actor_label = dict(zip(actors["actor_id"], actors["name_ar" if L == "ar" else "name"]))
articles = dict(read("article_options", who, include=shared))

TYPE_CHOICES = list(EVENT_TYPES) + [AGREEMENTS]
if st.query_params.get("agree") == "true":  # links made when agreements were a toggle
    st.query_params["types"] = sorted(set(st.query_params.get_all("types")) | {AGREEMENTS})
    del st.query_params["agree"]
seed_from_url("types", multi=True, valid=TYPE_CHOICES)
seed_from_url("actors", multi=True, valid=actor_label)
seed_from_url("art", valid=articles)
c1, c2, c3 = st.columns([2, 2, 2])
types = c1.multiselect(T("event_types"), TYPE_CHOICES, key="types", placeholder=T("choose"),
                       format_func=type_label)
chosen = c2.multiselect(T("actors"), list(actor_label), format_func=lambda x: actor_label.get(x, x),
                        key="actors", placeholder=T("choose"))
dates = c3.date_input(T("dates"), value=[], key="dates", bind="query-params", format="YYYY-MM-DD")
art = st.selectbox(T("article"), [""] + list(articles), format_func=lambda x: articles.get(x, T("all_articles")),
                   key="art")
sync_to_url("types", types)
sync_to_url("actors", chosen)
sync_to_url("art", art)

d0, d1 = date_bounds(dates)
f = Filters(types=types, actors=chosen, date_from=d0, date_to=d1, article_id=art or None, include=shared)
df, total = read("events", f, who, limit=1500, dated_only=True)
und, undated = read("events", f, who, limit=200, undated_only=True)

if df.empty:
    st.info(T("no_events"))
else:
    earlier = opening_window(df)[1]
    st.caption(" · ".join([T("showing", n=len(df), total=total)] + ([T("before_view", n=earlier)] if earlier else [])
                          + [T("click_hint")]))
    fig = timeline_figure(df, L, max_labels=0 if narrow() else MAX_STAR_LABELS, focus=True)
    sel = st.plotly_chart(fig, key="timeline_chart", on_select="rerun",
                          selection_mode="points", config={"displaylogo": False, "scrollZoom": True})
    points = (sel.selection.points if sel and sel.selection else []) or []
    uids = [p.get("customdata", [None])[0] for p in points if p.get("customdata")]
    picked = df[df["uid"].isin(uids)]
    if len(picked) == 1 and not narrow():  # one event clicked: open its article
        st.switch_page("pages/analyse.py", query_params={"article": picked.iloc[0]["article_id"]})
    # a box or lasso selection, or a tap on a phone (no hover there): the events, each with its link
    for r in localise(picked.head(10)).itertuples():
        with st.container(border=True):
            st.markdown(f"**{r.type}** {'★' if r.agreement else ''} · {r.date_label} · "
                        f"{md(r.actors_ar if L == 'ar' else r.actors)}")
            st.markdown(f"> {md(r.sentence)}")
            st.caption(md(r.title or r.article_id))
            if st.button(T("open_article"), key=f"open_{r.uid}", icon=":material/open_in_new:"):
                st.switch_page("pages/analyse.py", query_params={"article": r.article_id})
    show = df.assign(star=["★" if x else "" for x in df["agreement"]], link=[f"./?article={a}" for a in df["article_id"]],
                     fix=df["corrected"].map(marker))  # an analyst's correction shows where the event is listed
    who_col = "actors_ar" if L == "ar" else "actors"
    cols = ["link", "date_label", "type", "star", who_col] + ([] if narrow() else ["sentence", "title"])
    cols += ["fix"] if show["fix"].astype(bool).any() else []
    st.dataframe(localise(show)[cols], hide_index=True,
                 width="stretch",
                 column_config={"date_label": T("date"), "type": T("type"), "star": "★", who_col: T("actors"),
                                "title": T("headline"), "fix": T("fix_col"),
                                "sentence": st.column_config.TextColumn(T("evidence"), width="large"),
                                "link": st.column_config.LinkColumn(T("open"), display_text=T("open"),
                                                                    width="small")})
# events with no date cannot be placed on the axis: say so, and list them when asked (the
# list is drawn only once the expander is opened: a second table on every load costs the
# visitor's browser a table it rarely shows)
undated_box = st.expander(T("undated", n=undated), icon=":material/event_busy:", key="undated_open",
                          on_change="rerun") if undated else None
if undated_box is not None and undated_box.open:
    with undated_box:
        st.dataframe(localise(und).assign(link=[f"./?article={a}" for a in und["article_id"]])[
                         ["link", "type", "actors_ar" if L == "ar" else "actors", "sentence", "title"]],
                     hide_index=True, width="stretch",
                     column_config={"type": T("type"), "actors_ar" if L == "ar" else "actors": T("actors"),
                                    "title": T("headline"),
                                    "sentence": st.column_config.TextColumn(T("evidence"), width="large"),
                                    "link": st.column_config.LinkColumn(T("open"), display_text=T("open"),
                                                                        width="small")})
share_view(f, total, "timeline", dated=True)
