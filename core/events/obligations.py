"""An obligation on the speakers themselves is no demand. The phrase "يجب على X" demands
of X what follows; "يجب علينا اغتنام الفرص" (we must seize the chances) binds the speakers
(construction_cues.tsv, kind ourselves), so its REQUEST pairs, which can only guess an
addressee among the sentence's other sides, are dropped.
"""
from __future__ import annotations

from core.events import constructions


def no_self_demands(doc, st, h, pairs: list) -> list:
    """The pairs of a REQUEST whose words do not put the obligation on the speakers."""
    if h.form.type != "REQUEST" or not pairs:
        return pairs
    if any(constructions.kind(doc.norms[k]) == "ourselves" for k in range(h.i, min(h.j + 1, st.tj))):
        return []
    return pairs
