"""An organisation's name said again in the same article.

The rules and the tagger read an organisation without a lexicon entry from its head and
the words around it ("البنك التجاري"، "المركز الوطني للأرصاد"), and the same words
further on may stand where they stay silent: after لل ("للبنك التجاري"), before a
preposition that looks like a field, between quotes. A news article names one body by
one name throughout, so an organisation of two words or more found once is that
organisation wherever its words recur free, through the proclitics و ف ب ل (and لل for
ال). One word alone is left to its context: a head without its name ("البنك") is any
bank.
"""
from __future__ import annotations

from itertools import compress, count

from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.text import clitic_variants


def _repeated_orgs(ctx: _Context) -> None:
    """Claim the free recurrences of the named (not generic) organisations of two words
    or more that the rules or the tagger found, as mentions of the same organisation."""
    names: dict[tuple[str, ...], _Span] = {}
    for sp in ctx.spans():
        words = tuple(sp.name_norm.split())
        if sp.kind == "org" and not getattr(sp, "generic", False) and len(words) >= 2 and _written(ctx, sp, words):
            names.setdefault(words, sp)
    if not names:
        return
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):
        firsts.setdefault(words[0], []).append(words)
    seconds = {words[1] for words in names}  # a recurrence starts before one of them: few words do
    norms = ctx.norms
    # the words before one of those second words, picked in C: no Python step per word
    for i in compress(count(), map(seconds.__contains__, norms[1:])):
        if ctx.owner[i] is not None:
            continue
        for stem, dropped in clitic_variants(norms[i]):
            words = next((w for w in firsts.get(stem, ()) if _recurs_at(ctx, i, w)), None)
            if words is None:
                continue
            sp, j = names[words], i + len(words)
            s, t = _span_offsets(ctx.nt, ctx.toks, i, j, dropped)
            ctx.claim(_Span(i, j, s, t, "org", country=sp.country, name_norm=sp.name_norm,
                            acts_for=sp.acts_for, org_kind=sp.org_kind))
            break


def _written(ctx: _Context, sp: _Span, words: tuple[str, ...]) -> bool:
    """Whether the span's words are its name as the text writes it (through the first
    word's proclitics): a name the rules rebuilt (a head restored, a word dropped) is
    not sought again."""
    return len(words) == sp.j - sp.i and tuple(ctx.norms[sp.i + 1:sp.j]) == words[1:] \
        and any(stem == words[0] for stem, _ in clitic_variants(ctx.norms[sp.i]))


def _recurs_at(ctx: _Context, i: int, words: tuple[str, ...]) -> bool:
    """Whether the name's later words follow token i, free and a space apart (a hashtag's
    "_" writes the name otherwise, and would name the body so)."""
    j = i + len(words)
    if j > len(ctx.toks) or not ctx.free(i, j) or tuple(ctx.norms[i + 1:j]) != words[1:]:
        return False
    toks, norm = ctx.toks, ctx.nt.norm
    return all(norm[toks[k].nend:toks[k + 1].nstart] == " " for k in range(i, j - 1))
