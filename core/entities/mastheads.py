"""Newspapers named after a place: "واشنطن تايمز"، "طهران تايمز"، "نيويورك بوست".

The lexicon reads the place's word first and leaves the masthead word ("تايمز") to no
one, so the place stood for the newspaper and the newspaper went unnamed. A place or a
country of the lexicon followed, in the same phrase, by a masthead word
(``masthead_words.tsv``) is the newspaper: one organisation over both.
"""
from __future__ import annotations


from core import prepared
from core.entities.context import _Context
from core.entities.finder import _Span, _span_offsets
from core.entities.tables import _read_column
from core.text import normalize_for_match


@prepared.table()
def _masthead_words() -> frozenset[str]:
    return frozenset(normalize_for_match(r[0]) for r in _read_column("masthead_words.tsv", "form"))


def _masthead_names(ctx: _Context) -> None:
    """Each place or country span of the lexicon with a free masthead word right after
    it becomes a newspaper spanning both."""
    words = ctx.words_in(_masthead_words())
    if not words:
        return
    for k in ctx.positions(words):
        sp = ctx.owner[k - 1] if k > 0 else None
        if sp is None or ctx.owner[k] is not None or ctx.punct_between(k - 1, k) or sp.kind != "lexicon" \
                or sp.entry is None or sp.entry.type not in ("PLACE", "COUNTRY") or sp.j != k:
            continue
        ctx.release(sp, sp.i, sp.j)
        first = ctx.toks[sp.i].norm
        dropped = len(first) - len(normalize_for_match(ctx.nt.original[sp.start:ctx.toks[sp.i].end]))
        s, t = _span_offsets(ctx.nt, ctx.toks, sp.i, k + 1, max(dropped, 0))
        name_norm = " ".join([first[max(dropped, 0):]] + ctx.norms[sp.i + 1:k + 1])
        ctx.claim(_Span(sp.i, k + 1, s, t, "org", name_norm=name_norm, org_kind="agency"))
