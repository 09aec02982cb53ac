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

from itertools import compress

from core import prepared
from core.events.filters import _kind
from core.events.sentence_sides import unsided
from core.lexicon import read_table
from core.text import normalize_for_match

WRITER_BEFORE = 4  # words from a writer word to its verb ("صحيفة لوبوان الفرنسية تكتب")
WRITER_AFTER = 2  # words from a verb to its writer ("تكتب أيضا صحيفة")


@prepared.table()
def opinion_cues() -> dict[str, str]:
    """Normalised word → kind ("writer" or "opine")."""
    return {normalize_for_match(r["cue"]): r["kind"].strip() for _, r in read_table("opinion_cues.tsv")}


@prepared.table()
def opinion_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(the written words whose kind (filters._kind) is "opine", those whose kind is
    "writer"): a cue, or a cue after و/ف, each read by _kind itself, so that a sentence's
    words are tested by set look-ups (most sentences hold none)."""
    cues = opinion_cues()
    forms = [w for c in cues for w in (c, "و" + c, "ف" + c)]
    return tuple(frozenset(w for w in forms if _kind(w, cues) == kind) for kind in ("opine", "writer"))


def opinion_sentence(doc, st) -> bool:
    """A verb of writing or opinion in the sentence whose subject is a writer word."""
    opine, writer = opinion_forms()
    norms = doc.norms
    for k in compress(range(st.ti, st.tj), map(opine.__contains__, norms[st.ti:st.tj])):
        for m in range(max(st.ti, k - WRITER_BEFORE), min(st.tj, k + WRITER_AFTER + 1)):  # a loop: no cells
            if m != k and norms[m] in writer:
                return True
    return False


def not_opinions(doc, st, pairs: list) -> list:
    """No pairs from a sentence that tells a writer's view (see the module's docstring)."""
    return [] if pairs and unsided(doc, st, opinion_sentence) else pairs
