"""Clubs in a line of match results, written as their city with its country in brackets.

"بورتو ( البرتغال ) - أرسنال ( إنكلترا ) 2 - صفر": sports news lists a round's results
as two sides, each followed by its country in brackets, a dash between them and the
score after the second. A city there is the club named after it (ANERcorp and the gold
alike read a team as an organisation); a city glossed with its country elsewhere
("بورتو (البرتغال) التي تستضيف ...") stays the city, as no dash or score is beside it.
"""
from __future__ import annotations

import re

from core.entities.club_cues import CITY_KINDS, _city_of, _claim_club
from core.entities.context import _Context

# what may stand between the closing bracket and the score or the other side
_DASH = re.compile(r"^\s*[-–—]\s*$")
_SCORES = frozenset(("صفر",))


def _bracketed_country(ctx: _Context, k: int, iso: str) -> bool:
    """Whether token k is followed by its country ``iso`` alone between brackets, or by a
    nation of it that fields its own teams ("مانشستر ( إنكلترا )")."""
    toks, text = ctx.toks, ctx.nt.original
    if k + 1 >= len(toks) or text[toks[k].end:toks[k + 1].start].strip() != "(":
        return False
    if k + 2 < len(toks) and text[toks[k + 1].end:toks[k + 2].start].strip()[:1] != ")":
        return False
    return any(e.type == "COUNTRY" and e.id == iso or e.type == "PLACE" and e.country == iso
               and e.kind not in CITY_KINDS for e in ctx.lex.lookup(ctx.norms[k + 1]))


def _in_results(ctx: _Context, k: int) -> bool:
    """Whether the side at token k (its country in brackets after it) has a dash after
    its bracket and another side after that, or a dash before it and a score after."""
    toks, text = ctx.toks, ctx.nt.original
    if k + 2 >= len(toks):
        return False
    after = text[toks[k + 1].end:toks[k + 2].start].strip()[1:]  # past the ")"
    if _DASH.match(after):
        return True
    if after or not (toks[k + 2].norm.isdigit() or toks[k + 2].norm in _SCORES):
        return False
    return k > 0 and bool(_DASH.match(text[toks[k - 1].end:toks[k].start].lstrip().lstrip(")")))


def _clubs_in_results(ctx: _Context) -> None:
    """Each one-word city of the lexicon that is a side of a results line is its club."""
    text = ctx.nt.original
    if "(" not in text:
        return
    for k in range(len(ctx.toks) - 2):
        city = _city_of(ctx, k)
        if city is not None and city.country and _bracketed_country(ctx, k, city.country) \
                and _in_results(ctx, k):
            _claim_club(ctx, k, 0, city)
