"""Clubs in a line of match results, written as their city with its country in brackets.

"بورتو ( البرتغال ) - أرسنال ( إنكلترا ) 2 - صفر": sports news lists a round's results
as two sides, each followed by its country in brackets, a dash between them and the
score after the second, if played. A city there is the club named after it (ANERcorp
and the gold alike read a team as an organisation); a city glossed with its country
elsewhere ("بورتو (البرتغال) - وهي مدينة ساحلية") stays the city, as no other side is
beside it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from core.entities.club_cues import CITY_KINDS, _city_of, _claim_club
from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets

# what stands between one side's closing bracket and the other side
_DASH = re.compile(r"^\s*[-–—]\s*$")


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
    """Whether the side at token k (its country in brackets after it) is followed, past
    a dash after its bracket, by another side with its bracket, or follows such a dash
    after the bracket of the side before it (with or without a score after it:
    "فيردر بريمن ( ألمانيا ) - برشلونة ( إسبانيا )")."""
    toks, text = ctx.toks, ctx.nt.original
    if k + 2 < len(toks):
        after = text[toks[k + 1].end:toks[k + 2].start].strip()[1:]  # past the ")"
        if _DASH.match(after) and any(text[toks[m].end:toks[m + 1].start].strip() == "("
                                      for m in range(k + 2, min(k + 5, len(toks) - 1))):
            return True
    before = text[toks[k - 1].end:toks[k].start].strip() if k > 0 else ""
    return before[:1] == ")" and bool(_DASH.match(before[1:]))


def _clubs_in_results(ctx: _Context) -> None:
    """Each one-word city of the lexicon that is a side of a results line is its club,
    with the free name word before it when there is one ("ليفسكي صوفيا"، "فيردر بريمن")."""
    text = ctx.nt.original
    if "(" not in text:
        return
    toks = ctx.toks
    for k in _before_brackets(text, toks):
        city = _city_of(ctx, k)
        if city is None or not city.country or not _bracketed_country(ctx, k, city.country) \
                or not _in_results(ctx, k):
            continue
        if k > 0 and ctx.owner[k - 1] is None and not ctx.punct_between(k - 1, k) \
                and not ctx.stop(ctx.norms[k - 1]) and not ctx.function_word(k - 1) \
                and not ctx.common_noun(ctx.norms[k - 1]):
            sp = ctx.owner[k]
            if sp is not None:
                ctx.release(sp, sp.i, sp.j)
            s, t = _span_offsets(ctx.nt, ctx.toks, k - 1, k + 1, 0)
            ctx.claim(_Span(k - 1, k + 1, s, t, "org", name_norm=" ".join(ctx.norms[k - 1:k + 1]),
                            country=city.country, org_kind="league"))
            continue
        _claim_club(ctx, k, 0, city)


def _before_brackets(text: str, toks) -> list[int]:
    """The tokens followed by an opening bracket before the next token, in text order:
    found from the brackets of the text (a few an article) by a binary search over the
    tokens' starts, not by a look at the gap after every word."""
    out: list[int] = []
    last = len(toks) - 1
    at = text.find("(")
    while at >= 0:
        k = bisect_right(toks, at, key=_START) - 1  # the last token that starts before it
        if 0 <= k < last and toks[k].end <= at and (not out or out[-1] != k):
            out.append(k)
        at = text.find("(", at + 1)
    return out


_START = attrgetter("start")  # a token's offset in the original text
