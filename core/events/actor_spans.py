"""Loops over a sentence's actors and words that core.events.violence reads many times a
trigger: kept as loops (not next() over a generator, which in Python 3.11 makes a closure
cell of every local it reads on each call, ~218 instructions a cell) and kept apart,
since violence.py is at its 600 lines."""
from __future__ import annotations

from core.text import without_conjunction

ATTRIBUTION = frozenset({"وفق", "وفقا", "حسب", "بحسب", "لدي", "عند"})  # "استهدفت وفق المرصد": who tells, not who is hit


def _actor_at(actors: list, lo: int, hi: int, not_kinds: tuple = ("PAIR",), norms: list[str] | None = None):
    """The first actor mention starting in words lo..hi-1 (not one a source of the news
    is named by, when ``norms`` are given)."""
    for a in actors:
        if lo <= a.i < hi and not a.kind.startswith(not_kinds) and not (
                norms and a.i > 0 and without_conjunction(norms[a.i - 1]) in ATTRIBUTION):
            return a
    return None


def security_at(cues: dict, norms: list[str], lo: int, hi: int) -> int | None:
    """The first word in lo..hi-2 that opens a "security" cue of two words ("قوات الأمن"),
    else None (violence.security_pair)."""
    for k in range(lo, hi - 1):
        if cues.get(without_conjunction(norms[k]) + " " + norms[k + 1]) == "security":
            return k
    return None


def unnamed_in(actors: list, lo: int, hi: int):
    """The first unnamed side's mention in words lo..hi-1, else None (violence.security_pair)."""
    for a in actors:
        if lo <= a.i < hi and a.kind.startswith("UNNAMED"):
            return a
    return None


def last_subject_before(actors: list, k: int, ti: int, reach: int):
    """The last actor of the sentence (from token ``ti``) that ends within ``reach`` words
    before token k, no pair; None without one (violence.claimant)."""
    got = None
    for a in actors:
        if a.j <= k and k - a.j <= reach and a.i >= ti and not a.kind.startswith("PAIR"):
            got = a
    return got
