"""A visit told before its visitor: "وخلال زيارته للولايات المتحدة، قال الرئيس الفرنسي
..."، "وعلى هامش زيارتها لبكين، دعت المستشارة الألمانية إلى ...".

A meeting noun with a possessive pronoun ("زيارته"، "لقائها") has as its agent whom the
pronoun takes up; fronted in a circumstantial phrase, that is the subject of the clause
after the phrase's comma, and the place or side after ل/إلى is what was visited or met. The
rules read the pronoun only when the subject stands before the noun
(roles._rule_possessive_agent); this reads it forward.
"""
from __future__ import annotations

from core.events.implied import ONE_PERSON

POSSESSIVE = ("ه", "ها", "هما", "هم")  # "زيارته"، "زيارتها"، "لقائهما"
SINGULAR = ONE_PERSON  # "زيارته"، "زيارتها" (هما and هم end otherwise)
PLURAL = ("ون", "ين")  # a plural subject's head ("مسؤولون"، "المسؤولين")
TO_WORDS = frozenset({"الي"})  # normalised إلى; a proclitic ل is read on the mention itself
SUBJECT_REACH = 10  # words from the phrase's end to the clause's subject ("قال رئيس الوزراء الإسرائيلي")


def _destination(c) -> int | None:
    """Index in c.seq of the side named right after the noun, after ل or إلى."""
    h, toks, nt = c.h, c.toks, c.nt
    for k, a in enumerate(c.seq):
        if a.i == h.j and a.start > toks[a.i].start and "ل" in nt.original[toks[a.i].start:a.start]:
            return k  # "زيارته للولايات المتحدة"، "لباريس"
        if a.i == h.j + 1 and toks[h.j].norm in TO_WORDS:
            return k  # "زيارته إلى موسكو"
    return None


def rule_fronted_visit(c):
    """(source, target, joint) of a possessed meeting noun before its clause's subject: the
    first actor after the comma that ends the phrase, named without a preposition."""
    h, toks, nt = c.h, c.toks, c.nt
    if h.verbal or h.form.type != "CONSULT" or c.earlier or not toks[h.j - 1].norm.endswith(POSSESSIVE):
        return None
    from core.events.roles import _group_forward, _punct_gap, prepositional  # after the test most triggers fail

    k = _destination(c)
    if k is None:
        return None
    place = _group_forward(c.seq, k, toks, nt)
    end = place[-1].j
    for a in c.seq:
        if a.i < end or a.actor in {p.actor for p in place}:
            continue
        if not _punct_gap(toks, nt, end, a.i) or a.i - end > SUBJECT_REACH:
            return None  # no comma ends the phrase first: the actor is still inside it
        if prepositional(a, toks, nt):
            continue
        head = toks[a.i - 1 if a.adjective else a.i].norm
        if toks[h.j - 1].norm.endswith(SINGULAR) and head.endswith(PLURAL) and len(head) > 4:
            return None  # "زيارته ..., قال مسؤولون كوريون": officials are not whom "his" takes up
        return [a.actor], [place[0].actor], []
    return None
