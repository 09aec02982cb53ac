"""An adjective after an indefinite noun, read as a one-word person.

Why: many Arabic adjectives are given names too ("حازم"، "فريد"، "فاخر"، "رمزي"), and the
tagger and the rules read one standing alone as a person: "بموقف حازم" (a firm stand),
"عشاء فاخر" (a lavish dinner), "فيديو رمزي". A name right after an indefinite common
noun is that noun's complement ("قوات صالح"، "قضية مبارك"), so the noun alone decides
nothing; the word decides: an adjective takes the feminine ("حازمة"، "فاخرة"), which
news writes often beside the bare word, while a man's name seldom has one ("صالحة"
beside "صالح": 1 in 10). A noun with the article or a pronoun is definite and takes no
indefinite adjective, and a title or a kinship noun introduces its bearer ("شقيق
كريم").
"""
from __future__ import annotations

from core.entities.context import _Context
from core.text import clitic_variants

# The feminine forms (bare and definite) news writes, as a share of the bare word, that
# make a word an adjective: "فاخر" 53 to 24, "حازم" 21 to 36, "صالح" 55 to 553 (a name).
FEMININE_SHARE_MIN = 0.4
# ... and at least this many of them: a rare word's counts say nothing.
FEMININE_MIN = 10


def _adjective_by_forms(ctx: _Context, w: str) -> bool:
    bare = ctx.counts.get(w, 0)
    feminine = ctx.counts.get(w + "ه", 0) + ctx.counts.get("ال" + w + "ه", 0)
    return feminine >= FEMININE_MIN and feminine >= FEMININE_SHARE_MIN * bare


def _indefinite_noun(ctx: _Context, k: int) -> bool:
    """Token k is a common noun without the article ("موقف"، "بموقف"), no title, and no
    head of an organisation or a place, whose name may follow ("شركة كريم")."""
    if ctx.owner[k] is not None or ctx.function_word(k) or ctx.lex.title(ctx.norms[k]) \
            or k in ctx.starts(ctx.f.heads) or k in ctx.starts(ctx.f.place_heads):
        return False
    for stem, _ in clitic_variants(ctx.norms[k]):
        if stem.startswith("ال") or ctx.lex.title(stem) or ctx.stop(stem):
            return False  # "أن عمر": a particle, no noun ("ان" is "الآن" without its article)
        if stem not in ctx.lex.given_names and ctx.common_noun(stem):
            return True
    return False


def adjective_after_noun(ctx: _Context, k: int) -> bool:
    """Token k, alone, is an adjective by its forms right after an indefinite common noun
    in the same clause."""
    w = ctx.norms[k]
    return k > 0 and not w.startswith("ال") and not ctx.punct_between(k - 1, k) and _adjective_by_forms(ctx, w) \
        and _indefinite_noun(ctx, k - 1) and not _named_elsewhere(ctx, k)


def _named_elsewhere(ctx: _Context, k: int) -> bool:
    """The word is part of a person's name of two words or more the article read already
    ("تشوي إيون" before "مسيرة تشوي"; "تشويه" is no feminine of it), or a person alone
    somewhere no indefinite noun stands before it ("اللاعب رشيد" beside "هدف رشيد"): a
    given name whose feminine is a woman's name too has the counts of an adjective."""
    w = ctx.norms[k]
    for sp in ctx.spans():
        if sp.kind not in ("person", "lexicon") or w not in ctx.norms[sp.i:sp.j]:
            continue
        if sp.j - sp.i > 1 or sp.i != k and not (sp.i > 0 and _indefinite_noun(ctx, sp.i - 1)):
            return True
    return False


def adjectives_read_as_people(ctx: _Context) -> None:
    """Releases the one-word people the rules and the tagger read so far that are such
    an adjective (name_words asks ``adjective_after_noun`` of its own)."""
    for sp in ctx.spans():
        if sp.kind == "person" and sp.j - sp.i == 1 and not getattr(sp, "alias", False) \
                and adjective_after_noun(ctx, sp.i):
            ctx.release(sp, sp.i, sp.j)
