"""Sides joined by "و" as one attack's authors strike together, not each other: "شن الجيش
اليمني وطيران التحالف العربي هجوما على مواقع الميليشيا"، "قصفت قوات الشرعية ومقاتلات
التحالف مواقع للحوثيين".

The role model reads the second of two joined subjects as the first one's target when the
object names no side it knows. A directed attack pair whose sides the sentence names only
as joined so (the second right after the first, with "و" on it or on the force word before
it: "وطيران"، "ومقاتلات") is dropped; "بين X وY" names the two sides of a clash, a joint
pair, and is left alone. Two nationality adjectives of one noun, with no "و" between, are
joined authors too ("غارات أمريكية بريطانية على مواقع X"، "طائرات روسية سورية"), unless the
trigger is a clash's, whose sides they are ("اشتباكات هندية باكستانية"). A side struck by
one of two joined authors is struck by the other as well.
"""
from __future__ import annotations

from core.events import killed, raid_authors
from core.events.actors import prepositional

AND = "و"
BETWEEN = frozenset({"بين", "وبين"})  # normalised: "اشتباكات بين X وY"
BETWEEN_REACH = 3  # words before the first side where "بين" makes the two a clash's sides
PARTNERS = frozenset({"مع", "ومع", "بين", "وبين", "في", "وفي", "علي", "الي", "من", "عن"})  # "الحدود مع X وY"، "في X وY": no authors
AUTHOR_REACH = 10  # words from joined authors to their act ("أعلنتا في بيان مشترك مساء الثلاثاء تبنيهما إطلاق")


def no_joined_targets(doc, st, h, pairs: list) -> list:
    """The attack pairs less the directed ones whose two sides are named only as joined
    authors."""
    if not pairs or h.form.type != "ASSAULT":
        return pairs
    return _no_joined_targets(doc, st, h, pairs)


def _no_joined_targets(doc, st, h, pairs: list) -> list:
    """no_joined_targets past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    joined = _joined(doc, st, h)
    if not joined:
        return pairs
    kept = [(p, d) for p, d in pairs if not (d and len(p) == 2 and frozenset(p) in joined)]
    return _with_co_authors(doc, st, h, kept, joined)


def _with_co_authors(doc, st, h, pairs: list, joined: dict) -> list:
    """The pairs with, for each directed pair whose source is one of two joined authors of
    the trigger's own clause, the same pair from the other ("X وY" strike Z: X strikes Z,
    and so does Y)."""
    out = list(pairs)
    for p, d in pairs:
        if not d or len(p) != 2:
            continue
        for both, (a, b) in joined.items():
            if p[0] in both and p[1] not in both and _only_joined(st, p[0], a, b) and _authors_here(doc, st, h, a, b):
                (other,) = both - {p[0]}
                made = (type(p)((other, p[1])), d)
                if made not in out:
                    out.append(made)
    return out


def _only_joined(st, actor: str, a, b) -> bool:
    """The pair's source is named in the sentence only by the joined mentions: one named again
    ("بحثت X وY الهجوم الXي على Z") may be the author by that other mention alone."""
    for x in st.actors:
        if x.actor == actor and x is not a and x is not b:
            return False
    return True


def _authors_here(doc, st, h, a, b) -> bool:
    """Joined sides a, b are named as the trigger's authors: right after it (or after a force
    word after it: "شنت طائرات أمريكية بريطانية غارات"), or before it within AUTHOR_REACH words
    with no other side between ("أعلنت X وY تبنيهما إطلاق صواريخ"; not "طلبت X وY من Z ... إسقاط"),
    and not as partners or places ("الحدود مع X وY"، "في X وY،")."""
    norms = doc.norms
    if a.i >= h.j:
        return a.i - h.j <= 1
    if h.i < a.i and b.j <= h.j:
        return True  # inside a trigger of several words ("شنت طائرات X Y غارات")
    if b.j > h.i or h.i - b.j > AUTHOR_REACH or a.i > st.ti and norms[a.i - 1] in PARTNERS:
        return False
    if prepositional(a, doc.toks, doc.nt):
        return False
    for x in st.actors:
        if b.j <= x.i < h.i:
            return False
    return True


def _joined(doc, st, h) -> dict:
    """The pairs of sides the sentence names as joined authors, each only so, with their
    mentions. Two adjectives are joined authors when they describe the trigger, a force word
    or an attack word; never those of a clash, whose two sides they are."""
    norms = doc.norms
    out = {}
    for a in st.actors:
        for b in st.actors:
            if b.actor == a.actor or b.i < a.j or b.i > a.j + 1:
                continue
            if b.i == a.j:  # the و written on the name, not its own letter ("وحدات حماية الشعب")
                ok = doc.nt.original[doc.toks[b.i].start:b.start].endswith(AND) or (
                    a.adjective and b.adjective and _attack_adjectives(doc, h, a.i - 1))  # "غارات أمريكية بريطانية"
            else:  # "وطيران التحالف": the force word carries the و
                ok = norms[a.j][:1] == AND and norms[a.j][1:] in raid_authors.forces()
            if ok and not any(norms[k] in BETWEEN for k in range(max(st.ti, a.i - BETWEEN_REACH), a.i)):
                if all(x.actor != b.actor or x is b for x in st.actors):
                    out[frozenset((a.actor, b.actor))] = (a, b)
    return out


def _attack_adjectives(doc, h, k: int) -> bool:
    """The word at k, before two nationality adjectives, is the trigger's (not a clash's), a
    force word or an attack word: they name its authors ("الحدود العراقية الإيرانية" names none)."""
    if h.form.joint:
        return False
    return h.i <= k < h.j or doc.norms[k] in raid_authors.forces() or killed.attack_word(doc, doc.norms[k])
