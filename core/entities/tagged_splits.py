"""A rule's person that runs over two of the tagger's people is two people.

The title rule takes up to four words after a title, and the given-name rule grows a
name over the words after it; when a verb or a kinship phrase stands between two names
("اللاعب رونالدو عانق روني"، "أمر كمال حسن ابن عمه سامي الأحمد") the rule's name runs
over both. The tagger reads each name apart, with the words between them as no name:
its reading ends the first name there and starts the second, before the tagger's other
second opinions (``second._second_opinion``) cut or grow each piece. A gap of particles
or given names only ("محمد بن راشد") is part of one name the tagger read in pieces, and
stays.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.second import _given_name_proclitic, _second_opinion
from core.entities.tables import _name_particles


def tagged_second_opinion(ctx: _Context) -> None:
    """The tagger's second opinion on the rules' people: first parted where it reads two
    names, then each cut or grown to its name (``second._second_opinion``)."""
    split_over_tagged_people(ctx)
    _second_opinion(ctx)


def split_over_tagged_people(ctx: _Context) -> None:
    """Every rule-found person that overlaps two or more of the tagger's people with a
    word between them that is no name part is cut into one person per tagger name: the
    first keeps the rule's start (its title's country and whom it acts for), the others
    are the tagger's names within the rule's span."""
    people = [(a, b) for a, b, typ in ctx.tagged if typ == "PER"]
    if len(people) < 2:
        return
    for sp in ctx.spans():
        if sp.kind != "person" or getattr(sp, "alias", False):
            continue
        over = [(a, b) for a, b in people if a < sp.j and sp.i < b]
        if len(over) < 2 or not all(_gap_is_no_name(ctx, end, start) for (_, end), (start, _) in zip(over, over[1:])):
            continue
        ctx.release(sp, sp.i, sp.j)
        for n, (a, b) in enumerate(over):
            i, j = (sp.i if n == 0 else max(a, sp.i)), min(b, sp.j)
            first = n == 0
            dropped = 0 if first else _given_name_proclitic(ctx, i)  # "وروني" → روني
            s, t = _span_offsets(ctx.nt, ctx.toks, i, j, dropped)
            if first:
                s = sp.start
            name_norm = " ".join([ctx.toks[i].norm[dropped:]] + [tk.norm for tk in ctx.toks[i + 1:j]])
            ctx.claim(_Span(i, j, s, t, "person", country=sp.country if first else None,
                            acts_for=sp.acts_for if first else None, name_norm=name_norm))


def _gap_is_no_name(ctx: _Context, end: int, start: int) -> bool:
    """The words [end, start) between two tagger names (the first's end, the next one's
    start) hold a word that is neither a name particle (بن، آل، عبد) nor a given name:
    the tagger's pieces are two names."""
    if start <= end:
        return False
    particles = _name_particles()[0]
    return any(ctx.norms[k] not in particles and ctx.norms[k] not in ctx.lex.given_names for k in range(end, start))
