"""Stock indices named after a company or an exchange: "تراجع مؤشر ناسداك"، "ارتفع مؤشر
ستاندرد آند بورز ليصل إلى ..."، "مؤشر داو جونز أمام ...". The name after "مؤشر" is the
index, a figure of the market, not the company or exchange acting: it is no side of an
event (market reports read "يصل إلى" as a visit and "أمام" as a face-off). Named another
way as well, the company stays one.
"""
from __future__ import annotations

from core.events.named_only import named_only, without_sides
from core.events.sentence_sides import unsided
from core.text import written_forms

# "مؤشر" and its forms, with the conjunctions and prepositions they may carry ("ومؤشر"، "لمؤشر");
# singular or dual only: the plural "مؤشرات" is mostly "signs" ("مؤشرات تورط حزب X"), whose
# body named after it is as much a side as anywhere
INDEX_WORDS = written_forms(("مؤشر", "المؤشر", "مؤشرا", "مؤشري"))
NAME_REACH = 2  # words from "مؤشر" to the name ("مؤشر سوق دبي"، "مؤشر فوتسي 100")


def _indexed(norms: list[str], i: int, ti: int) -> bool:
    """The name at token i comes right after "مؤشر" or a word of it ("مؤشر بورصة X")."""
    return any(norms[k] in INDEX_WORDS for k in range(max(ti, i - NAME_REACH), i))


def no_index_sides(doc, st, pairs: list) -> list:
    """The pairs less the sides named only as the name of a stock index."""
    if not pairs:
        return pairs
    return without_sides(pairs, unsided(doc, st, _index_sides))


def _index_sides(doc, st) -> set[str]:
    """The actors the sentence names only as a stock index (read once per sentence:
    core.events.sentence_sides)."""
    if INDEX_WORDS.isdisjoint(doc.norms[st.ti:st.tj]):
        return set()
    return named_only(st.actors, lambda a: a.kind.startswith("ORG") and _indexed(doc.norms, a.i, st.ti))
