"""A meeting held by its sides: "عقد وزير الخارجية X ونظيره Y اجتماعا"، "أجرت X وY محادثات".

A meeting noun is read by its genitive, "بين" or "مع"; the subject of the verb that holds
it (عقد، أجرى: construction_cues.tsv, kind hold) was not read as a side, since a verbal
noun's agent follows it. When that subject names two sides or more, joined and written
between the verb and the noun, they are the meeting's joint sides. One side alone ("عقد
الوزير X اجتماعا مع نظيره") keeps the ordinary reading: its partner follows "مع".
"""
from __future__ import annotations

from core.events import constructions

HOLD_REACH = 10  # words from the holding verb to the noun ("عقد وزير الخارجية الأمريكي ونظيره الروسي اجتماعا")
HOLD = "hold"
NOT_SUBJECT = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "مع", "بين"})  # a relative clause, a partner


def rule_held_meeting(c):
    """(source, target, joint) of a meeting noun whose holding verb's subject names two or
    more sides, with no clause mark, relative pronoun or partner word between verb and noun."""
    h, toks = c.h, c.toks
    if h.verbal or h.form.type != "CONSULT" or c.joint or not c.earlier:
        return None
    verb = next((k for k in range(h.i - 1, max(-1, h.i - HOLD_REACH - 1), -1)
                 if constructions.kind(toks[k].norm) == HOLD), None)
    if verb is None or any(toks[k].norm in NOT_SUBJECT for k in range(verb + 1, h.i)):
        return None
    from core.events.roles import _punct_gap, _uniq  # after the test most triggers fail

    if _punct_gap(toks, c.nt, verb + 1, h.i):
        return None
    sides = _uniq([a.actor for a in c.earlier if a.i > verb])
    return ([], [], sides) if len(sides) == 2 else None  # three or more: the model reads each two
