"""An obligation on the speakers themselves is no demand. The phrase "يجب على X" demands
of X what follows; "يجب علينا اغتنام الفرص" (we must seize the chances) binds the speakers
(construction_cues.tsv, kind ourselves), so its REQUEST pairs, which can only guess an
addressee among the sentence's other sides, are dropped.

"يجب على X أن ..." is read twice: as the phrase trigger "يجب على" and as the construction
"على X أن" (core.events.roles._frames), which makes the speaker (named before it, else in
the sentence before) demand of X. The phrase's own pairs, weighed by the role model, may
take a side named inside the demand or in another act's words as the one who demands
("بعد القصف على ليبيا، يجب على تونس أن تفتح حدودها": Libya demands nothing), so
where the construction reads the demand the phrase adds none.
"""
from __future__ import annotations

from core.events import constructions

FRAME_REACH = 6  # words from the phrase's "على" to the "أن" closing its addressee ("يجب على الولايات المتحدة وتركيا أن")


def no_self_demands(doc, st, h, pairs: list) -> list:
    """The pairs of a REQUEST whose words do not put the obligation on the speakers."""
    if h.form.type != "REQUEST" or not pairs:
        return pairs
    return _no_self_demands(doc, st, h, pairs)


def _no_self_demands(doc, st, h, pairs: list) -> list:
    """no_self_demands past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    if any(constructions.kind(doc.norms[k]) == "ourselves" for k in range(h.i, min(h.j + 1, st.tj))):
        return []
    return pairs


def no_framed_repeats(doc, st, h, pairs: list) -> list:
    """The pairs of a REQUEST phrase ending in "على" ("يجب على"، "يتعين على") unless its
    addressee is closed by "أن", whose construction reads the demand (module docstring)."""
    if h.form.type != "REQUEST" or not pairs or h.form.tokens[-1] != "علي" or st.content_from is None:
        return pairs
    return _no_framed_repeats(doc, st, h, pairs)


def _no_framed_repeats(doc, st, h, pairs: list) -> list:
    """no_framed_repeats past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    if h.j < st.content_from <= h.j + FRAME_REACH and doc.norms[st.content_from - 1] == "ان" \
            and any(a.i == h.j for a in st.actors):
        return []
    return pairs
