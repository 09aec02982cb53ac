"""What a meeting is held for is no party to it: "اجتمع الوزراء في القاهرة لمناقشة إرسال
بعثة إلى X". A word of purpose after a meeting's trigger (construction_cues.tsv, kind
meeting_aim) opens what it is about; a state named only after it, and not after a word
naming a partner (construction_cues.tsv, kind partner: "مع"، "بين"، "بمشاركة"، "بحضور":
whom the matter is discussed with), is spoken of, not met. When that leaves the meeting
no pair, the sides a partner word names after the purpose are its parties ("لبحث الأزمة
في X بمشاركة Y وZ": Y and Z meet). The verbs of aiming
(يهدف، تهدف) are no such word: what talks or a mediation aim at names their parties as
often as their matter ("المفاوضات التي تهدف إلى إقناع X"), and on unread news they cost
more meetings than they mended.
"""
from __future__ import annotations

from itertools import combinations

from core.events import constructions

PARTNER_REACH = 4  # words from مع or بين to the side it names ("مع رئيس البرلمان الإيراني")
AIM_REACH = 6  # words from the trigger to its word of purpose ("اجتمع الوزراء صباح أمس الأحد لمناقشة")


def _aim_at(norms: list[str], h, tj: int) -> int | None:
    """The word of purpose within AIM_REACH words after the trigger, or None."""
    return next((k for k in range(h.j, min(h.j + AIM_REACH, tj)) if constructions.kind(norms[k]) == "meeting_aim"), None)


def no_aim_sides(doc, st, h, pairs: list) -> list:
    """The pairs of a meeting less those with a side the sentence names only after the
    meeting's word of purpose (and after no word naming a partner)."""
    if not pairs or h.form.type != "CONSULT":
        return pairs
    return _no_aim_sides(doc, st, h, pairs)


def _no_aim_sides(doc, st, h, pairs: list) -> list:
    """no_aim_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    norms = doc.norms
    k = _aim_at(norms, h, st.tj)
    if k is None:
        return pairs
    partner_at = [m for m in range(st.ti, st.tj) if constructions.kind(norms[m]) == "partner"]
    spoken, named, partners = set(), set(), []
    for a in st.actors:
        partnered = any(0 < a.i - m <= PARTNER_REACH for m in partner_at)
        if a.i > k and not partnered:
            spoken.add(a.actor)
        else:
            named.add(a.actor)
        if a.i > k and partnered and a.actor not in partners:
            partners.append(a.actor)
    spoken -= named
    if not spoken:
        return pairs
    kept = [(p, d) for p, d in pairs if spoken.isdisjoint(p)]
    if not kept and len(partners) >= 2:  # "لبحث الأزمة السورية بمشاركة X وY": X and Y meet
        return [(list(p), False) for p in combinations(partners, 2)]
    return kept
