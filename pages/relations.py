"""Relations: actor network, actor × actor matrix, world map; a pair lists its events."""
from __future__ import annotations

import streamlit as st

from core.charts import among, map_figure, matrix_figure, network_figure, top_actors
from core.model import EVENT_TYPES
from core.store import AGREEMENTS, Filters
from pages._common import (
    T,
    actor_types,
    date_bounds,
    get_store,
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

require_app("relations")

L = lang()
who = viewer()
MAP_CONFIG = {"displaylogo": False, "topojsonURL": "app/static/"}

TYPE_CHOICES = list(EVENT_TYPES) + [AGREEMENTS]
seed_from_url("rtypes", multi=True, valid=TYPE_CHOICES)
c1, c2 = st.columns([3, 2])
types = c1.multiselect(T("event_types"), TYPE_CHOICES, key="rtypes", placeholder=T("choose"),
                       format_func=type_label)
dates = c2.date_input(T("dates"), value=[], key="rdates", bind="query-params", format="YYYY-MM-DD")
sync_to_url("rtypes", types)
d0, d1 = date_bounds(dates)
shared = link_includes()
f = Filters(types=types, date_from=d0, date_to=d1, include=shared)
pairs = read("pairs", f, who)

seed_from_url("pair")
seed_from_url("focus")
# a click on the network or the matrix chooses the pair (read before the picker is drawn);
# a chart's selection counts only when it changed since that chart's last run, so that an
# old click on one chart never takes back a new click on the other
for chart in ("net_chart", "matrix_chart"):
    pts = (st.session_state.get(chart) or {}).get("selection", {}).get("points", [])
    cds = [p.get("customdata") for p in pts if p.get("customdata")]
    pair_cd = next((cd for cd in cds if cd and cd[0] == "pair"), None)
    seen = f"_seen_{chart}"
    if pair_cd and st.session_state.get(seen) != pair_cd:
        st.session_state["pair"] = f"{pair_cd[1]}|{pair_cd[2]}"
    st.session_state[seen] = pair_cd

all_ids = sorted(set(pairs["a"]) | set(pairs["b"]))
names = dict(zip(pairs["a"], pairs["a_name_ar" if L == "ar" else "a_name"])) | \
    dict(zip(pairs["b"], pairs["b_name_ar" if L == "ar" else "b_name"]))
v1, v2 = st.columns([3, 2])
focus = v1.selectbox(T("focus"), [""] + sorted(all_ids, key=lambda x: str(names.get(x, x))), key="focus",
                     format_func=lambda x: names.get(x, x) if x else T("all_actors"))
sync_to_url("focus", focus)
n_shown = v2.slider(T("top_n"), min_value=3, max_value=40, value=8 if narrow() else 15, key="top_n")
order, n_actors = top_actors(pairs, n_shown)
view = among(pairs, order, focus or None)
shown = min(n_shown, n_actors) if not focus else min(n_shown, len(view)) + 1  # the focus and its partners
st.caption(T("n_of_m_actors", n=shown, m=n_actors) if n_actors else "")

name_a, name_b = ("a_name_ar", "b_name_ar") if L == "ar" else ("a_name", "b_name")
labels = {f"{r.a}|{r.b}": f"{getattr(r, name_a)} — {getattr(r, name_b)} ({r.n_events})" for r in view.itertuples()}
if st.session_state.get("pair") and st.session_state["pair"] not in labels:
    a, _, b = st.session_state["pair"].partition("|")
    labels[st.session_state["pair"]] = f"{a} — {b}"

left, right = st.columns([3, 2])
with left:
    st.markdown(f"**{T('network')}**")
    ids = tuple(sorted(set(view["a"]) | set(view["b"])))
    sizes = read("actor_mentions", ids, who, shared)
    st.plotly_chart(network_figure(view, sizes, actor_types(who), L, max_nodes=n_shown,
                                   focus=focus or None), key="net_chart",
                    on_select="rerun",
                    selection_mode="points", config={"displaylogo": False})
with right:
    pair = st.selectbox(T("pair"), [""] + list(labels), format_func=lambda x: labels.get(x, "—"), key="pair",
                        help=T("pair_hint"))
    sync_to_url("pair", pair)
    if pair:
        a, _, b = pair.partition("|")
        ev = get_store().pair_events(a, b, f, who)
        for r in localise(ev.head(30)).itertuples():
            with st.container(border=True):
                st.markdown(f"**{r.type}** {'★' if r.agreement else ''} · {r.date_label} · "
                            f"{md(r.actors_ar if L == 'ar' else r.actors)}")
                st.markdown(f"> {md(r.sentence)}")
                st.markdown(f"[{md(r.title or r.article_id)}](./?article={r.article_id})"
                            + (f" · {marker(r.corrected)}" if marker(r.corrected) else ""))
    else:
        st.caption(T("pair_hint"))

c3, c4 = st.columns([3, 2])
with c3:
    st.markdown(f"**{T('matrix')}**")
    st.plotly_chart(matrix_figure(view, L, max_actors=n_shown + 1, width_px=360 if narrow() else 640), key="matrix_chart",
                    on_select="rerun",
                    selection_mode="points", config={"displaylogo": False})
with c4:  # the world map is drawn once opened: its outlines (136 KB) are fetched and projected only then
    world = st.expander(T("map"), icon=":material/public:", key="map_open", on_change="rerun")
    if world.open:
        with world:
            st.plotly_chart(map_figure(read("country_counts", who, f), L, height=380), key="map_chart",
                            config=MAP_CONFIG)
share_view(f, read("events", f, who, limit=1)[1], "relations")
