"""Acronyms written as the names of their letters joined by dots ("سي.إن.إن"،
"إف.بي.آي"، "قناة إن.تي.في").

The tokeniser cuts such an acronym at its dots, and no lexicon phrase runs over
punctuation, so the lexicon's spaced variant ("سي إن إن") never matched the dotted one
and the outlet or the agency went unnamed. Letters joined by dots are one name: the
lexicon's entry when it holds it; right after an organisation head ("قناة إن.تي.في") an
organisation of that name; else nothing ("دي.إن.إيه" is a molecule, "جي.بي.إس" a device).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from core.entities.context import _Context
from core.entities.finder import _match_at, _Span, _span_offsets
from core.text import normalize_for_match

# The Arabic names of the Latin letters as news spells them (A إيه ... Z زد).
_LETTERS = frozenset(normalize_for_match(w) for w in (
    "إيه", "أيه", "بي", "سي", "دي", "إي", "إف", "جي", "إتش", "آي", "جيه", "جاي", "كيه", "كي", "كاي",
    "إل", "إم", "إن", "أن", "أو", "كيو", "آر", "إس", "أس", "تي", "يو", "في", "دبليو", "إكس", "واي", "زد"))


def _dotted_acronyms(ctx: _Context) -> None:
    """Claim each run of two or more letter names joined by dots, as described above."""
    norms = ctx.norms
    dotted = _dotted_gaps(ctx)  # the tokens a bare dot joins to the next: few per article
    for k in sorted(dotted):
        if k - 1 in dotted or not _first_letter(norms[k]):
            continue  # inside a run, or no letter's name to start one
        m = k
        while m in dotted and norms[m + 1] in _LETTERS:
            m += 1
        if m > k and ctx.free(k, m + 1):
            _claim(ctx, k, m + 1)


# a dot with a word's letter on each side: the gap between two tokens is that dot alone
# (tokens are whole runs of such letters); found in one pass over the text, not per token.
# The dot comes first and the letter before it is looked behind for from there: a pattern
# that opens with a look-behind is tried at every character of the text (about 40 times
# slower on news), one that opens with a literal lets the engine skip to each dot.
_JOINING_DOT = re.compile(r"\.(?<=[^\W_]\.)(?=[^\W_])")


def _dotted_gaps(ctx: _Context) -> set[int]:
    """The tokens k whose gap to token k + 1 is a single dot."""
    toks, last = ctx.toks, len(ctx.toks) - 1
    gaps = set()
    for m in _JOINING_DOT.finditer(ctx.nt.norm):
        k = bisect_left(toks, m.start(), key=_END)
        if k < last and toks[k].nend == m.start() and toks[k + 1].nstart == m.end():
            gaps.add(k)
    return gaps


_END = attrgetter("nend")


def _first_letter(w: str) -> bool:
    """A letter's name, or one with the article ("السي.آي.إيه")."""
    return w in _LETTERS or w[:2] == "ال" and w[2:] in _LETTERS


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
