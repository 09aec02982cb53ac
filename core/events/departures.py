"""Leaving a building is no retreat from its state. In "غادر الوفد التركي القنصلية
السعودية" or "غادر السفير مقر وزارة الخارجية الروسية" the state named after the building
(construction_cues.tsv, kind building) owns or runs the place left; a withdrawal
(RETREAT) is from a land, a deal or a body, so a pair with that state as a side of the
leaving is dropped.
"""
from __future__ import annotations

from core.events import constructions

BUILDING_REACH = 4  # words from the verb of leaving to the building ("غادر الوفد التركي القنصلية")
OWNER_REACH = 3  # words from the building to its state ("مقر وزارة الخارجية الروسية")


def no_building_owners(doc, st, h, pairs: list) -> list:
    """The pairs of a retreat none of whose sides is named only as a building's owner."""
    if h.form.type != "RETREAT" or not pairs:
        return pairs
    return _no_building_owners(doc, st, h, pairs)


def _no_building_owners(doc, st, h, pairs: list) -> list:
    """no_building_owners past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    norms = doc.norms
    b = next((k for k in range(h.j, min(st.tj, h.j + BUILDING_REACH)) if constructions.kind(norms[k]) == "building"), None)
    if b is None:
        return pairs
    owners = {a.actor for a in st.actors if b < a.i <= b + OWNER_REACH}
    owners -= {a.actor for a in st.actors if not b < a.i <= b + OWNER_REACH}
    return [(p, d) for p, d in pairs if owners.isdisjoint(p)] if owners else pairs
