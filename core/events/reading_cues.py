"""The words of data/lexicons/reading_cues.tsv, and how a filter records the pairs it takes out.

The filters of who did an act and whether it was made (core.events.deplored_acts,
provoked, reporters, yielded) read one small table of cue words by kind; the pairs they
take out still count as told by the sentence and the article (related), as the role
model's other filters do.
"""
from __future__ import annotations

import re
from functools import lru_cache

from core import prepared
from core.cue_words import first_cue_kind
from core.events.roles import _pair_key
from core.lexicon import read_table


@prepared.table()
def reading_cues() -> dict[str, str]:
    """Normalised word → kind (deadline, relief, provoke, reporter, press, statement,
    decision)."""
    return {r["cue"]: r["kind"] for _, r in read_table("reading_cues.tsv")}


def cue_kind(word: str) -> str | None:
    """The kind of a normalised word, without its proclitics ("بالمهلة"، "لقرار")."""
    return first_cue_kind(word, reading_cues())


@lru_cache(maxsize=None)
def words_of(kind: str) -> tuple[str, ...]:
    """The words of one kind without their article: a word read through its proclitics
    holds one of them."""
    return tuple({w[2:] if w.startswith("ال") else w for w, k in reading_cues().items() if k == kind})


def in_span(doc, i: int, j: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` is written in the normalised text of tokens i..j-1: a
    test in one pass over the text, before reading its words one by one."""
    if j <= i or not words:
        return False
    return _search(words)(doc.nt.norm, doc.toks[i].nstart, doc.toks[j - 1].nend) is not None


@lru_cache(maxsize=None)
def _search(words: tuple[str, ...]):
    """A search for any of ``words`` (one pass in C instead of one substring test per word)."""
    return re.compile("|".join(map(re.escape, words))).search


def related(doc, st, pairs: list) -> None:
    """Pairs taken out still count as told by the sentence and the article: it has related
    their sides (the role model weighs pairs told before, and relaxes for a sentence that
    told none, core.events.learned.RELAX)."""
    keys = [_pair_key(p) for p in pairs]
    st.pairs.update(keys)
    doc.doc_pairs.update(keys)


def without_targets(st, pairs: list, barred: set[str]) -> list:
    """The pairs none of whose directed targets is ``barred``. When none is left, the
    sentence has told the act all the same: its pairs count as told, so the role model does
    not relax onto another trigger of the sentence (core.events.learned.RELAX)."""
    kept = [(p, d) for p, d in pairs if not (d and p[-1] in barred)]
    if not kept:
        st.pairs.update(_pair_key(p) for p in pairs)
    return kept
