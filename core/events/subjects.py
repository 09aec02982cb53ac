"""Subjects joined by و that a verbal noun right after them governs: "أعلنت مصر والبحرين
مقاطعة قطر"، "قررت الكويت والبحرين طرد السفير الإيراني". Each of them does the act, as
with a verb ("انتقدت مصر والبحرين قطر"), where the word-order rules took only the last.

Only when the last of them stands right before the noun, with no pause between: farther
off, the coordinated names are usually another clause's ("لم تسمح لها X وY بدخول
مرافئهما، وقد استأنفت عمليات الإغاثة").
"""
from __future__ import annotations

from core.events.actors import _ActorMention, _group_backward, _uniq
from core.events.speech_roles import _ladder
from core.events.triggers import _Hit
from core.text import NormText, Token

SUBJECTS_GAP = 1  # words between the last of the coordinated subjects and the verbal noun


def subjects_before(seq: list[_ActorMention], k: int, h: _Hit, toks: list[Token], nt: NormText) -> list[str]:
    """The subject at seq[k] with the subjects joined to it by و when it stands right before
    the noun h, none of them governed by a preposition nor one word's two parties
    ("الرئيسين" stands for both at one word); else seq[k] alone."""
    roles = _ladder()  # the ladder's own tests of prepositions and pauses; roles imports this module
    last = seq[k]
    group = _group_backward(seq, k, toks, nt)
    if (h.i - last.j > SUBJECTS_GAP or roles._punct_gap(toks, nt, last.j, h.i)
            or len({a.i for a in group}) < len(group) or any(roles.prepositional(a, toks, nt) for a in group)):
        group = [last]
    return _uniq([a.actor for a in group])


def clause_subjects(c, others: list[str]) -> list[str]:
    """The clause's subjects a verbal noun takes for its agent (the last actor before it
    without a preposition, and those joined to it), leaving out ``others``."""
    last = c.earlier[-1]
    k = next(x for x, a in enumerate(c.seq) if a is last)
    return [x for x in subjects_before(c.seq, k, c.h, c.toks, c.nt) if x not in others]
