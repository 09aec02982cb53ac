"""Acts told inside a press review or an opinion piece are the writer's view, not events
the article reports.

"صحيفة لوبوان تكتب عن هذه العقوبات وتتساءل ..."، "الكاتب يربط بين ..."، "يرى الكاتب
أن ...": a newspaper, a columnist or an article that writes, asks or argues. The acts in
such a sentence are its topic or its argument, mostly told again between the wrong sides.
A newspaper that *reports* an act ("نقلت صحيفة X أن إسرائيل قصفت"، "ذكرت الصحيفة أن")
tells an event: only verbs of writing and of opinion count, never verbs of reporting.
The words are data (data/lexicons/opinion_cues.tsv, kinds "writer" and "opine").
"""
from __future__ import annotations

from functools import lru_cache

from core.events.filters import _kind
from core.lexicon import read_table
from core.text import normalize_for_match

WRITER_BEFORE = 4  # words from a writer word to its verb ("صحيفة لوبوان الفرنسية تكتب")
WRITER_AFTER = 2  # words from a verb to its writer ("تكتب أيضا صحيفة")


@lru_cache(maxsize=1)
def opinion_cues() -> dict[str, str]:
    """Normalised word → kind ("writer" or "opine")."""
    return {normalize_for_match(r["cue"]): r["kind"].strip() for _, r in read_table("opinion_cues.tsv")}


def opinion_sentence(doc, st) -> bool:
    """A verb of writing or opinion in the sentence whose subject is a writer word."""
    cues, norms = opinion_cues(), doc.norms
    for k in range(st.ti, st.tj):
        if _kind(norms[k], cues) != "opine":
            continue
        near = range(max(st.ti, k - WRITER_BEFORE), min(st.tj, k + WRITER_AFTER + 1))
        if any(m != k and _kind(norms[m], cues) == "writer" for m in near):
            return True
    return False


def not_opinions(doc, st, pairs: list) -> list:
    """No pairs from a sentence that tells a writer's view (see the module's docstring)."""
    return [] if pairs and opinion_sentence(doc, st) else pairs
