"""The source of sanctions a sentence takes up from the one before.

"أعلنت وزارة الخزانة الأمريكية فرض عقوبات جديدة على ... . وذكر البيان أن العقوبات الجديدة
تستهدف الأمين العام لحزب X، Y، ونائبه Z": the definite noun ("العقوبات") names the sanctions
the sentence before announced, and their source is that sentence's. The rule of sanctioned
persons (core.events.sanctioned) takes its source from the trigger's own sentence; when that
names none, this gives the first state the sentence before names, if it told of sanctions
(a word of them, SANCTIONS, stands there): the annotation conventions keep each sanctioned
individual a PERSON target of that state.
"""
from __future__ import annotations

from core.events.governing import SENTENCE_BREAKS
from core.events.implied import STATE_KINDS
from core.events.sanctioned import SANCTIONS
from core.lexicon import is_state_id

DEFINITE = "ال"
ENDS = SENTENCE_BREAKS  # marks that end a sentence


def told_source(doc, st, h) -> str | None:
    """The first state of the sentence just before, for a definite sanction noun whose own
    sentence names no source, when that sentence told of sanctions; else None."""
    if h.verbal or not doc.norms[h.i].startswith(DEFINITE) or not st.carried:
        return None
    text = doc.nt.original
    end = len(text[:st.start].rstrip("".join(ENDS) + " \t"))  # where the sentence before ends
    before = max(text.rfind(c, 0, end) for c in ENDS) + 1  # and where it starts
    previous = [a for a in st.carried if a.start >= before and a.end <= st.start]
    if not previous or not any(SANCTIONS in doc.norms[k] for k in range(previous[0].i, st.ti)):
        return None  # not the sentence just before, or it told of no sanctions: "العقوبات" are others
    states = [a for a in previous if a.kind.split(":")[0] in STATE_KINDS and is_state_id(a.actor)]
    return states[0].actor if states else None
