"""Words at the edges of the tagger's people that are no name's: a copula before the
name, a preposition's phrase after it.

Why: the tagger reads a rare surname with the word next to it when that word is rare
in its training text too: "وكان" before a surname ("وكان X قد اعتقل": was + the subject),
or a word with لل (to the ...) after it ("لم يصل X للنادي"). No name starts with كان and
its sisters, and no name's word is written with the preposition and the article before
a noun news writes (a name's ل is read off by the proclitic rules, "لمحمد"; "فلليني" is a
name): such a word ends the name there.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.name_edges import _COPULAS

# preposition ل + the article, as normalisation writes it ("للنادي"، "وللنادي")
_TO_THE = ("لل", "ولل", "فلل")
# News writes the noun with the article alone at least this often ("النادي" of "للنادي").
TO_THE_NOUN_MIN = 5


def _tagged_person_edges(ctx: _Context) -> None:
    """Cut a leading copula and a trailing word written with لل off every person the
    tagger read of two words or more."""
    cut = False
    for sp in ctx.spans():
        if sp.kind != "person" or not getattr(sp, "tagged", False) or sp.j - sp.i < 2 \
                or any(ctx.owner[k] is not sp for k in range(sp.i, sp.j)):
            continue
        i, j = sp.i, sp.j
        if ctx.norms[i] in _COPULAS and ctx.norms[i] not in ctx.lex.given_names:
            i += 1
        if j - i > 1 and _to_the_noun(ctx, ctx.norms[j - 1]):
            j -= 1
        if (i, j) == (sp.i, sp.j):
            continue
        ctx.release(sp, sp.i, i)
        ctx.release(sp, j, sp.j)
        words = sp.name_norm.split()
        sp.name_norm = " ".join(words[i - sp.i:len(words) - (sp.j - j)])
        sp.i, sp.j = i, j
        sp.start, sp.end = ctx.toks[i].start, ctx.toks[j - 1].end
        cut = True
    if cut:
        ctx._live = None


def _to_the_noun(ctx: _Context, w: str) -> bool:
    """The word is ل + the article + a noun news writes with the article alone: "للنادي"
    (النادي), not a name that begins with those letters ("فلليني"، no "اليني" in news)."""
    for p in _TO_THE:
        if w.startswith(p) and len(w) > len(p) + 1:
            return ctx.counts.get("ال" + w[len(p):], 0) >= TO_THE_NOUN_MIN
    return False
