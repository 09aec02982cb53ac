"""Outlets cited by a quoted name: "صحيفة "الرياض" السعودية"، "قناة "الوطن" الكويتية".

A newspaper or channel named after a place is quoted after its head, and the lexicon
read the place: the quotes after a media head make it the outlet's name. A nationality
adjective right after the closing quote describes the outlet; when that adjective is
written as a country's name too ("السعودية"، "الكويت"'s "الكويتية" is not), the lexicon
read the country, which the text does not name there: the adjective gives the outlet its
country and is no mention.
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _BLOCK
from core.entities.rules import _CLOSE_QUOTES, _OPEN_QUOTES

MEDIA_KINDS = ("agency",)


def _between(ctx: _Context, a: int, b: int) -> str:
    """The text between tokens a and b (b may be one past the last token)."""
    norm, toks = ctx.nt.norm, ctx.toks
    return norm[toks[a].nend:toks[b].nstart] if b < len(toks) else norm[toks[a].nend:]


def _quoted_places_after_media(ctx: _Context) -> None:
    """Release a place or country the lexicon read between quotes right after a media
    head, so that the quoted-name rule names the outlet by it."""
    for i, m in ctx.matches(ctx.f.heads):
        if not m or m[0].kind not in MEDIA_KINDS or m[1] >= len(ctx.toks):
            continue
        k = m[1]
        sp = ctx.owner[k]
        if sp is None or sp.kind != "lexicon" or sp.entry is None or sp.entry.type not in ("PLACE", "COUNTRY") \
                or sp.i != k or sp.start != ctx.toks[k].start:
            continue
        if _between(ctx, k - 1, k).strip() in _OPEN_QUOTES and _between(ctx, sp.j - 1, sp.j).strip()[:1] in _CLOSE_QUOTES:
            ctx.release(sp, sp.i, sp.j)


def _adjectives_after_quoted_orgs(ctx: _Context) -> None:
    """A country the lexicon read right after a quoted organisation's closing quote,
    where it is the organisation's nationality adjective, is the organisation's country."""
    for sp in ctx.spans():
        k = sp.j
        if sp.kind not in ("org", "lexicon") or (sp.entry is not None and sp.entry.type != "ORG") or k >= len(ctx.toks):
            continue
        if _between(ctx, k - 1, k).strip() not in _CLOSE_QUOTES:
            continue
        iso = ctx.adjective(k)
        adj = ctx.owner[k]
        if not iso or adj is None or adj.kind != "lexicon" or adj.entry is None or adj.entry.type != "COUNTRY" \
                or (adj.i, adj.j) != (k, ctx.adjective_end(k)):
            continue
        ctx.release(adj, adj.i, adj.j)
        for t in range(adj.i, adj.j):
            ctx.owner[t] = _BLOCK
        if sp.kind == "org" and sp.country is None:
            sp.country = iso
