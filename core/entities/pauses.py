"""The tagger's spans cut where the text pauses.

The tagger reads the project's tokens, punctuation dropped, so it never sees the comma
between two names of a list: "أحمد عز، وأروى جودة" comes back as one name running over
the comma. No name in the corpora it learnt from runs over a comma, a full stop, a
bracket or a quote, so its spans are cut at every such pause before any rule reads them
(a hyphen, "_" or "#" between the words of one name is no pause: ``_joined``).
"""
from __future__ import annotations

from core.entities.context import _Context


def _split_at_pauses(ctx: _Context, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each (first, last + 1, type) span cut into the runs of words no pause separates."""
    out: list[tuple[int, int, str]] = []
    for i, j, typ in spans:
        a = i
        for k in range(i + 1, min(j, len(ctx.toks))):
            if ctx.punct_between(k - 1, k):
                out.append((a, k, typ))
                a = k
        out.append((a, j, typ))
    return out
