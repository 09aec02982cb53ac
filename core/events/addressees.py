"""A named addressee singled out beside an unnamed one: "دعت X المجتمع الدولي وبخاصة
مجلس الأمن إلى ..."، "طالب X جميع الدول، خاصة روسيا، بـ ...". A demand addressed to the
international community or to all parties asks no one named (core.events.speech_acts.
unnamed_addressee), but the body or state named right after it, joined by "و" or singled
out by "خاصة"، "لا سيما"، "وعلى رأسها", is asked too: the demand is its event.
"""
from __future__ import annotations

from core.text import COMMAS, mark_before
from core.events.actors import _ActorMention

# words that single one out of a group ("وخاصة"، "لا سيما"), normalised; "لا سيما" is two words
SINGLING = frozenset({"خاصه", "وخاصه", "بخاصه", "وبخاصه", "خصوصا", "وخصوصا", "سيما", "لاسيما", "ولاسيما",
                      "راسها", "راسهم", "راسه", "مقدمتها", "مقدمتهم", "مقدمته"})
LEADS = frozenset({"لا", "ولا", "وعلي", "علي", "وفي", "في"})  # "لا سيما"، "وعلى رأسها"، "وفي مقدمتها"


def named_beside(toks, text: str, actors: list[_ActorMention], end: int) -> bool:
    """An actor stands right after the unnamed addressee ending before token ``end``: joined
    by "و" ("المجتمع الدولي والأمم المتحدة") or after a word singling it out, a comma
    allowed before that word."""
    k = end + 1 if end < len(toks) and toks[end].norm in LEADS else end
    first = k
    while k < len(toks) and toks[k].norm in SINGLING and k - end < 3:
        k += 1
    singled = k > first  # a lead alone singles no one out: "جميع الأطراف في سوريا" names where
    if not singled:
        k = end
    for a in actors:
        if a.i == k and (singled or toks[k].norm[:1] == "و" and not mark_before(toks, text, k, COMMAS)):
            return True
    return False
