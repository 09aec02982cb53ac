"""An act asked for through a noun of degree is asked for, not done: "دعت X إلى تشديد
العقوبات على Y"، "طالبت بتوسيع العقوبات".

core.events.filters reads a verbal noun governed by a word of calling and its preposition
("دعت إلى فرض عقوبات"، "طالبت بفرض عقوبات") as the content of the call, an act that has not
happened. A noun of a new degree or extent may stand between ("إلى تشديد العقوبات"،
"بتوسيع العقوبات"): the act noun after it is asked for all the same; read as told, it made
the caller impose the sanctions it asked for. A noun that presupposes the act running
("بتمديد الهدنة"، "إلى تعزيز التعاون") is no such step: that act stands. The nouns of degree
are data (data/lexicons/reading_cues.tsv, kind step).
"""
from __future__ import annotations

from core.events.reading_cues import reading_cues
from core.text import clitic_variants

STEP = "step"


def _step_prefix(word: str) -> str | None:
    """What is written before a noun of degree in ``word`` ("" for none, "ب" for "بتشديد"),
    None when the word is no noun of degree."""
    table = reading_cues()
    return next((word[:n] for stem, n in clitic_variants(word) if table.get(stem) == STEP), None)


def called_through_step(doc, st, h, cues: dict[str, str]) -> bool:
    """The noun trigger follows a noun of degree that a word of calling governs, by إلى or
    على before it or ب on it, with no mark of a new clause between (the scan of
    core.events.filters.governed_by_call)."""
    k = h.i - 1
    if h.verbal or k <= st.ti:
        return False
    prefix = _step_prefix(doc.norms[k])
    if prefix is None:
        return False
    from core.events.filters import governed_by_call  # filters calls this
    return governed_by_call(doc, st, k, prefix, cues)
