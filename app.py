"""Akhbar Lens dashboard: navigation, page config, language switch, global CSS.

Run with ``streamlit run app.py``. The store is SQLite under ``~/.akhbar-lens`` unless
``AKHBAR_DB_URL`` (environment or Streamlit secrets) names another database.
"""
from __future__ import annotations

import logging

import streamlit as st

from core.store.store import QueryTimeLimit
from pages._common import T, get_store, lang, samples_state, viewer

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

store = get_store()
viewer()  # the visitor's owner token (cookie), before any page needs it
if samples_state() not in ("loading", "done"):
    st.warning(T("core_missing", err=samples_state()))

pages = [
    st.Page("pages/analyse.py", title=T("nav_analyse"), icon=":material/article:", default=True),
    st.Page("pages/timeline.py", title=T("nav_timeline"), icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/relations.py", title=T("nav_relations"), icon=":material/hub:", url_path="relations"),
    st.Page("pages/entities.py", title=T("nav_entities"), icon=":material/groups:", url_path="entities"),
    st.Page("pages/library.py", title=T("nav_library"), icon=":material/library_books:", url_path="library"),
]
nav = st.navigation(pages)
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
