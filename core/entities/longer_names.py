"""A known organisation's short form written as the start of a longer, different name.

The lexicon holds short forms of long names ("صندوق النقد" for the International Monetary
Fund, "الجبهة الديمقراطية" for the DFLP, "حزب الاتحاد الديمقراطي" for the Kurdish PYD);
the longest match wins, so in "صندوق النقد العربي" (the Arab Monetary Fund) or "حزب
الاتحاد الديمقراطي المسيحي" (Germany's CDU) the short form was read, with its country
and its English name, and the words after it were left out. A definite nisba adjective
of the kind names are made of (`org_name_words.tsv`) right after a short form, agreeing
with its last word (so it extends the name, not the whole body: "حركة الشباب الإسلامية"
describes the movement), is no nationality, no word the entry's longer forms go on with
and no adjective of the body's passing state (`descriptive_adjectives.tsv`), starts
another name: the lexicon match is left to the organisation pattern, which reads the
head and every word of the name.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.tables import _descriptive_adjectives, variant_keys
from core.lexicon import LexEntry
from core.org_names import _bare, name_words

# Endings of a definite nisba adjective, normalised (ة is written ه): الثوري، الثورية.
_NISBA_ENDINGS = ("ي", "يه")
# The parts of org_name_words.tsv that are adjectives of a name.
_ADJECTIVE_PARTS = ("adj", "inner", "field")


def _name_adjective(w: str) -> bool:
    """An adjective organisation names are made of (`org_name_words.tsv`: الثورية، المسيحي،
    الاجتماعي); one of what a body does or is now ("الداعي"، "السرية") or of the noun
    before the name ("خطابات حزب الله التعبوية") describes, and the short form stands."""
    parts = name_words().get((_bare(w),), ())
    return any(p in parts for p in _ADJECTIVE_PARTS)


def _feminine(w: str) -> bool:
    """A noun or adjective that takes a feminine adjective: ة, or a plural in ات (the
    divine name ends in ه and is none)."""
    return w.endswith(("ه", "ات")) and w != "الله"


def longer_name_after(ctx: _Context, e: LexEntry, i: int, j: int, first: str) -> bool:
    """Whether the lexicon organisation over tokens i..j (first word `first`, without its
    proclitic) is the short form of a longer entry written here as the start of another
    name: the word after it is a definite nisba that agrees with its last word, and the
    short form starts with a head of organisations, from which the pattern reads the name."""
    if j - i < 2 or j >= len(ctx.toks) or ctx.punct_between(j - 1, j):
        return False
    if ctx.f.heads.by_two().get((first, None)) is None:
        return False  # "مراسل بي بي سي السياسي": no head the pattern could read the longer name from
    w = ctx.norms[j]
    last = ctx.norms[j - 1]
    if not (w.startswith("ال") and len(w) > 5 and w.endswith(_NISBA_ENDINGS)) or not _name_adjective(w):
        return False
    if _feminine(w) != _feminine(last) or ctx.adjective(j) or ctx.adjective(j - 1) or w in _descriptive_adjectives():
        return False
    return _longer_entry(ctx, e, i, j, first, w)


def _longer_entry(ctx: _Context, e: LexEntry, i: int, j: int, first: str, w: str) -> bool:
    """longer_name_after's last test, apart so that the many spans it turns down before
    return without the closure cells its comprehensions need."""
    words = [first] + ctx.norms[i + 1:j]
    n = len(words)
    longer = [v.split() for v in variant_keys(ctx.lex, e)]
    longer = [v for v in longer if len(v) > n and v[1:n] == words[1:] and v[0] in (first, "ا" + first)]
    return bool(longer) and all(_masculine(v[n]) != _masculine(w) for v in longer)


def _masculine(w: str) -> str:
    """An adjective's masculine form, so that the entry's own adjective written in the other
    gender ("وحدات حماية الشعب الكردي" for "... الكردية") still continues the entry."""
    return w[:-1] if w.endswith("ه") else w
