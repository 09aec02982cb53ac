"""Who withdraws: "انتقدت روسيا انسحاب واشنطن من المعاهدة".

A verbal noun of an intransitive act (انسحاب، خروج: construction_cues.tsv, kind own_doer)
has its doer as its genitive, the side written right after it or inside its phrase's gap
("انسحاب … من اتفاق"); it has no object. The word-order rules read a verbal noun's genitive
as its object and the clause's subject before it as its agent ("انتقدت باريس اتهام لندن"),
which made Russia withdraw from Washington. Here the genitive is the source, and the target
is a side the rules read after the noun (the partner of the deal, the country left); the
subject of the clause that governs the noun is no side of it.
"""
from __future__ import annotations

from core.events import constructions
from core.events.actors import _group_forward, _uniq, prepositional
from core.events.stated import Stated

OWN_DOER = "own_doer"
FROM = "من"


def _doer(h, seq):
    """The side written as the noun's genitive: inside its phrase's gap, else right after
    the noun itself (or the nationality adjective of the word right after it, "انسحاب
    القوات الأمريكية"); not after the rest of a phrase ("الانسحاب من الاتفاق النووي
    الإيراني": Iran qualifies the treaty)."""
    inside = [a for a in seq if h.i < a.i < h.j]
    if inside:
        return inside[0]
    return next((a for a in seq if a.i == h.i + 1 or a.adjective and a.i == h.i + 2), None)


def rule_genitive_doer(c):
    """(source, target, joint) of an intransitive verbal noun with its doer named (module docstring)."""
    h = c.h
    if h.verbal or constructions.kind(c.toks[h.i].norm) != OWN_DOER:
        return None
    doer = _doer(h, c.seq)
    if doer is None:
        return None
    src = _uniq([a.actor for a in _group_forward(c.seq, c.seq.index(doer), c.toks, c.nt)])  # "انسحاب X وY"
    before = set()  # loops, not comprehensions: their names would be cells of every call
    for a in c.earlier:
        before.add(a.actor)
    tgt = []
    for x in c.src + c.tgt:
        if x not in src and x not in before:
            tgt.append(x)
    return src, tgt, []


def no_governing_sides(doc, st, h, pairs: list) -> list:
    """The role model's pairs of such a noun with its doer named, less those with a side
    named only before the noun: the subject of the clause that governs it ("رحبت إسرائيل
    بانسحاب واشنطن من الاتفاق": Israel welcomes, it is not left)."""
    if not pairs or h.verbal or constructions.kind(doc.norms[h.i]) != OWN_DOER or _doer(h, st.actors) is None:
        return pairs
    return _no_governing_sides(doc, st, h, pairs)


def _no_governing_sides(doc, st, h, pairs: list) -> list:
    """no_governing_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    # a subject is named without a preposition: "التجارة مع طهران بعد انسحاب واشنطن" keeps Iran
    before = ({a.actor for a in st.actors if a.i < h.i and not prepositional(a, doc.toks, doc.nt)}
              - {a.actor for a in st.actors if a.i >= h.i})
    return [(p, d) for p, d in pairs if before.isdisjoint(p)]


def stated_doer(doc, st, h, roles, pairs: list) -> list:
    """The rules' one directed pair of such a noun whose doer is only the nationality
    adjective right after it ("بدأ الانسحاب الأمريكي من سوريا": the United States
    withdraws) and the side left named right after "من" as a stated pair: the adjective
    names who withdraws outright, and the role model, which learnt a noun's adjective
    mostly as its object, dropped the pair."""
    if (not roles or len(roles[0]) != 1 or len(roles[1]) != 1 or len(pairs) != 1 or not pairs[0][1]
            or h.verbal or constructions.kind(doc.norms[h.i]) != OWN_DOER):
        return pairs
    return _stated_adjective_doer(doc, st, h, roles, pairs)


def _stated_adjective_doer(doc, st, h, roles, pairs: list) -> list:
    """stated_doer past its gates: apart from them, as the names its generator reads are
    cells made at every call."""
    doer = _doer(h, st.actors)
    if doer is None or not doer.adjective or doer.i != h.i + 1 or doer.actor != roles[0][0]:
        return pairs
    left = doer.j + 1  # the side left is named right after "من" ("من سوريا"), not an idea's ("من العالم")
    if doer.j >= len(doc.norms) or doc.norms[doer.j] != FROM or not any(
            a.i == left and a.actor == roles[1][0] for a in st.actors):
        return pairs
    return [(Stated(p), d) for p, d in pairs]
