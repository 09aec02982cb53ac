"""A bare word for a ship taking up the ship named before it: "أنقذت السفينة "أكواريوس"
... ورفضت إيطاليا استقبال السفينة". News names a rescue ship or a tanker once and then
calls it "السفينة"، "الناقلة"; that word is then a mention of the ship, so that what is
done to "السفينة" is done to it (a state refuses it a port, orders it to stop).

Only the definite head alone (no name, quote or describing word after it: "السفينة
الحربية" may be another ship), not where the ship is a place ("على متن السفينة"، "من
السفينة"), within reach of a ship the article named with a head word
(core.entities.vessels), the nearest one before it. Run by core.entities.affiliation
once every rule has claimed its names.
"""
from __future__ import annotations

import bisect

from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.vessels import KIND, _describes, _head_end, _heads, _quoted_end
from core.text import clitic_variants

ANAPHOR_REACH = 200  # words back from the bare head to the ship it takes up
# words before the head that make it a place, not a side ("على متن السفينة"، "نزول الركاب
# من السفينة"، "في السفينة"), normalised
WHERE_WORDS = frozenset({"من", "متن", "في", "الي", "داخل", "علي", "ومن", "وفي", "والي", "وعلي"})


def _definite_head(ctx: _Context, i: int) -> int | None:
    """Letters of proclitics before the definite one-word head at word i, else None
    ("السفينة" 0, "للسفينة" 1: the article's alif is not written after لـ)."""
    table, _ = _heads()
    for stem, dropped in clitic_variants(ctx.norms[i]):
        if stem.startswith("ال") and () in table.get(stem, ()):
            return dropped
        if stem.startswith("ل") and not stem.startswith("ال") and () in table.get("ا" + stem, ()):
            return dropped  # "للسفينة": ل + (ا)لسفينة
    return None


def _alone(ctx: _Context, i: int) -> bool:
    """Whether nothing after the head at word i names or describes another ship."""
    k = i + 1
    if k >= len(ctx.toks):
        return True
    if _quoted_end(ctx, k) is not None:
        return False  # "السفينة "X"": a ship introduced by name
    if ctx.punct_between(i, k):
        return True
    return ctx.owner[k] is None and not _describes(ctx, k)


def _vessel_anaphora(ctx: _Context) -> None:
    """Claim each bare definite word for a ship as a mention of the nearest ship named
    before it."""
    ships = [sp for sp in ctx.spans() if sp.kind == "org" and getattr(sp, "org_kind", None) == KIND]
    if not ships:
        return
    ends = [sp.j for sp in ships]
    _, forms = _heads()
    for i in ctx.positions(ctx.words_in(forms)):
        if ctx.owner[i] is not None or _head_end(ctx, i) != i + 1 or not _alone(ctx, i):
            continue
        if i > 0 and ctx.norms[i - 1] in WHERE_WORDS:
            continue
        dropped = _definite_head(ctx, i)
        x = bisect.bisect_right(ends, i) - 1
        if dropped is None or x < 0 or i - ends[x] > ANAPHOR_REACH:
            continue
        ship = ships[x]
        s, t = _span_offsets(ctx.nt, ctx.toks, i, i + 1, dropped)
        alias = _Span(i, i + 1, s, t, "org", country=ship.country, name_norm=ship.name_norm, org_kind=KIND)
        alias.alias = True  # type: ignore[attr-defined]
        ctx.claim(alias)
