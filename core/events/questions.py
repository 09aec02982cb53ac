"""What a question asks about is not told. "هل سترسل روسيا سفنا حربية إلى سوريا؟"،
"أين يلتقي ترامب كيم؟"، "بعد اشتباكات عدن: هل نشب الخلاف بين X وY؟": a sentence that
ends in a question mark and holds an interrogative word (construction_cues.tsv, kind
question) asserts nothing from that word on. A trigger after the interrogative makes no
event; a trigger before it keeps only the sides named before it (the question's own
sides are asked about, not told). The cue list's "هل" read from a few words before the
trigger only; a question is often longer.
"""
from __future__ import annotations

from core.events import constructions

QUESTION_MARKS = ("؟", "?")
TRAILING = " \t\n\"'»”)]"


def _question_word(doc, st) -> int | None:
    """The first interrogative word of a sentence that ends in a question mark."""
    if not doc.nt.original[st.start:st.end].rstrip(TRAILING).endswith(QUESTION_MARKS):
        return None
    norms = doc.norms
    return next((k for k in range(st.ti, st.tj) if constructions.kind(norms[k]) == "question"), None)


def not_asked(doc, st, h, pairs: list) -> list:
    """The pairs of a trigger that a question leaves told: none after the interrogative
    word, and before it none with a side named only in the question."""
    if not pairs:
        return pairs
    k = _question_word(doc, st)
    if k is None:
        return pairs
    if h.i > k:
        return []
    before = {a.actor for a in st.actors if a.i < k}
    return [(p, d) for p, d in pairs if all(x in before for x in p)]
