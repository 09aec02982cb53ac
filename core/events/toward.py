"""Sides named after a preposition of regard (تجاه، إزاء، حيال، بخصوص): in "اتفقوا على موقف موحد
إزاء روسيا" or "بحثا تعزيز الدعم تجاه الشعب السوري" the country after it is what a
stance, a meeting or an offer regards, no party to the agreement, talks or request. The
same words after a word of concern or blame name the one blamed ("قلق إزاء التصعيد
الإسرائيلي" accuses Israel), so only acts done with or for a partner lose such a side.
"""
from __future__ import annotations

from core.text import normalize_for_match

REGARD = frozenset(normalize_for_match(w) for w in ("تجاه", "إزاء", "ازاء", "حيال", "بخصوص"))
PROPOSALS = frozenset(normalize_for_match(w) for w in (  # "موافقة كندا تجاه قرار الولايات المتحدة": its author is approved
    "قرار", "قرارات", "خطة", "خطط", "مبادرة", "مقترح", "مقترحات", "اقتراح", "دعوة", "طلب"))
ENDORSING = frozenset({"AGREE", "SUPPORT"})
PARTNER_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID", "REQUEST"})
REGARD_REACH = 3  # words from the preposition to the side ("إزاء الأزمة في سوريا"، "تجاه الشعب السوري")
PAUSES = "،,.:؛()\"«»"  # a clause or a quotation ends what is regarded


def _regarded(doc, st, h, a) -> bool:
    """Actor a is named within REGARD_REACH words after a preposition of regard (or right
    after it, with or without a leading و), no punctuation between; not as the author of a
    decision or a proposal an agreement or a backing regards, which it is a party to."""
    norms = doc.norms
    for k in range(a.i - 1, max(st.ti, a.i - 1 - REGARD_REACH) - 1, -1):
        word = norms[k][1:] if norms[k][:1] == "و" and norms[k][1:] in REGARD else norms[k]
        if word in REGARD:
            between = doc.nt.original[doc.toks[k].end:a.start]
            if h.form.type in ENDORSING and k + 1 < a.i and norms[k + 1] in PROPOSALS:
                return False
            return not any(map(between.__contains__, PAUSES))  # no generator: between no cell
    return False


def no_regarded_sides(doc, st, h, pairs: list) -> list:
    """The pairs of an act done with or for a partner none of whose sides the sentence
    names only after a preposition of regard."""
    if h.form.type not in PARTNER_TYPES or not pairs:
        return pairs
    return _no_regarded_sides(doc, st, h, pairs)


def _no_regarded_sides(doc, st, h, pairs: list) -> list:
    """no_regarded_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    regarded, named = set(), set()
    for a in st.actors:
        (regarded if a.i > st.ti and _regarded(doc, st, h, a) else named).add(a.actor)
    regarded -= named
    if not regarded:
        return pairs
    return [(p, d) for p, d in pairs if regarded.isdisjoint(p)]
