"""A gathering agreed on or insisted on is still to come: "اتفق X وY على عقد قمة".

The verbal noun of holding ("عقد"، "إجراء"، "إقامة") after "على" and a verb or noun of
agreeing, insisting or urging a few words before it ("اتفقت الكوريتان على عقد قمة"،
"أصر الوزير على إجراء محادثات"، "الاتفاق على عقد لقاء") tells the gathering as resolved
on, not held; core.events.plans reads the same noun after "إلى" and the ل or ب of purpose.
A holding noun after "على" alone is left alone: "أشرف على عقد اجتماع" tells one held. The
cues are data (data/lexicons/reading_cues.tsv, kind resolve; the holding nouns are
event_cues.tsv rows of kind holding_noun).
"""
from __future__ import annotations

from core.events.plans import HOLDING_NOUN
from core.events.reading_cues import cue_kind

ON = "علي"  # "على" normalised
RESOLVE = "resolve"
RESOLVE_REACH = 4  # words from the verb of agreeing to "على", its subject between ("اتفق البلدان مصر والأردن على")


def resolved_on(h, doc, st) -> bool:
    """Whether the noun trigger ``h`` follows "على" and a holding noun, with a cue of
    agreeing, insisting or urging within RESOLVE_REACH words before "على"."""
    k = h.i - 2
    if h.verbal or k < st.ti or doc.norms[k] != ON or doc.trig.cues.get(doc.norms[h.i - 1]) != HOLDING_NOUN:
        return False
    return any(cue_kind(doc.norms[m]) == RESOLVE for m in range(k - 1, max(k - 1 - RESOLVE_REACH, st.ti - 1), -1))
