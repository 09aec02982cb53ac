"""Cue words (event_cues.tsv: verbs of saying, auxiliaries, hypotheticals ...) and the
written words that read as them through their proclitics.

Below both the entity and the event stage: the event rules read the cues with the
trigger tables (core.events.triggers), and the entity stage asks for the verbs of saying
too (a rare name between a verb of saying and its role is a person), which it must not
get by loading the event stage's tables.
"""
from __future__ import annotations

from core import prepared
from core.lexicon import DATA_DIR, read_tsv
from core.text import clitic_variants, normalize_for_match, proclitic_forms


def read_cue_kinds(word: str, cues: dict[str, str]) -> tuple[str, ...]:
    """The kinds of the cues ``word`` reads as once its proclitics are cut, in the order
    of its readings."""
    kinds = []
    for stem, _ in clitic_variants(word):
        kind = cues.get(stem)
        if kind and kind not in kinds:
            kinds.append(kind)
    return tuple(kinds)


def first_cue_kind(word: str, cues: dict[str, str]) -> str | None:
    """The kind of the first cue ``word`` reads as once its proclitics are cut ("بالمهلة"،
    "وتدين"), None for none: the one reading of a word through a table of cue words."""
    for stem, _ in clitic_variants(word):  # a loop: a generator's names would be cells of every call
        k = cues.get(stem)
        if k:
            return k
    return None


def cue_table(cues: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Every written word that reads as some cue → its kinds (read_cue_kinds). A word reads
    as a cue only when it is one of the cue's written forms (``proclitic_forms`` inverts
    ``clitic_variants``), so the few thousand forms of the cues are all such words, and
    any other word has no kind: a table made once instead of a cut of each new word."""
    table: dict[str, tuple[str, ...]] = {}
    for cue in cues:
        for w in proclitic_forms(cue):
            if w not in table and (kinds := read_cue_kinds(w, cues)):
                table[w] = kinds
    return table


@prepared.table()
def speech_forms() -> frozenset[str]:
    """The written words that read as a verb of saying of the shipped event_cues.tsv (kind
    speech), with the proclitics each may carry: the same words as the event stage's
    ``governing.cue_forms(load_triggers(), "speech")``."""
    cues = {normalize_for_match(r["cue"]): r["kind"].strip()
            for _, r in read_tsv(DATA_DIR / "event_cues.tsv", ("cue", "kind"), required=("cue",))}
    return frozenset(w for c, k in cues.items() if k == "speech"
                     for w in proclitic_forms(c) if "speech" in read_cue_kinds(w, cues))
