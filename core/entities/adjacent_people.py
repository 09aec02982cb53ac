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
from core.entities.person_names import _KUNYA
from core.entities.tables import MAX_NAME_TOKENS, _name_particles


def _adjacent_people(ctx: _Context) -> None:
    """Join every person span to the person span that starts right after it (only a
    space between, no conjunction on the second's first word), unless the two read as
    two people (``_two_people``)."""
    spans = [sp for sp in ctx.spans() if sp.kind == "person"]
    names = [tuple(ctx.norms[sp.i:sp.j]) for sp in spans]
    joined = False
    for n, (a, b) in enumerate(zip(spans, spans[1:])):
        if a.j != b.i or ctx.owner[a.j - 1] is not a or ctx.owner[b.i] is not b \
                or b.start != ctx.toks[b.i].start or not _joined(ctx.nt, ctx.toks[a.j - 1], ctx.toks[b.i]) \
                or _conjoined(ctx, b.i) or _nationality(ctx, a) or _nationality(ctx, b) or _two_people(ctx, a, b, names):
            continue
        for k in range(b.i, b.j):
            if ctx.owner[k] is b:
                ctx.owner[k] = a
        a.name_norm = f"{a.name_norm} {b.name_norm}" if not getattr(b, "alias", False) \
            else f"{a.name_norm} {' '.join(ctx.norms[b.i:b.j])}"
        a.j, a.end = b.j, b.end
        b.i = b.j = a.j  # b owns no word any more
        names[n + 1] = ()
        joined = True
    if joined:
        ctx._live = None


def _two_people(ctx: _Context, a, b, names: list[tuple[str, ...]]) -> bool:
    """Two people named side by side: a list written without commas ("X Y Z W": both
    pieces of two words or more, unless the first is a kunya, "أبو X Y Z"), a piece that
    is longer than a name's last part (three words), the same word in both ("الحوثي
    عبد الكريم الحوثي"), a piece the article names in full elsewhere with other words
    beside it (a verb's subject and object: "أيد X Y", where "Z Y" is Y's full name), or
    a first piece that is someone's family name alone ("محامي X Y Z", "W X" named before)."""
    wa, wb = tuple(ctx.norms[a.i:a.j]), tuple(ctx.norms[b.i:b.j])
    if len(wb) > 2 or len(wa) + len(wb) > MAX_NAME_TOKENS or set(wa) & set(wb):
        return True
    if len(wa) > 1 and len(wb) > 1 and wa[0] not in _KUNYA:
        return True
    for other in names:
        if len(other) > len(wb) and other[-len(wb):] == wb and other[:-len(wb)][-len(wa):] != wa:
            return True  # b is the family name of someone else the article names
        if len(other) > len(wa) and other[:len(wa)] == wa and other[len(wa):len(wa) + len(wb)] != wb:
            return True  # a is the first name of someone else
        if len(other) > len(wa) and other[-len(wa):] == wa:
            return True  # a is someone's family name alone ("محامي X Y Z": X's lawyer Y Z)
    return False


def _conjoined(ctx: _Context, k: int) -> bool:
    """The word at k starts with و or ف and reads as and + a name: it is no given name as
    written ("وأنطونيس"), or its stem is one too, or begins a given name of two words
    (or is the first of a compound name: "وصفي الدين" is and + "صفي الدين"); "وليد"، "فيصل" are names."""
    w = ctx.norms[k]
    if w[:1] not in "وف":
        return False
    stem = w[1:]
    nxt = ctx.norms[k + 1] if k + 1 < len(ctx.norms) else ""
    return w not in ctx.lex.given_names or stem in ctx.lex.given_names or f"{stem} {nxt}" in ctx.lex.given_names \
        or nxt in _name_particles()[1]


def _nationality(ctx: _Context, sp) -> bool:
    """A one-word person that is a nationality adjective ("المصري" read as a noun): a
    description beside a name, not a piece of it."""
    return sp.j - sp.i == 1 and bool(ctx.lex.adjective_of(ctx.norms[sp.i]))
