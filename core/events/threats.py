"""A harmful act a side says it will do if another side acts, or unless it does, is a
threat (PLOVER THREATEN), not the act: "ستلغي بيونغ يانغ القمة إذا ضغطت واشنطن عليها"
threatens to cancel, it cancels nothing yet.

The modality rules read a condition only before a trigger ("في حال ... ستفرض"); news
Arabic as often writes it after the promised act, which is then only a plan.
"""
from __future__ import annotations

HARMFUL = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"})  # acts a side may threaten
CONDITION_REACH = 16  # the condition follows its act and the act's object ("ستلغي القمة المرتقبة بين ... إذا")
THREAT = ("THREATEN", "130")  # cameo.tsv: threaten, not specified below
CONDITION = "hypothetical"  # event_cues.tsv kind of إذا، في حال، ما لم، وإلا


def threat(doc, st, h, typed: tuple[str, str], modality: str) -> tuple[str, str, str]:
    """(type, cameo, modality) of a trigger typed ``typed``: a promised harmful act that a
    condition after it governs is a threat made now."""
    if typed[0] not in HARMFUL or modality != "planned" or not _condition_after(doc, st, h):
        return typed[0], typed[1], modality
    return THREAT[0], THREAT[1], "asserted"


def _condition_after(doc, st, h) -> bool:
    """A condition word (or two-word cue) within CONDITION_REACH words after the trigger,
    in its sentence."""
    norms, trig = doc.norms, doc.trig
    end = min(st.tj, h.j + CONDITION_REACH)
    for k in range(h.j, end):
        if CONDITION in trig.cue_kinds(norms[k]) or trig.cues.get(" ".join(norms[k:k + 2])) == CONDITION:
            return True
    return False
