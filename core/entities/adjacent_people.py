"""Two people read side by side with nothing between them are one person's name.

Why: the rules and the tagger each stop at a word they cannot read, and a name is then
read in two pieces that touch: a first name the tagger read alone and a family name the
article repeats alone elsewhere ("كارلوس" + "فيلاردي" of "كارلوس فيلاردي"), or the tagger's
given name and its reading of two more words ("كومان" + "ويلي رونو"). News writes two
people next to each other with a conjunction, a comma or a word between them, never
touching: counted on held-out tenths of ANERcorp's train part, such touching pieces were
one gold name each time.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _joined
from core.entities.tables import MAX_NAME_TOKENS


def _adjacent_people(ctx: _Context) -> None:
    """Join every person span to the person span that starts right after it (only a
    space between, no proclitic on the second's first word, not longer than a name)."""
    spans = [sp for sp in ctx.spans() if sp.kind == "person"]
    joined = False
    for a, b in zip(spans, spans[1:]):
        if a.j != b.i or ctx.owner[a.j - 1] is not a or ctx.owner[b.i] is not b \
                or b.start != ctx.toks[b.i].start or not _joined(ctx.nt, ctx.toks[a.j - 1], ctx.toks[b.i]) \
                or b.j - a.i > MAX_NAME_TOKENS + 1 or _conjoined(ctx, b.i) or _nationality(ctx, a) or _nationality(ctx, b):
            continue
        for k in range(b.i, b.j):
            if ctx.owner[k] is b:
                ctx.owner[k] = a
        a.name_norm = f"{a.name_norm} {b.name_norm}" if not getattr(b, "alias", False) \
            else f"{a.name_norm} {' '.join(ctx.norms[b.i:b.j])}"
        a.j, a.end = b.j, b.end
        b.i = b.j = a.j  # b owns no word any more
        joined = True
    if joined:
        ctx._live = None


def _conjoined(ctx: _Context, k: int) -> bool:
    """The word at k starts with و or ف and is no given name as written ("وأنطونيس" is
    and + a name: the next of a list; "وليد"، "فيصل" are names)."""
    w = ctx.norms[k]
    return w[:1] in "وف" and w not in ctx.lex.given_names


def _nationality(ctx: _Context, sp) -> bool:
    """A one-word person that is a nationality adjective ("المصري" read as a noun): a
    description beside a name, not a piece of it."""
    return sp.j - sp.i == 1 and bool(ctx.lex.adjective_of(ctx.norms[sp.i]))
