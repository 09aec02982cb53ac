"""A family name that is also a common word, kept after a given name the article
writes it with more than once ("عبدالسلام جمعة"، "محمد صديق"، "عنتر هلال").

Why: many Arab family names are given names or common nouns too (جمعة Friday, هلال
crescent, صديق friend), so the name rules end the name after its given name and the
tagger often reads the given name alone. A common noun after a given name is rarely
written twice in one article right after the same given name; a family name is, each
time the person is named in full.
"""
from __future__ import annotations

from core.entities.context import _Context

# How often the article must write the given name and the word together.
PAIR_MIN = 2


def repeated_surname(ctx: _Context, k: int, n: int) -> bool:
    """Whether the word at n, right after the given name at k, is that person's family
    name: a word no other span holds, with no proclitic or article, no stop word nor time word, no verb
    or accusative form, no title or organisation head ("رئيس" after "آل مكتوم"), that the article writes right after the same given name at
    least PAIR_MIN times (a phrase "محمد يوم" is not written twice)."""
    norms = ctx.norms
    if n != k + 1 or n >= len(norms) or norms[k] not in ctx.lex.given_names:
        return False
    w = norms[n]
    if ctx.owner[n] is not ctx.owner[k] or len(w) < 3 or not w.isalpha() or w.startswith("ال") or w[:1] in "وفبلك" \
            or ctx.stop(w) or ctx.function_word(n) or ctx.punct_between(k, n):
        return False
    if ctx.verb_form(w, later=True) or ctx.accusative(w) or ctx.circumstantial(w) or _title_or_head(ctx, w):
        return False
    pairs = sum(1 for i in ctx.positions({norms[k]}) if i + 1 < len(norms) and norms[i + 1] == w
                and not ctx.punct_between(i, i + 1))
    return pairs >= PAIR_MIN


def _title_or_head(ctx: _Context, w: str) -> bool:
    """A title or an organisation's head with or without its article: the next
    description, however often the article repeats the name before it."""
    firsts = (ctx.f.titles.by_first, ctx.f.heads.by_first)
    return any(form in index for index in firsts for form in (w, "ال" + w))
