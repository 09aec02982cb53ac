"""Akhbar Lens dashboard: navigation, page config, language switch, global CSS.

Run with ``streamlit run app.py``. The store is SQLite under ``~/.akhbar-lens`` unless
``AKHBAR_DB_URL`` (environment or Streamlit secrets) names another database.
"""
from __future__ import annotations

import logging

import streamlit as st

from pages._text import T, lang

st.set_page_config(page_title="Akhbar Lens", page_icon="📰", layout="wide")

RTL_CSS = """
<style>
[data-testid="stMain"], [data-testid="stSidebar"], [data-testid="stSidebarContent"] { direction: rtl; }
[data-testid="stMain"] .stMarkdown, [data-testid="stSidebar"] .stMarkdown { text-align: right; }
[data-testid="stMain"] [data-testid="stMetric"] { text-align: right; }
[data-testid="stMain"] .js-plotly-plot, [data-testid="stMain"] [data-testid="stDataFrame"],
[data-testid="stMain"] [data-testid="stCode"] { direction: ltr; }
</style>
"""
BASE_CSS = """
<style>
textarea { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', serif !important; font-size: 1.1rem !important;
           line-height: 1.9 !important; }
textarea { direction: rtl; unicode-bidi: plaintext; text-align: right; }
[data-testid="stMetricValue"] { font-size: 1.7rem; }
.al-link { display: flex; align-items: flex-start; gap: .5rem; direction: ltr; background: #f0f2f6;
           border-radius: .5rem; padding: .6rem .8rem; margin-bottom: 1rem; }
.al-link code { flex: 1; font-size: .85rem; white-space: pre-wrap; word-break: break-all; background: none;
                color: #31333f; padding: 0; user-select: all; }
.al-link button { font-family: 'Material Symbols Rounded'; font-size: 1.15rem; line-height: 1; border: 0;
                  background: none; color: #6b7280; cursor: pointer; padding: 0; }
.al-link button:hover { color: #1d4ed8; }
@media (max-width: 640px) {  /* a phone: the page's width is the screen's */
  [data-testid="stMainBlockContainer"] { padding-left: .75rem; padding-right: .75rem; padding-top: 3rem; }
  [data-testid="stMetricValue"] { font-size: 1.3rem; }
  [data-testid="stMain"] { overflow-x: hidden; }
}
</style>
"""

with st.sidebar:
    st.segmented_control(T("language"), ["English", "العربية"], default="English", key="lang",
                         bind="query-params", width="stretch")

st.html(BASE_CSS + (RTL_CSS if lang() == "ar" else ""))

pages = [
    st.Page("pages/analyse.py", title=T("nav_analyse"), icon=":material/article:", default=True),
    st.Page("pages/timeline.py", title=T("nav_timeline"), icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/relations.py", title=T("nav_relations"), icon=":material/hub:", url_path="relations"),
    st.Page("pages/entities.py", title=T("nav_entities"), icon=":material/groups:", url_path="entities"),
    st.Page("pages/library.py", title=T("nav_library"), icon=":material/library_books:", url_path="library"),
]
TITLES = {"": "app_title", "timeline": "nav_timeline", "relations": "nav_relations", "entities": "nav_entities",
          "library": "nav_library"}
nav = st.navigation(pages)
# The page's title goes out before pandas, the store and the pages' modules are imported
# below: after a restart, the first visitor sees the page instead of waiting for them.
st.title(T(TITLES.get(nav.url_path, "app_title")), anchor=False)

from core.store.store import QueryTimeLimit  # noqa: E402 - after the first paint, see above
from pages._common import get_store, samples_state, viewer  # noqa: E402

store = get_store()
viewer()  # the visitor's owner token (cookie), before any page needs it
if samples_state() not in ("loading", "done"):
    st.warning(T("core_missing", err=samples_state()))
st.session_state["_via_app"] = True
with st.sidebar:
    st.caption(T("tagline"))
    st.caption(T("sample_note"))
try:
    nav.run()
except QueryTimeLimit as e:  # a view too wide for the store's time limit: say how to narrow it
    st.warning(T("time_limit", s=e.ms / 1000), icon=":material/timer:")
except Exception:  # the page boundary: a visitor gets a message, the server log the traceback
    logging.getLogger("akhbar.app").exception("page %s failed", nav.url_path or "analyse")
    st.error(T("page_error"), icon=":material/error:")
