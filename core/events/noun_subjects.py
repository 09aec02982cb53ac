"""An attack verb whose subject is the attack noun written right before it: "قتل بغارة
لطيران التحالف استهدفت مواقع للحوثيين"، "في هجوم انتحاري استهدف مقر الشرطة".

A verb of attack right after an attack noun and its author or adjectives, with no clause
mark between, is a relative clause of the noun with no relative word (a clause describing
an indefinite noun): its subject is the raid, and the side named after it is its object,
the one hit. The word-order rules read the first actor after the verb as its subject, so
the one hit came out as the attacker ("الحوثيين" attacking Yemen). A pair whose source is
named only after the verb is dropped; the noun's author, named before the verb, stays (and
no one else when the noun names it: a force no actor stands for, "لطيران التحالف", leaves
the raid with no named author).
"""
from __future__ import annotations

from core.events import attack_authors, constructions
from core.events.clauses import punct_gap
from core.events.reported import EVENT_SUBJECTS
from core.events.triggers import GAP

NOUN_REACH = 4  # words from the noun to its verb ("بغارة جوية لطيران التحالف استهدفت")
PHRASE_ENDS = ("phrase_end", "partner")  # construction_cues.tsv: "بعد"، "إثر"، "في"، "مع"


def _ends(word: str) -> bool:
    return constructions.kind(word) in PHRASE_ENDS


def _definite(word: str) -> bool:
    """The article on a normalised word, under a proclitic or two ("الصاروخ"، "وبالغارة"، "للهجوم")."""
    for cut in (0, 1, 2):
        rest = word[cut:]
        if rest.startswith("ال") or cut and rest.startswith("ل") and word[cut - 1] == "ل":
            return True
        if cut < 2 and word[cut:cut + 1] not in "وفبلك":
            return False
    return False


def _noun_before(doc, st, h) -> int | None:
    """The indefinite attack noun within NOUN_REACH words before the verb, with no mark or
    preposition between: a definite noun ("بعد سقوط الصاروخ هاجم X") is no antecedent of
    a clause with no relative word."""
    toks, norms = doc.toks, doc.norms
    nouns = attack_authors.authored_forms()
    for k in range(h.i - 1, max(st.ti, h.i - NOUN_REACH) - 1, -1):
        if punct_gap(toks, doc.nt, k + 1, k + 1) or _ends(norms[k]):
            return None  # "القصف المدفعي مع قصف": a preposition's noun, spelt as a verb, no clause
        if norms[k] in nouns or norms[k] in EVENT_SUBJECTS:
            return None if _definite(norms[k]) else k
    return None


def no_sources_after(doc, st, h, pairs: list) -> list:
    """The pairs of an attack verb whose subject is the noun before it, less the directed
    ones whose source is named only after the verb (module docstring); when the noun names
    its author between it and the verb, only that author; when it names a force no actor
    stands for ("لطيران التحالف"), none."""
    if not pairs or not h.verbal or h.form.type != "ASSAULT":
        return pairs
    return _no_sources_after(doc, st, h, pairs)


def _no_sources_after(doc, st, h, pairs: list) -> list:
    """no_sources_after past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    k = _noun_before(doc, st, h)
    if k is None:
        return pairs
    authors = {a.actor for a in st.actors if k < a.i < h.i}
    if not authors and any(doc.norms[m] in attack_authors.lam_forces() for m in range(k + 1, h.i)):
        return [(p, d) for p, d in pairs if not d]
    allowed = authors or {a.actor for a in st.actors if a.i < h.i}
    allowed |= _own_subject(doc, st, h)
    return [(p, d) for p, d in pairs if not d or p[0] in allowed]


def _own_subject(doc, st, h) -> set[str]:
    """The side right after the verb in the nominative, its own subject: a plural noun in
    -ون ("هاجم الحوثيون") or the head before it in -و ("هاجم مقاتلو X")."""
    norms = doc.norms
    for a in st.actors:
        if a.i == h.j and norms[a.i].endswith("ون") or a.i == h.j + 1 and norms[h.j].endswith("و"):
            return {a.actor}
    return set()


def author_adjective(st, h, pairs: list) -> list:
    """The pairs of an object-first attack phrase ("صاروخ أطلقه المتمردون الحوثيون
    اليمنيون") less those of a nationality adjective right after its author, named right
    after the phrase: the adjective describes the author and is no side."""
    if not pairs or h.form.type != "ASSAULT" or GAP not in h.form.tokens:
        return pairs
    seq = sorted(st.actors, key=lambda a: a.i)
    for a, b in zip(seq, seq[1:]):
        if h.j <= a.i <= h.j + 1 and b.i == a.j and b.adjective and b.actor != a.actor:
            return _without_described(pairs, b.actor)
    return pairs


def _without_described(pairs: list, actor: str) -> list:
    """The pairs none of whose sides is ``actor`` or an unnamed side made of it
    ("unnamed-targets-yem"): author_adjective past its gates, apart so that its calls make
    no closure cells before."""
    own = ("unnamed-", "-" + actor.lower())
    return [(p, d) for p, d in pairs if not any(x == actor or x.startswith(own[0]) and x.endswith(own[1]) for x in p)]
