"""Sides named only as the occasion of a statement: "وحذر الرئيس الأمريكي خلال استقباله
الرئيس الفرنسي طهران من ..."، "وانتقد بوتين لدى لقائه نظيره التركي العقوبات الغربية". The
guest or host after "خلال"/"لدى"/"أثناء" and a noun of meeting is whom the speaker was
with when he spoke, neither the one his warning, charge or refusal is aimed at nor its
author; so is the place of a visit after "في" ("وفي زيارتها للصين، دعت المستشارة الألمانية
إلى ...": the chancellor calls, China neither calls nor is called on).
"""
from __future__ import annotations

from core.events.named_only import named_only
from core.events.sentence_sides import unsided
from core.events.turned import turned_round
from core.text import without_conjunction

WHILE = frozenset({"خلال", "لدي", "اثناء"})  # normalised "خلال"، "لدى"، "أثناء"
IN = "في"  # "في زيارته لـ": only before a visit ("في اجتماع مع X" may be where X is asked)
VISIT_STEM = "زيار"
MEETING_STEMS = ("استقبال", "لقا", "اجتماع", "زيار", "محادث", "مباحث", "اتصال")  # "استقباله"، "لقائه"، "زيارته"
AIMED = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST", "SANCTION"})  # acts aimed at a target
OCCASION_WORDS = 2  # "وفي زيارته": the words before the guest or the place
GUEST_REACH = 3  # words from the meeting noun to the guest ("استقباله للرئيس الفرنسي إيمانويل ماكرون")


def _occasion_starts(norms: list[str], ti: int, tj: int) -> list[int]:
    """Positions right after each "خلال/لدى/أثناء + noun of meeting" or "في + noun of
    visit" of the sentence."""
    out = []
    for k in range(ti, tj - 1):
        lead = without_conjunction(norms[k], 1)
        if (lead in WHILE and norms[k + 1].startswith(MEETING_STEMS)  # not "إلقاء"
                or lead == IN and norms[k + 1].startswith(VISIT_STEM)):
            out.append(k + 2)
    return out


def _sentence_occasions(doc, st) -> list[int]:
    """_occasion_starts of the sentence, read once for its triggers (core.events.sentence_sides)."""
    return _occasion_starts(doc.norms, st.ti, st.tj)


def no_occasion_targets(doc, st, h, pairs: list) -> list:
    """The pairs of an aimed act less those with a side named only as the guest or host
    of the meeting during which the act's author spoke, or the place he visited: the
    target, or the source the role model may make of it when the phrase is fronted
    ("خلال زيارتها للصين، دعت المستشارة الألمانية ..." is no call of China's). Named in a
    phrase that opens the sentence and again after the trigger, such a side is the act's
    target, never its author ("وفي زيارته لبكين، انتقد الوزير الأمريكي الصين": the visitor
    criticises China)."""
    if not pairs or h.form.type not in AIMED:
        return pairs
    starts = unsided(doc, st, _sentence_occasions)
    return _no_guests(st, h, pairs, starts) if starts else pairs


def _no_guests(st, h, pairs: list, starts) -> list:
    """no_occasion_targets where the sentence tells an occasion (apart: the names its
    functions and comprehensions read are closure cells, made on each call)."""

    def inside(a) -> bool:
        return any(s <= a.i < s + GUEST_REACH for s in starts)

    guests = named_only(st.actors, inside)
    if guests:
        pairs = [(p, d) for p, d in pairs if not (d and guests.intersection(p))]
    fronted = [s for s in starts if s - OCCASION_WORDS == st.ti and s < h.i]  # "وفي زيارته لبكين، انتقد"
    again = {a.actor for a in st.actors if a.i >= h.j and not inside(a)} & \
        {a.actor for a in st.actors if any(s <= a.i < s + GUEST_REACH for s in fronted)}
    return turned_round(pairs, lambda s, t: s in again and t not in again) if again else pairs
