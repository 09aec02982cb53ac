"""A side named only inside a clause of time after an act is no target of that act: in
"احتجزت السلطات الرجل في المطار عندما كان ينتظر طائرته إلى X" the clause opened by
"عندما" tells where the man was going, and X is not whom the authorities held. The
words that open such a clause (عندما، حينما، بينما; construction_cues.tsv, kind
when_clause) are data; a side named before the clause as well stays a target ("اعتقلت
الشرطة المواطن الأمريكي عندما ... الولايات المتحدة"), and the act's source is left alone
(the clause's subject may be the author of a passive act before it).
"""
from __future__ import annotations

from core.events import constructions


def _clause_at(norms: list[str], h, tj: int) -> int | None:
    """The first word after the trigger, in its sentence, that opens a clause of time."""
    return next((k for k in range(h.j, tj) if constructions.kind(norms[k]) == "when_clause"), None)


def no_when_clause_targets(doc, st, h, pairs: list) -> list:
    """The directed pairs less those whose target the sentence names only inside a clause
    of time opened after the trigger."""
    if not pairs:
        return pairs
    k = _clause_at(doc.norms, h, st.tj)
    if k is None:
        return pairs
    inside = {a.actor for a in st.actors if a.i > k}
    inside -= {a.actor for a in st.actors if a.i < k}
    if not inside:
        return pairs
    return [(p, d) for p, d in pairs if not (d and p[-1] in inside)]
