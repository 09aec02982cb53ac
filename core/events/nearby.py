"""An organisation named only as whose building an attack happened near: "إطلاق نار قرب
مقر شركة يوتيوب"، "انفجار أمام مكاتب الشركة X"، "بالقرب من مبنى المنظمة". Near its
premises is where the shots or the blast were, not whom they hit; an attack on the
premises ("هجوم على مقر الحزب") still hits the body. Organisations only: a capital or a
country near which a strike falls is the place the attack reached.
"""
from __future__ import annotations

from core.events.named_only import named_only, without_sides

NEAR = frozenset({"قرب", "بالقرب", "وقرب", "امام", "بجوار", "محيط", "مقربه", "قباله", "خارج"})  # normalised
NEAR_REACH = 5  # words from the word of nearness to the body ("بالقرب من المقر الرئيسي لشركة X")
TYPES = frozenset({"ASSAULT"})


def _near_premises(norms: list[str], a, ti: int) -> bool:
    """A word of nearness stands within NEAR_REACH words before mention a."""
    return any(norms[k] in NEAR for k in range(max(ti, a.i - NEAR_REACH), a.i))


def no_nearby_bodies(doc, st, h, pairs: list) -> list:
    """The attack's pairs less the organisations named only near whose premises it was."""
    if not pairs or h.form.type not in TYPES:
        return pairs
    norms = doc.norms
    near = named_only(st.actors, lambda a: a.kind.startswith("ORG") and _near_premises(norms, a, st.ti))
    return without_sides(pairs, near)
