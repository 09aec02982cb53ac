"""An organisation named only as whose building an attack happened near: "إطلاق نار قرب
مقر شركة يوتيوب"، "انفجار أمام مكاتب الشركة X"، "بالقرب من مبنى المنظمة". Near its
premises is where the shots or the blast were, not whom they hit; an attack on the
premises ("هجوم على مقر الحزب") still hits the body. Organisations only: a capital or a
country near which a strike falls is the place the attack reached.
"""
from __future__ import annotations

from core.events.named_only import named_only, without_sides
from core.events.sentence_sides import unsided
from core.text import clitic_variants, without_conjunction

NEAR = frozenset({"قرب", "بالقرب", "امام", "بجوار", "محيط", "مقربه", "قباله", "خارج"})  # normalised, without و/ف
# a building of the body, between the word of nearness and its name: the attack was near
# the building ("قرب مقر شركة X")، not near the body itself ("هجوم قرب كابول شنته حركة X")
PREMISES = frozenset({"مقر", "مقار", "مقرات", "مكتب", "مكاتب", "مبني", "مباني", "فرع", "فروع", "مصنع", "مجمع"})
NEAR_REACH = 5  # words from the word of nearness to the body ("بالقرب من المقر الرئيسي لشركة X")
TYPES = frozenset({"ASSAULT"})


def _premises(word: str) -> bool:
    """The normalised word names a building, with or without its article or a proclitic."""
    return any(stem.removeprefix("ال") in PREMISES for stem, _ in clitic_variants(word))


def _near_premises(norms: list[str], a, ti: int) -> bool:
    """A word of nearness stands within NEAR_REACH words before mention a, and a word of
    a building between the two."""
    for k in range(max(ti, a.i - NEAR_REACH), a.i):
        if without_conjunction(norms[k]) in NEAR:
            return any(_premises(norms[m]) for m in range(k + 1, a.i))
    return False


def no_nearby_bodies(doc, st, h, pairs: list) -> list:
    """The attack's pairs less the organisations named only near whose premises it was."""
    if not pairs or h.form.type not in TYPES:
        return pairs
    return without_sides(pairs, unsided(doc, st, _nearby_bodies))


def _nearby_bodies(doc, st) -> set[str]:
    """The organisations the sentence names only near whose premises something happened
    (read once per sentence: core.events.sentence_sides)."""
    norms = doc.norms
    return named_only(st.actors, lambda a: a.kind.startswith("ORG") and _near_premises(norms, a, st.ti))
