"""What a meeting is held for is no party to it: "اجتمع مجلس الأمن أمس لمناقشة زيارة
مبعوثين لميانمار". A word of purpose after a meeting's trigger (construction_cues.tsv, kind
meeting_aim) opens what it is about; a state named only after it, and not after "مع" or
"بين" (whom the matter is discussed with), is spoken of, not met. The verbs of aiming
(يهدف، تهدف) are no such word: what talks or a mediation aim at names their parties as
often as their matter ("المفاوضات التي تهدف إلى إقناع X"), and on unread news they cost
more meetings than they mended.
"""
from __future__ import annotations

from core.events import constructions

PARTNERS = frozenset({"مع", "ومع", "بين"})  # whom a meeting is held with or between
PARTNER_REACH = 4  # words from مع or بين to the side it names ("مع رئيس البرلمان الإيراني")
AIM_REACH = 6  # words from the trigger to its word of purpose ("اجتمع مجلس الأمن أمس الاثنين لمناقشة")


def _aim_at(norms: list[str], h, tj: int) -> int | None:
    """The word of purpose within AIM_REACH words after the trigger, or None."""
    return next((k for k in range(h.j, min(h.j + AIM_REACH, tj)) if constructions.kind(norms[k]) == "meeting_aim"), None)


def no_aim_sides(doc, st, h, pairs: list) -> list:
    """The pairs of a meeting less those with a side the sentence names only after the
    meeting's word of purpose (and after no word naming a partner)."""
    if not pairs or h.form.type != "CONSULT":
        return pairs
    norms = doc.norms
    k = _aim_at(norms, h, st.tj)
    if k is None:
        return pairs
    partner_at = [m for m in range(st.ti, st.tj) if norms[m] in PARTNERS]
    spoken, named = set(), set()
    for a in st.actors:
        if a.i > k and not any(0 < a.i - m <= PARTNER_REACH for m in partner_at):
            spoken.add(a.actor)
        else:
            named.add(a.actor)
    spoken -= named
    return [(p, d) for p, d in pairs if spoken.isdisjoint(p)] if spoken else pairs
