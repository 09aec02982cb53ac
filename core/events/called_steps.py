"""An act asked for through a noun of degree is asked for, not done: "دعت X إلى تشديد
العقوبات على Y"، "طالبت بتمديد الهدنة".

core.events.filters reads a verbal noun governed by a word of calling and its preposition
("دعت إلى فرض عقوبات"، "طالبت بفرض عقوبات") as the content of the call, an act that has not
happened. A noun of degree or extent may stand between ("إلى تشديد العقوبات"، "بتوسيع
العقوبات"، "إلى تعزيز التعاون"): the act noun after it is asked for all the same; read as
told, it made the caller impose the sanctions it asked for. The nouns of degree are data
(data/lexicons/reading_cues.tsv, kind step).
"""
from __future__ import annotations

from core.events.reading_cues import reading_cues
from core.text import clitic_variants

STEP = "step"
BY = ("ب", "وب")  # "طالبت بتشديد": the demand's ب on the noun of degree


def _step_prefix(word: str) -> str | None:
    """What is written before a noun of degree in ``word`` ("" for none, "ب" for "بتشديد"),
    None when the word is no noun of degree."""
    table = reading_cues()
    return next((word[:n] for stem, n in clitic_variants(word) if table.get(stem) == STEP), None)


def called_through_step(doc, st, h, cues: dict[str, str]) -> bool:
    """The noun trigger follows a noun of degree that a word of calling governs, by إلى or
    على before it or ب on it, with no mark of a new clause between."""
    k = h.i - 1
    if h.verbal or k <= st.ti:
        return False
    prefix = _step_prefix(doc.norms[k])
    if prefix is None:
        return False
    from core.events.filters import CALL_PREPOSITIONS, CALL_REACH, CLAUSE_BREAKS, _kind, _without_article  # filters calls this
    if prefix in BY:
        last, kinds = k - 1, ("call", "charge", "promise")
    elif not prefix and k - 1 > st.ti and doc.norms[k - 1] in CALL_PREPOSITIONS:
        last, kinds = k - 2, ("call",)
    else:
        return False
    toks, norm = doc.toks, doc.nt.norm
    for m in range(last, max(st.ti, last - CALL_REACH) - 1, -1):
        if CLAUSE_BREAKS.intersection(norm[toks[m].nend:toks[m + 1].nstart]):
            return False
        if _kind(doc.norms[m], cues) in kinds or _kind(_without_article(doc.norms[m]), cues) in kinds:
            return True
    return False
