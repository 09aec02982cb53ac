"""Criticism a side drew is none it made: "أثار القرار انتقادات من X".

News tells the reception of an act by a verb of provoking whose object is a noun of
criticism or condemnation: "قرار X الذي أثار إدانة دولية"، "أثار الوصف انتقادات واسعة
وذكرت حكومة Y". The subject of the verb (or the side whose act it is) drew the criticism;
it criticised no one, and a side named in the same clause before the verb (a welcomer, a
victim) is no critic either. The critic, when named, follows the noun ("من جانب Y"). The
verbs are data (data/lexicons/reading_cues.tsv, kind provoke).
"""
from __future__ import annotations

from core.events.reading_cues import cue_kind, related

CRITICISM_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST"})
PROVOKE_REACH = 2  # words from the verb to its noun ("أثار موجة انتقادات")


def _provoked_at(doc, st, h) -> int | None:
    """The token of a verb of provoking right before the noun trigger, in its sentence."""
    return next((k for k in range(h.i - 1, max(h.i - 1 - PROVOKE_REACH, st.ti - 1), -1)
                 if cue_kind(doc.norms[k]) == "provoke"), None)


def no_provokers(doc, st, h, pairs: list) -> list:
    """A criticism noun's directed pairs less those whose source is named before the verb
    that says the criticism was drawn, and not after the noun; they count as told."""
    if not pairs or h.verbal or h.form.type not in CRITICISM_TYPES:
        return pairs
    k = _provoked_at(doc, st, h)
    return pairs if k is None else without_critics_before(doc, st, h, pairs, k)


def without_critics_before(doc, st, h, pairs: list, end: int) -> list:
    """The directed pairs less those whose source is named before token ``end`` (the verb
    of drawing or undergoing criticism, or the noun) and not after the noun ``h``: the side
    that drew or underwent the criticism made none; they count as told."""
    after = {a.actor for a in st.actors if a.i >= h.j}
    before = {a.actor for a in st.actors if a.j <= end} - after
    kept = [(p, d) for p, d in pairs if not (d and p[0] in before)]
    if len(kept) < len(pairs):
        related(doc, st, pairs)
    return kept
