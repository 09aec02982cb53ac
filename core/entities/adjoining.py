"""Two people found side by side with nothing between them are one person's name.

Why: the rules find a name in pieces when its parts have no cue between them. A title
rule reads the first words up to its limit and the tagger the rest ("أشرف غاني" +
"أحمد زي"), or a foreign given name and surname are each found alone as rare words
("شونسوكي" + "ناكامورا"). News puts no two people's names next to each other without a
comma or a و: two person spans with only a space between them, the second written
without a proclitic (a conjunction "وعباس" or a preposition starts another name or
phrase), and MAX_WORDS words together, are one name.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets

# The most words of the joined name (a name of four words and a particle).
MAX_WORDS = 5


def _whole_person(ctx: _Context, sp: _Span) -> bool:
    return sp.kind == "person" and not getattr(sp, "alias", False) \
        and all(ctx.owner[k] is sp for k in range(sp.i, sp.j))


def _adjoining_people(ctx: _Context) -> None:
    """Join each person span to a person span that starts right after it (see the module)."""
    spans = [sp for sp in ctx.spans() if _whole_person(ctx, sp)]
    by_start = {sp.i: sp for sp in spans}
    for a in spans:
        if ctx.owner[a.i] is not a:
            continue  # already joined to the span before it
        b = by_start.get(a.j)
        while b is not None and _adjoins(ctx, a, b):
            ctx.release(a, a.i, a.j)
            ctx.release(b, b.i, b.j)
            s, t = a.start, b.end
            a = _Span(a.i, b.j, s, t, "person", country=a.country or b.country, acts_for=a.acts_for or b.acts_for,
                      name_norm=f"{a.name_norm} {b.name_norm}".strip())
            ctx.claim(a)
            b = by_start.get(a.j)


def _adjoins(ctx: _Context, a: _Span, b: _Span) -> bool:
    if b.j - a.i > MAX_WORDS or ctx.punct_between(a.j - 1, b.i) or ctx.owner[b.i] is not b:
        return False
    first = ctx.toks[b.i]
    if b.start != _span_offsets(ctx.nt, ctx.toks, b.i, b.i + 1, 0)[0]:
        return False  # a proclitic cut off the second name: "لأحمد"
    return first.norm[:1] != "و" or first.norm in ctx.lex.given_names  # "وليد" is a given name
