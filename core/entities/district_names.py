"""The name after a head that is a district or a battle front as well as a body with a
field ("مديرية الأمن" the security directorate, "جبهة التحرير"): which word is a place's
name and not a field.

A field is written with and without its article ("الأمن"، "أمن"); a place's name is
written one way only: "مديرية الخوخة" with the article, which news never drops, or
"مديرية صرواح" without one, which news never adds. A bare name may be frequent in news
(a district where the war is fought is named in hundreds of articles), so the general
rule that a frequent bare word ends a place's name ("ميناء تتوفر") does not apply to it.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.person_names import FAMILY_BARE_MAX, NAME_RARE
from core.text import clitic_variants


# The heads after which a bare word may be a district's name: "قضاء" and "ناحية" are
# also "serving (a sentence)" and "side" before a bare noun ("قضاء ثلثي العقوبة").
_BARE_NAME_HEADS = ("مديريه", "جبهه")


def _district_name(ctx: _Context, k: int) -> bool:
    """Whether the word at k, right after a district or front head, is a place's name: a
    definite word news never writes bare, or, after مديرية or جبهة, a bare word news never
    writes with the article (no verb, adjective or proclitic form: "جبهة موحدة" is a
    united front, "مديرية وقال" no district)."""
    w = ctx.norms[k]
    if ctx.stop(w) or ctx.lex.adjective_of(w):
        return False
    if w.startswith("ال"):
        return len(w) > 4 and ctx.counts.get(w[2:], 0) <= FAMILY_BARE_MAX and not w.endswith(("ون", "ين", "ات"))
    return (len(w) > 2 and ctx.norms[k - 1].endswith(_BARE_NAME_HEADS) and not _proclitic_on_word(ctx, w)
            and ctx.counts.get("ال" + w, 0) <= FAMILY_BARE_MAX
            and not ctx.verb_like(w) and not ctx.common_word(w) and not ctx.accusative(w, alone=True))


def _proclitic_on_word(ctx: _Context, w: str) -> bool:
    """Whether w reads as a conjunction or preposition on a word news writes ("وقال"، "بالمحافظة"،
    "ومن"): its stem without them is a stop word, a common word or one news writes at least
    NAME_RARE times. A name's own first letter is no proclitic ("وصاب": "صاب" is no word)."""
    return any(dropped and (ctx.stop(stem) or ctx.common_word(stem) or ctx.counts.get(stem, 0) >= NAME_RARE)
               for stem, dropped in clitic_variants(w))
