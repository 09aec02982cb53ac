"""Sides named only as the occasion of a statement: "وحذر الرئيس الأمريكي خلال استقباله
الرئيس الفرنسي طهران من ..."، "وانتقد بوتين لدى لقائه نظيره التركي العقوبات الغربية". The
guest or host after "خلال"/"لدى"/"أثناء" and a noun of meeting is whom the speaker was
with when he spoke, not the one his warning, charge or refusal is aimed at.
"""
from __future__ import annotations

from core.events.named_only import named_only
from core.text import without_conjunction

WHILE = frozenset({"خلال", "لدي", "اثناء"})  # normalised "خلال"، "لدى"، "أثناء"
MEETING_STEMS = ("استقبال", "لقا", "اجتماع", "زيار", "محادث", "مباحث", "اتصال")  # "استقباله"، "لقائه"، "زيارته"
AIMED = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST", "SANCTION"})  # acts aimed at a target
GUEST_REACH = 3  # words from the meeting noun to the guest ("استقباله للرئيس الفرنسي إيمانويل ماكرون")


def _occasion_starts(norms: list[str], ti: int, tj: int) -> list[int]:
    """Positions right after each "خلال/لدى/أثناء + noun of meeting" of the sentence."""
    out = []
    for k in range(ti, tj - 1):
        if without_conjunction(norms[k], 1) in WHILE and norms[k + 1].startswith(MEETING_STEMS):  # not "إلقاء"
            out.append(k + 2)
    return out


def no_occasion_targets(doc, st, h, pairs: list) -> list:
    """The pairs of an aimed act less those whose target is named only as the guest or
    host of the meeting during which the act's author spoke."""
    if not pairs or h.form.type not in AIMED:
        return pairs
    starts = _occasion_starts(doc.norms, st.ti, st.tj)
    if not starts:
        return pairs
    guests = named_only(st.actors, lambda a: any(s <= a.i < s + GUEST_REACH for s in starts))
    return [(p, d) for p, d in pairs if not (d and p[-1] in guests)] if guests else pairs
