"""A verb read as a one-word person: "نعلم" (we know) after a speaker's name and a
quote, "يقتحم" after a noun of a role. A word that starts as an imperfect does (ن، ي، ت)
and that news writes far more often with another person's prefix ("يعلم"، "تعلم"
beside "نعلم") is that verb, not a name: a foreign name has no such forms ("نتنياهو"،
"نيكولا": no "يتنياهو"), and a name that is also read so is written more often than
its other persons ("نوري" beside "يوري"). Given names and known name parts stay.
"""
from __future__ import annotations

from core.entities.context import VERB_FORMS_MIN, _Context

_IMPERFECT = "نيت"  # the imperfect's prefixes (أ starts too many names)
# How many times more often news must write the verb's other persons than the word.
OTHER_PERSONS_RATIO = 2


def imperfect_verb(ctx: _Context, w: str) -> bool:
    """Whether ``w`` is an imperfect verb by the other persons news writes it in."""
    if len(w) < 4 or w[0] not in _IMPERFECT or w in ctx.lex.given_names or ctx.whole_name(w):
        return False
    others = sum(ctx.counts.get(p + w[1:], 0) for p in _IMPERFECT if p != w[0])
    return others >= VERB_FORMS_MIN and others >= OTHER_PERSONS_RATIO * ctx.counts.get(w, 0)


def _verbs_read_as_people(ctx: _Context) -> None:
    """Releases the one-word people (no lexicon's) whose word is an imperfect verb."""
    for sp in ctx.spans():
        if sp.kind == "person" and sp.j - sp.i == 1 and imperfect_verb(ctx, sp.name_norm):
            ctx.release(sp, sp.i, sp.j)
