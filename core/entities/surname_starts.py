"""A name that starts with the family name of another person of the article.

Why: a bare repeat of a family name ("هوراك" after "ميلان هوراك") stands beside the next
words, and the tagger and the given-name rules read the two as one name: "اختار هوراك
جيم هادسون" (the director chose an actor) came out as one person "هوراك جيم هادسون", and
"ترامب ميلانيا" as one. A family name the article has written last in a full name ends
that name, so no other name goes on from it: the repeat is cut to its one word, and the
words after it are their own person when they start with a given name. A word that is a
given name too ("سلمان" of "محمد بن سلمان" and of "سلمان بن عبد العزيز") may start
another person's name, and is left alone.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.tables import _name_particles


def _people(ctx: _Context) -> list[_Span]:
    return [sp for sp in ctx.spans() if sp.kind == "person"
            or sp.kind == "lexicon" and sp.entry is not None and sp.entry.type == "PERSON"]


def surname_starts(ctx: _Context) -> None:
    """Cuts each person whose first word is the last word of another person of two words
    or more, and is no given name, to that word, when a given name follows it: the rest
    is a person of its own ("دراغي كريستين لاغارد"). Without a given name next, the name is
    another person's whose first name is that family name ("كارتر بيج" beside "جيمي
    كارتر"), and stays whole."""
    people = _people(ctx)
    full = [sp for sp in people if sp.j - sp.i >= 2]
    if not full:
        return
    surnames = {ctx.norms[sp.j - 1] for sp in full}
    particles = _name_particles()[0]
    for sp in people:
        if sp.kind != "person" or sp.j - sp.i < 2 or getattr(sp, "alias", False):
            continue
        w, nxt = ctx.norms[sp.i], ctx.norms[sp.i + 1]
        if w not in surnames or w in ctx.lex.given_names or w in particles or nxt in particles \
                or ctx.compound_given(sp.i) or _goes_on_so(ctx, full, sp) \
                or not (nxt in ctx.lex.given_names or ctx.compound_given(sp.i + 1)):
            continue
        ctx.release(sp, sp.i, sp.j)
        _, end = ctx.nt.orig_span(ctx.toks[sp.i].nstart, ctx.toks[sp.i].nend)
        ctx.claim(_Span(sp.i, sp.i + 1, sp.start, end, "person", name_norm=sp.name_norm.split()[0],
                        country=sp.country, acts_for=sp.acts_for))
        s, t = _span_offsets(ctx.nt, ctx.toks, sp.i + 1, sp.j, 0)
        ctx.claim(_Span(sp.i + 1, sp.j, s, t, "person", name_norm=" ".join(ctx.norms[sp.i + 1:sp.j])))


def _goes_on_so(ctx: _Context, full: list[_Span], sp: _Span) -> bool:
    """Another person of the article has the same two words in a row ("كيم جونغ" in
    "كيم جونغ أون"): the name is written so, no repeat."""
    pair = (ctx.norms[sp.i], ctx.norms[sp.i + 1])
    return any(other is not sp and any(tuple(ctx.norms[k:k + 2]) == pair for k in range(other.i, other.j - 1))
               for other in full)
