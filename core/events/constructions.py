"""The words of constructions that change who did an act or whether it was told
(data/lexicons/construction_cues.tsv): light and deciding verbs whose subject does the act
of the verbal noun they govern, interrogative words, buildings one leaves, sales one
approves. Read once; each rule module asks for its kind.
"""
from __future__ import annotations

from functools import lru_cache

from core import prepared
from core.lexicon import read_table
from core.text import without_conjunction, written_forms


@prepared.table()
def _kinds() -> dict[str, str]:
    return {r["cue"]: r["kind"] for _, r in read_table("construction_cues.tsv")}


def table() -> dict[str, str]:
    """The cue table itself (cue → kind), read once: what core.events.filter_gates tests a
    sentence's words against."""
    return _kinds()


def kind(word: str) -> str | None:
    """The kind of a normalised word, also with a conjunction written on it ("وقام"، "فهل")."""
    kinds = _kinds()
    return kinds.get(word) or kinds.get(without_conjunction(word, 2))


@lru_cache(maxsize=None)
def written(kind_name: str) -> frozenset[str]:
    """Every written word that reads as a cue of one kind once its proclitics are cut
    ("ببيع"، "لشراء"، "والأسلحة"), one set to test each word against."""
    return _written_by_kind().get(kind_name, _NO_FORMS)


_NO_FORMS: frozenset[str] = frozenset()  # a kind the table does not hold


@prepared.table()
def _written_by_kind() -> dict[str, frozenset[str]]:
    """Each kind's written words (``written``), all made at once and read from the
    prepared image: most kinds are first asked by rules the warm-up article does not
    reach, so every process made them on its first articles (about 0.7 ms a kind)."""
    kinds = _kinds()
    return {kind_name: written_forms(w for w, k in kinds.items() if k == kind_name)
            for kind_name in dict.fromkeys(kinds.values())}
