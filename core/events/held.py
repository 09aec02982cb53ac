"""A meeting held by its sides: "عقد وزير الخارجية X ونظيره Y اجتماعا"، "أجرت X وY محادثات".

A meeting noun is read by its genitive, "بين" or "مع"; the subject of the verb that holds
it (عقد، أجرى: construction_cues.tsv, kind hold) was not read as a side, since a verbal
noun's agent follows it. When that subject names two sides or more, joined and written
between the verb and the noun, they are the meeting's joint sides. One side alone ("عقد
الوزير X اجتماعا مع نظيره") keeps the ordinary reading: its partner follows "مع".
"""
from __future__ import annotations

from core.events import constructions
from core.events.actors import _group_forward, _uniq
from core.events.clauses import punct_gap
from core.text import RELATIVE_PRONOUNS

HOLD_REACH = 10  # words from the holding verb to the noun ("عقد وزير الخارجية الأمريكي ونظيره الروسي اجتماعا")
HOLD = "hold"
PARTNER, PHRASE_END = "partner", "phrase_end"  # construction_cues.tsv: "مع"، "بين"; "بعد"، "إثر"، "في"


def rule_held_meeting(c):
    """(source, target, joint) of a meeting noun whose holding verb's subject names two
    sides joined as one group ("X وY"، "X ونظيره Y"), with no clause mark, relative
    pronoun, partner word, preposition or adverb between verb and noun."""
    h, toks = c.h, c.toks
    if h.verbal or h.form.type != "CONSULT" or c.joint or not c.earlier:
        return None
    verb = next((k for k in range(h.i - 1, max(-1, h.i - HOLD_REACH - 1), -1)
                 if constructions.kind(toks[k].norm) == HOLD), None)
    if verb is None or any(toks[k].norm in RELATIVE_PRONOUNS or constructions.kind(toks[k].norm) == PARTNER
                           for k in range(verb + 1, h.i)):
        return None
    if punct_gap(toks, c.nt, verb + 1, h.i):
        return None
    seq = sorted((a for a in c.earlier if a.i > verb), key=lambda a: a.i)
    if not seq or len(_group_forward(seq, 0, toks, c.nt)) != len(seq) or any(
            constructions.kind(toks[k].norm) == PHRASE_END for k in range(verb + 1, seq[-1].j)):
        return None  # the sides are one subject, joined, no preposition or adverb in it
    sides = _uniq([a.actor for a in seq])
    return ([], [], sides) if len(sides) == 2 else None  # three or more: the model reads each two
