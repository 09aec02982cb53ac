"""Whose people an expulsion sends away: "طرد الدبلوماسيين الزنداريين" expels Zandaria's men.

A nationality adjective right after the people an expulsion names (diplomats, an
ambassador, staff: construction_cues.tsv, kind ``expelled``) says whose they are: that
state undergoes the act, and the other side sends them away. The word-order rules and the
role model read the adjective after a verbal noun as its author ("العقوبات الأمريكية"),
which made the expelled state the one that expels, most often where the sentence tells of
another's statement ("قال المسؤول إن طرد الدبلوماسيين الزنداريين من فالاريا ..."). A
directed pair whose source is that state is read the other way round; a count or an
article between the act and its people is passed over ("طرد 23 دبلوماسيا زنداريا"). Only
an expulsion's own words (kind ``expulsion``) are read so: a summons or a recall of an
ambassador ("استدعت السفير الزنداري في فالاريا") may call the speaker's own one home.
"""
from __future__ import annotations

from core.events import constructions
from core.events.turned import turned_round

EXPELLED = "expelled"
EXPULSION = "expulsion"  # the act's own word: an expulsion, not a summons or a recall
TYPES = frozenset({"SANCTION"})  # an expulsion, a recall (CAMEO 16x)
PEOPLE_REACH = 4  # words from the act to its people ("طرد أكثر من 20 دبلوماسيا")


def expelled_state(doc, st, h) -> str | None:
    """The state whose people the expulsion at h names, by the nationality adjective right
    after them; None when none is named so."""
    people = constructions.written(EXPELLED)
    norms = doc.norms
    for k in range(h.i + 1, min(h.j + PEOPLE_REACH, st.tj)):  # the people may be the form's own second word
        if norms[k] in people:
            return next((a.actor for a in st.actors if a.i == k + 1 and a.adjective), None)
    return None


def expelled_targets(doc, st, h, pairs: list) -> list:
    """The directed pairs of an expulsion with the expelled people's state as the target
    (module docstring)."""
    if not pairs or h.form.type not in TYPES or constructions.written(EXPULSION).isdisjoint(doc.norms[h.i:h.j]):
        return pairs  # "ردا على طرد": the expulsion may be the form's second word
    return _expelled_targets(doc, st, h, pairs)


def _expelled_targets(doc, st, h, pairs: list) -> list:
    """expelled_targets past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    state = expelled_state(doc, st, h)
    if state is None:
        return pairs
    out: list = []
    for pd in turned_round(pairs, lambda s, t: s == state and t != state):
        if pd not in out:
            out.append(pd)
    return out
