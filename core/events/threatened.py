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
# words of ب that are prepositions of time, cause, topic or place, not the threat's بـ
NOT_THREAT_B = frozenset({"بعد", "بشان", "بسبب", "بين", "بالتزامن", "بخصوص", "بحق", "بفعل", "بعيد", "بينما"})
AFTER_B = frozenset({"علي", "ضد", "من", "عن", "في", "الي"})  # "بالرد على الهجوم": the act is the بـ-word's object


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
        return _by_act(between)
    return False


def _by_act(between: list[str]) -> bool:
    """The بـ of the threat on the act or on the verbal noun right before it ("بفرض عقوبات"،
    "بشن هجوم"): not a preposition of time, cause or topic ("بعد الهجوم"، "بسبب القصف"،
    "بشأن الهجوم"), nor one whose own object the act is ("بالرد على الهجوم": an answer to an
    attack that was made)."""
    for k in range(len(between) - 1, max(len(between) - 3, -1), -1):
        x = between[k]
        if x[:1] == "ب":
            return x not in NOT_THREAT_B and not any(w in AFTER_B for w in between[k + 1:-1]) \
                and not _answer(x)
    return False


def _answer(word: str) -> bool:
    """"بالرد"، "برد": the threat is to answer, and what follows is what is answered."""
    return word.endswith(("رد", "الرد")) and len(word) <= 5
