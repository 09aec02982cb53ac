"""Entities: every entity across the library, searchable, with co-occurrences and articles."""
from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from core.model import ENTITY_TYPES
from pages._common import (
    T,
    current_url,
    get_store,
    lang,
    link_box,
    localise,
    md,
    narrow,
    read,
    require_app,
    seed_from_url,
    sync_to_url,
    type_label,
    viewer,
)

require_app("entities")

L = lang()
who = viewer()
PAGE_SIZE = 50

seed_from_url("etypes", multi=True, valid=ENTITY_TYPES)
c1, c2, c3 = st.columns([3, 3, 1])
q = c1.text_input(T("search"), key="q", bind="query-params", placeholder="المغرب / Morocco")
types = c2.multiselect(T("types"), list(ENTITY_TYPES), key="etypes", placeholder=T("choose"), format_func=type_label)
sync_to_url("etypes", types)
page = c3.number_input(T("page"), min_value=1, value=1, step=1, key="epage", bind="query-params")

df, total = read("entity_table", who, q or "", tuple(types), limit=PAGE_SIZE, offset=(int(page) - 1) * PAGE_SIZE)
df = df.copy()
st.caption(f"{total} · {T('select_entity')}")
if df.empty and total:
    st.info(T("no_such_page", pages=-(-total // PAGE_SIZE)))
df["country"] = df["country"].fillna("—")  # no flag column: most machines draw flags as empty boxes
cols = ["type", "name_ar", "name", "n_articles"] + ([] if narrow() else ["country", "n_mentions", "entity_id"])
# The table's key holds what it lists: a new search or page is a new table with no row
# selected, so a row position never points into another listing; the chosen entity is
# kept by id below.
table_key = "entity_table:" + "|".join([q or "", ",".join(types), str(int(page))])
sel = st.dataframe(localise(df)[cols], hide_index=True, width="stretch", key=table_key, on_select="rerun",
                   selection_mode="single-row",
                   column_config={"entity_id": "id", "type": T("type"), "name": T("name"), "name_ar": T("name_ar"),
                                  "country": T("country"), "n_articles": T("n_articles"),
                                  "n_mentions": T("mentions")})
rows = [r for r in (sel.selection.rows if sel and sel.selection else []) if 0 <= r < len(df)]
if rows:
    st.session_state["entity"] = df.iloc[rows[0]]["entity_id"]
entity = st.session_state.get("entity") or st.query_params.get("entity")
def merge_form(entity: str) -> None:
    """Another spelling of an entity the library lists: merged into it in every article of
    this visitor's, now and later (core.store: entity aliases, kept as corrections)."""
    kind = df.loc[df["entity_id"] == entity, "type"]
    types_ = (kind.iloc[0],) if len(kind) else tuple(ENTITY_TYPES)
    options, _ = read("entity_table", who, "", types_, limit=300)
    names = {r.entity_id: f"{r.name_ar} · {r.name}" for r in options.itertuples() if r.entity_id != entity}
    with st.expander(T("merge_title"), icon=":material/merge:"):
        st.caption(T("merge_hint"))
        into = st.selectbox(T("merge_into"), [None, *names], format_func=lambda x: names.get(x, "—"),
                            key="merge_into")
        if st.button(T("merge_go"), key="merge_go", disabled=not into, type="primary"):
            mine, public = get_store().merge_entities(entity, into, who)
            st.success(T("merge_done", n=mine, p=public))
            st.session_state["entity"] = into


if entity:
    st.query_params["entity"] = entity
    en, ar = get_store().actor_names([entity]).get(entity, (entity, entity))
    st.subheader(f"{md(ar if L == 'ar' else en)} · {md(en if L == 'ar' else ar)}", anchor=False)
    st.markdown(f"[{T('entity_timeline')}](./timeline?{urlencode({'actors': entity})}) · "
                f"[{T('entity_relations')}](./relations)")
    a, b = st.columns(2)
    with a:
        st.markdown(f"**{T('cooc')}**")
        co, arts = read("cooccurring", entity, who), read("articles_mentioning", entity, who)
        st.dataframe(co, hide_index=True, width="stretch",
                     column_config={"entity_id": "id", "type": T("type"), "name": T("name"),
                                    "name_ar": T("name_ar"), "n_articles": T("n_articles")})
    with b:
        st.markdown(f"**{T('mentioned_in')}**")
        arts = arts.copy()
        arts["link"] = [f"./?article={i}" for i in arts["id"]]
        st.dataframe(arts[["published", "title", "source", "n_mentions", "link"]], hide_index=True, width="stretch",
                     column_config={"link": st.column_config.LinkColumn(T("open"), display_text=T("open")),
                                    "n_mentions": T("mentions")})
    merge_form(entity)
link_box(current_url())
