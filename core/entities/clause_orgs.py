"""Two-word "organisations" whose second word goes on with the clause instead of naming
the body: a verb ("مؤسسة تتعاطى"، "لجنة شكلتها" with its pronoun) or a preposition with
its pronoun ("تجمع حوله"). The tagger reads such pairs as organisations after a head it
knows; a name after an indefinite head is a noun or a foreign word, neither of these. (A
nationality adjective, "محكمة ألمانية", stays the organisation the gold leaves optional:
as a generic body its country was lost to the court's events told after it.) The span
stays as a generic body, as "السلطات المصرية" does: no named organisation, its words
still read by the events. Run once the tagger's spans are placed.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _match_at
from core.entities.heads import _past_verb
from core.entities.person_names import _pronoun_suffixed


def _clause_word(ctx: _Context, k: int) -> bool:
    w = ctx.norms[k]
    if w in ctx.lex.given_names or ctx.owner[k] is None or ctx.surface(k).startswith("ال") or ctx.lex.lookup(w):
        return False  # "حزب العدلة" (a misspelt name), "جامعة جيبوتي" (a country, no adjective)
    return ctx.verb_like(w) or ctx.verb_form(w) or _past_verb(ctx, w) or _pronoun_suffixed(ctx, w)


def _orgs_into_clauses(ctx: _Context) -> None:
    for sp in ctx.spans():
        if sp.kind != "org" or sp.j - sp.i != 2 or ctx.norms[sp.i].startswith("ال") or sp.entry is not None:
            continue
        m = _match_at(ctx.nt, ctx.toks, sp.i, ctx.f.heads)
        if m is None or m[1] != sp.i + 1:
            continue  # a foreign name of two words ("نورول ماكينة"), no head and its complement
        if ctx.owner[sp.i + 1] is sp and _clause_word(ctx, sp.i + 1):
            sp.generic = True  # type: ignore[attr-defined]  # no named body; its words stay read
