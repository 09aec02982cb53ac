"""Acronyms written as the names of their letters joined by dots ("سي.إن.إن"،
"إف.بي.آي"، "قناة إن.تي.في").

The tokeniser cuts such an acronym at its dots, and no lexicon phrase runs over
punctuation, so the lexicon's spaced variant ("سي إن إن") never matched the dotted one
and the outlet or the agency went unnamed. Letters joined by dots are one name: the
lexicon's entry when it holds it; right after an organisation head ("قناة إن.تي.في") an
organisation of that name; else nothing ("دي.إن.إيه" is a molecule, "جي.بي.إس" a device).
"""
from __future__ import annotations

from core.entities.context import _Context
from core.entities.finder import _match_at, _Span, _span_offsets
from core.text import normalize_for_match

# The Arabic names of the Latin letters as news spells them (A إيه ... Z زد).
_LETTERS = frozenset(normalize_for_match(w) for w in (
    "إيه", "أيه", "بي", "سي", "دي", "إي", "إف", "جي", "إتش", "آي", "جيه", "جاي", "كيه", "كي", "كاي",
    "إل", "إم", "إن", "أن", "أو", "كيو", "آر", "إس", "أس", "تي", "يو", "في", "دبليو", "إكس", "واي", "زد"))
_DOT = "."


def _dotted_acronyms(ctx: _Context) -> None:
    """Claim each run of two or more letter names joined by dots, as described above."""
    toks, norms = ctx.toks, ctx.norms
    k = 0
    while k < len(toks):
        m = k
        if _first_letter(norms[k]) and not (k and _gap(ctx, k - 1) == _DOT):
            while m + 1 < len(toks) and _gap(ctx, m) == _DOT and norms[m + 1] in _LETTERS:
                m += 1
        if m > k and ctx.free(k, m + 1):
            _claim(ctx, k, m + 1)
        k = m + 1


def _first_letter(w: str) -> bool:
    """A letter's name, or one with the article ("السي.آي.إيه")."""
    return w in _LETTERS or w[:2] == "ال" and w[2:] in _LETTERS


def _gap(ctx: _Context, k: int) -> str:
    """What the text holds between token k and the next one."""
    return ctx.nt.norm[ctx.toks[k].nend:ctx.toks[k + 1].nstart]


def _claim(ctx: _Context, i: int, j: int) -> None:
    toks = ctx.toks
    article = 0 if ctx.norms[i] in _LETTERS else 2
    name = " ".join([ctx.norms[i][article:]] + ctx.norms[i + 1:j])
    entry = next((e for e in ctx.lex.lookup(name) if e.type == "ORG"), None)
    if entry is not None:
        s, t = _span_offsets(ctx.nt, toks, i, j, article)
        ctx.claim(_Span(i, j, s, t, "lexicon", entry=entry, country=entry.country, acts_for=entry.acts_for))
        return
    for h in (i - 1, i - 2) if not article else ():
        m = _match_at(ctx.nt, toks, h, ctx.f.heads) if h >= 0 else None
        if m is not None and m[1] == i and ctx.free(h, i) and not ctx.punct_between(i - 1, i):
            head, _, dropped = m
            s, t = _span_offsets(ctx.nt, toks, h, j, dropped)
            first = ctx.norms[h][dropped:]
            ctx.claim(_Span(h, j, s, t, "org", name_norm=" ".join([first] + ctx.norms[h + 1:j]), org_kind=head.kind))
            return
