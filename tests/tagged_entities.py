"""The entity finder on a made-up sentence with a stand-in for the statistical tagger:
the tests of unseen news give the tagger's proposals as (words, type), words counted as
tokenize() counts them, so that a rule's behaviour does not hang on the shipped model."""
from __future__ import annotations

from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def found_entities(text: str, tagged: list[tuple[str, str]] | None = None) -> list:
    """The entities of ``text``, the tagger proposing each (words, type) at every place the
    words occur (no tagger at all when ``tagged`` is None)."""
    nt = normalize_with_offsets(text)
    toks = tokenize(nt)
    words = [t.norm for t in toks]
    spans = None
    if tagged is not None:
        spans = []
        for phrase, typ in tagged:
            p = phrase.split()
            spans += [(i, i + len(p), typ) for i in range(len(words)) if words[i:i + len(p)] == p]
    return find_entities(nt, toks, tagged=spans)
