"""Where a person's name ends: the run of name-like words after a title or a given name.

Apart from the rules that find names (core.entities.rules), since every rule that reads a
person (titled people, given names, the tagger's spans) asks it the same question.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.second import _pronoun_cut
from core.entities.tables import MAX_NAME_TOKENS, _name_particles
from core.text import clitic_variants, normalize_for_match


def _name_tokens(ctx: _Context, k: int) -> int:
    """End of the run of name-like tokens starting at k (k itself when none).

    A name is up to MAX_NAME_TOKENS words, not counting the particles that join its
    parts (عبد، أبو، بن) and the second halves of compound names (نصر الله)."""
    toks = ctx.toks
    before, after = _name_particles()
    n = k
    words = 0
    while n < len(toks) and words < MAX_NAME_TOKENS:
        if n > k and ctx.punct_between(n - 1, n):
            break
        w = toks[n].norm
        if n > k and w in after:
            n += 1
            continue
        if ctx.compound_given(n) and ctx.owner[n + 1] is None:
            n += 2  # "عز الدين"، "فتح الله": a given name of two words, its first a common noun
            words += 1
            continue
        if w in before and n + 1 < len(toks) and not ctx.punct_between(n, n + 1):
            n += 1
            continue
        if n > k and toks[n - 1].norm in before and ctx.owner[n] is None and not ctx.function_word(n) \
                and not (ctx.stop(w) and toks[n - 1].norm != _FAMILY):
            n += 1  # "آل ثاني"، "آل خليفة"، "بن جبر": after a particle comes a name part, common word or not
            words += 1
            continue
        if not ctx.name_like(n, first=n == k) and not (n > k and _family_name(ctx, n)):
            break
        if n > k and w.startswith("ال") and w not in ctx.lex.given_names and toks[n - 1].norm not in before \
                and not _surname_like(ctx, n):
            break
        if n > k and w[:1] in "وف" and w not in ctx.lex.given_names:
            break  # "نصر الله وأمثاله": a conjunction ends the name
        if words >= 2 and w not in ctx.lex.given_names and ctx.counts.get(w, 0) >= 20:
            break  # a third word must be a name part, not "مخاطبا"
        if n > k and _pronoun_suffixed(ctx, w):
            break  # "منيف بكعبه", "شوذري صلاتها": a noun or verb with a pronoun on it
        if ctx.verb_form(w) or n > k and ctx.circumstantial(w):
            break  # "محمد صلاح سيسجل"، "مدير المطعم هيو هددنا": a verb ends the name
        n += 1
        words += 1
    while n > k and toks[n - 1].norm in before:
        n -= 1
    if n == k + 2 and toks[k].norm in _KUNYA and n < len(toks) and ctx.owner[n] is None \
            and not ctx.punct_between(n - 1, n) and toks[n].norm.startswith("ال") and ctx.adjective(n):
        n += 1  # "أبو أيوب المصري": a kunya takes the nisba of its bearer's origin
    return n


# A word this rare that reads as a word this frequent once its pronoun is cut is that
# word with a pronoun, not a name.
SUFFIXED_RARE_MAX, SUFFIXED_STEM_MIN = 20, 50


def _pronoun_suffixed(ctx: _Context, w: str) -> bool:
    if w in ctx.lex.given_names or ctx.counts.get(w, 0) >= SUFFIXED_RARE_MAX:
        return False
    return any(ctx.counts.get(stem, 0) >= SUFFIXED_STEM_MIN
               for bare in _pronoun_cut(w) for stem, _ in clitic_variants(bare))


_FAMILY = normalize_for_match("آل")
# Particles of a kunya ("أبو أيوب"), normalised.
_KUNYA = frozenset(normalize_for_match(w) for w in ("أبو", "أبي", "أم"))
# How often news may write a family name without its article ("هذلول" for "الهذلول").
FAMILY_BARE_MAX = 2
# A word rarer than this in news may start a name no table holds.
NAME_RARE = 10


def _surname_like(ctx: _Context, n: int) -> bool:
    """A definite word after a first name is a family name ("حيدر العبادي") when the
    bare word is rare in news: common nouns ("الخارجية") and adjectives are not."""
    w = ctx.toks[n].norm
    return (len(w) > 4 and ctx.counts.get(w[2:], 0) < 30 and not ctx.adjective(n)
            and not ctx.stop(w) and not ctx.function_word(n))


def _confirmed_single(ctx: _Context, k: int) -> bool:
    """A one-word name after a title ("الرئيس ترامب") is trusted when the word is rare
    in news (a foreign name) or the article repeats it."""
    w = ctx.toks[k].norm
    if ctx.counts.get(w, 0) < 5 and len(w) >= 4:
        return True
    return ctx.word_count(w) >= 2


def _family_name(ctx: _Context, n: int) -> bool:
    """A definite word after a first name that news never writes without its article nor
    with a second one is a family name ("لجين الهذلول"), though written often enough to
    pass for a common noun: nouns also stand bare ("الخارجية"، "خارجية"), and a word whose
    ال is its own letters ("الغاء" for إلغاء) takes the article again ("الالغاء").
    Plurals and duals ("المشاركون") are no family names."""
    w = ctx.toks[n].norm
    if ctx.owner[n] is not None or not w.startswith("ال") or len(w) <= 4 or w.endswith(("ون", "ين", "ان")):
        return False
    if ctx.counts.get(w[2:], 0) >= FAMILY_BARE_MAX or ctx.counts.get("ال" + w, 0):
        return False
    if n + 1 < len(ctx.toks) and ctx.toks[n + 1].norm.startswith("ال") and ctx.toks[n + 1].norm.endswith(("ي", "يه")):
        return False  # "مركز سعيد المسحال الثقافي": an adjective after it makes the name a building's
    return not (ctx.stop(w) or ctx.function_word(n) or ctx.adjective(n) or ctx.common_word(w))
