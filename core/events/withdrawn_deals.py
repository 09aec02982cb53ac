"""A withdrawal from an agreement with a named party acts on that party: "انسحاب X من
الاتفاق النووي الإيراني"، "انسحبت X من الاتفاق مع Y".

A side's withdrawal from an agreement is a reduction of its relations with the other
party (SANCTION, the sense data/lexicons/trigger_senses.tsv gives the word when what is
left is an agreement). When the agreement names that party, by its state's adjective
("الاتفاق النووي الإيراني"، "الاتفاقية التركية") or after مع ("الاتفاق مع إيران"), the
withdrawal is aimed at it. News tells a famous withdrawal again and again inside others'
reactions ("إن انسحاب واشنطن من الاتفاق النووي الإيراني درس للسعودية"، "حذر X ترامب من
الانسحاب من الاتفاق النووي الإيراني"), and the role model aims it at whoever is named
nearby, or makes the party its author. So a directed pair whose source is the party is
dropped (the party withdraws from nothing it is named in), and any other is aimed at the
party; the dropped and turned ones count as told.
"""
from __future__ import annotations

from core.events.reading_cues import related
from core.text import clitic_variants

FROM = "من"
WITH = "مع"
AGREEMENT = frozenset({"اتفاق", "الاتفاق", "اتفاقيه", "الاتفاقيه", "معاهده", "المعاهده"})  # normalised
AUTHOR_REACH = 3  # words between the withdrawal and its من ("انسحاب الولايات المتحدة من")
PARTY_REACH = 3  # words after the agreement noun to the party's adjective or مع ("الاتفاق النووي الإيراني")


def _agreement(word: str) -> bool:
    return any(stem in AGREEMENT for stem, _ in clitic_variants(word))


def _party(doc, st, h) -> str | None:
    """The state the withdrawn-from agreement names as its party, or None."""
    norms = doc.norms
    f = next((k for k in range(h.i + 1, min(h.i + 2 + AUTHOR_REACH, st.tj)) if norms[k] == FROM), None)
    if f is None or f + 1 >= st.tj or not _agreement(norms[f + 1]):
        return None
    at = {a.i: a for a in st.actors}
    for k in range(f + 2, min(f + 2 + PARTY_REACH, st.tj)):
        a = at.get(k)
        if a is not None:
            return a.actor if a.adjective else None  # "الاتفاق النووي الإيراني"; a name here is no party
        if norms[k] == WITH:
            b = at.get(k + 1)
            return b.actor if b is not None else None
    return None


def aimed_at_party(doc, st, h, pairs: list) -> list:
    """A withdrawal's directed pairs aimed at the party of the agreement it leaves; none
    with that party as its source."""
    if not pairs or h.form.type != "SANCTION":
        return pairs
    party = _party(doc, st, h)
    if party is None:
        return pairs
    out = []
    for p, d in pairs:
        if d and len(p) == 2:
            if p[0] == party:
                continue
            p = type(p)([p[0], party])
        if (p, d) not in out:
            out.append((p, d))
    if out != pairs:
        related(doc, st, pairs)
    return out
