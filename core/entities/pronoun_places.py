"""A place whose name ends in ة, written with ه: a word with the pronoun "his" instead.

Normalisation writes ة as ه, so "جده" (his grandfather), "وجده" (he found it) and
"حواره" (his interview) read as Jeddah and Huwara. News that writes ة elsewhere in the
article and writes a place's ة as ه here means a word with a pronoun when the word
without it is a common noun, one news writes with the article ("الجد"، "الحوار"); a body
that is none keeps the place, as in "أنقره" written for Ankara ("انقر" is a verb)."""
from __future__ import annotations

from core.entities.context import _Context
from core.text import normalize_for_match

# How many times the article must write ة for its ه to be no spelling of ة.
TEH_MARBUTA_MIN = 5


def _places_with_pronouns(ctx: _Context) -> None:
    """Unname the lexicon's one-word places written with ه for their ة when the word
    without ه is a common noun; the words stay claimed."""
    text = ctx.nt.original
    teh = None
    for sp in ctx.spans():
        e = sp.entry
        if sp.kind != "lexicon" or e is None or e.type not in ("PLACE", "COUNTRY") or sp.j - sp.i != 1 \
                or not e.name_ar.endswith("ة") or not text[sp.start:sp.end].endswith("ه"):
            continue
        if teh is None:
            teh = text.count("ة") >= TEH_MARBUTA_MIN
        if teh and ctx.common_noun(normalize_for_match(text[sp.start:sp.end - 1])):
            sp.generic = True  # type: ignore[attr-defined]  # "تعود لجده": his grandfather
