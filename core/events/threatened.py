"""An act a threat noun governs by its بـ is threatened, not done: "التهديد البريطاني باتخاذ
إجراءات عقابية ضد روسيا"، "تهديداتها بفرض عقوبات على X". The threat is the event (THREATEN,
read from the noun itself); the sanction or the strike after its بـ has not happened.

The بـ must stand between the threat noun and the act, on the act or on the verbal noun
that carries it ("باتخاذ"، "بفرض"), with no word opened by و in between: in "تهديدات
الحوثيين وهجماتهم على السعودية" the attacks are a second thing condemned, and were made; nor a verb ("رغم التهديدات، شنت
X هجوما": the attack is told in a clause of its own).
"""
from __future__ import annotations

from core.events.clauses import finite_verb

THREAT_NOUN = "threat_noun"  # event_cues.tsv
REACH = 4  # words from the threat noun to the act ("التهديد البريطاني باتخاذ إجراءات")


def governs(window: list[str], word: str, trig) -> bool:
    """Whether a threat noun within REACH words before the act (``window``: the words before
    it, ``word``: its own first word) governs it by a بـ."""
    near = window[-REACH:]
    for pos, w in enumerate(near):
        if THREAT_NOUN not in trig.cue_kinds(w):
            continue
        between = [*near[pos + 1:], word]
        if any(x[:1] == "و" for x in between) or any(finite_verb(x) for x in near[pos + 1:]):
            return False  # "رغم التهديدات شنت X هجوما": a clause of its own
        return any(x[:1] == "ب" for x in between)
    return False
