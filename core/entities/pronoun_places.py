"""A place whose name ends in ة, written with ه: a word with the pronoun "his" instead.

Normalisation writes ة as ه, so "جده" (his grandfather), "وجده" (he found it) and
"حواره" (his interview) read as Jeddah and Huwara. News that writes ة elsewhere in the
article and writes a place's ة as ه here means a word with a pronoun when the word
without it is a common noun, one news writes with the article ("الجد"، "الحوار"); a body
that is none keeps the place, as in "أنقره" written for Ankara ("انقر" is a verb).

A word with the article carries no pronoun ("الحديده"، "البصره" are the places), and
the place stays where only a place can stand: after the head of an administrative
area ("محافظة حجه"), or after a preposition of place in an article that names the
place's country ("في صعده" in news of Yemen)."""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context
from core.entities.tables import _read_column
from core.text import DEFINITE_CLITIC, clitic_variants, normalize_for_match

# How many times the article must write ة for its ه to be no spelling of ة.
TEH_MARBUTA_MIN = 5
_DEFINITE = ("ال", "لل") + DEFINITE_CLITIC


@prepared.table()  # imaged: first asked after the warm-up article
def _place_prepositions() -> frozenset[str]:
    return frozenset(normalize_for_match(form) for (form,) in _read_column("place_prepositions.tsv", "form"))


def _places_with_pronouns(ctx: _Context) -> None:
    """Unname the lexicon's one-word places written with ه for their ة when the word
    without ه is a common noun; the words stay claimed."""
    text = ctx.nt.original
    teh = None
    countries = None
    for sp in ctx.spans():
        e = sp.entry
        if sp.kind != "lexicon" or e is None or e.type not in ("PLACE", "COUNTRY") or sp.j - sp.i != 1 \
                or not e.name_ar.endswith("ة") or not text[sp.start:sp.end].endswith("ه") \
                or ctx.norms[sp.i].startswith(_DEFINITE) or e.name_ar.startswith("ال"):
            continue
        if teh is None:
            teh = text.count("ة") >= TEH_MARBUTA_MIN
        if not teh or not ctx.common_noun(normalize_for_match(text[sp.start:sp.end - 1])) or _after_area_head(ctx, sp.i):
            continue
        if countries is None:
            countries = {s.entry.id for s in ctx.spans() if s.kind == "lexicon" and s.entry is not None
                         and s.entry.type == "COUNTRY"}
        if not (e.country in countries and _after_place_preposition(ctx, sp.i)):
            sp.generic = True  # type: ignore[attr-defined]  # "تعود لجده": his grandfather


def _after_area_head(ctx: _Context, i: int) -> bool:
    """The word before names an administrative area whose name follows ("محافظة"،
    "بمدينة": with_head 0 in place_heads.tsv)."""
    if i == 0 or ctx.punct_between(i - 1, i):
        return False
    by_two = ctx.f.place_heads.by_two()
    return any(not head.with_head for stem, _ in clitic_variants(ctx.norms[i - 1])
               for _, head in by_two.get((stem, None), ()))


def _after_place_preposition(ctx: _Context, i: int) -> bool:
    """The word before is a preposition of place written alone ("في"، "إلى")."""
    return i > 0 and not ctx.punct_between(i - 1, i) and ctx.norms[i - 1] in _place_prepositions()
