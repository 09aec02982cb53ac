"""Where a person's name ends, at the seams the other rules leave open.

Why: the rules that find a name (titles, given names, the tables' words) and the tagger
that checks it each stop at a word they cannot read, and a name then comes out one word
short or one word long (issue 9: on held-out text, a name whose words a table holds is
lost as often at its edges as for want of a table). Each function here answers one such
question from what the language says of names, not from any one text.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.tables import _name_particles


def particle_goes_on(ctx: _Context, k: int, end: int) -> bool:
    """The word at k is a particle that joins a name's parts (فان، دي، بن، أبو) and the
    name a rule read goes on past it, before ``end``: "مارك فان بومل" is one name where
    the tagger reads "مارك" alone, and a name does not end on its particle. Not "فإن",
    which is written like the particle and is a conjunction (``function_word``)."""
    return k + 1 < end and ctx.norms[k] in _name_particles()[0] and not ctx.function_word(k)


def role_of_noun(ctx: _Context, k: int) -> bool:
    """The indefinite word at k, after a given name that also begins a role ("أمين"), is
    the noun that role governs ("أمين متاحف فرنسا" the curator of France's museums, "أمين
    صندوق"), not a family name: news writes it with the article as a common noun, and it
    is no given name ("محمد أمين زكي" goes on)."""
    w = ctx.norms[k]
    return w not in ctx.lex.given_names and not ctx.punct_between(k - 1, k) and ctx.common_noun(w)
