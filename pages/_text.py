"""The interface's words and its language: all that app.py needs before a page is drawn.

Kept apart from ``pages/_common.py``, which imports pandas and the store: the navigation
and the page's title go to a visitor before those imports run, which is what a first
visitor after a restart waits for (about half a second of CPU).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

UI_DIR = Path(__file__).resolve().parents[1] / "data" / "ui"


def _load_strings() -> dict[str, dict[str, str]]:
    """key → {language: text}, from data/ui/<language>.tsv (the words are data, so that a
    translator edits a table, not the code)."""
    from core.lexicon import read_tsv

    out: dict[str, dict[str, str]] = {}
    for path in sorted(UI_DIR.glob("*.tsv")):
        for _, row in read_tsv(path, ("key", "text"), required=("key", "text")):
            out.setdefault(row["key"], {})[path.stem] = row["text"]
    return out


STRINGS: dict[str, dict[str, str]] = _load_strings()


def lang() -> str:
    return "ar" if st.session_state.get("lang") == "العربية" or st.query_params.get("lang") == "العربية" else "en"


def T(key: str, **kw: Any) -> str:
    s = STRINGS.get(key, {}).get(lang()) or STRINGS.get(key, {}).get("en") or key
    return s.format(**kw) if kw else s
