"""Words at the edges of the tagger's people that are no name's: a copula before the
name, a preposition's phrase after it.

Why: the tagger reads a rare surname with the word next to it when that word is rare
in its training text too: "وكان" before a surname ("وكان X قد اعتقل": was + the subject),
or a word with لل (to the ...) after it ("لم يصل X للنادي"). No name starts with كان and
its sisters, and no name's word is written with the preposition and the article (a
name's ل is read off by the proclitic rules, "لمحمد"): such a word ends the name there.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.name_edges import _COPULAS

# preposition ل + the article, as normalisation writes it ("للنادي"، "وللنادي")
_TO_THE = ("لل", "ولل", "فلل")


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
        if j - i > 1 and ctx.norms[j - 1].startswith(_TO_THE) and len(ctx.norms[j - 1]) > 4:
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
