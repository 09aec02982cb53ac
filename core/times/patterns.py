"""The pattern table: which patterns exist, in which order they are tried, and which
words can start each; and the scan that keeps, at each starting token, the longest
candidate.

A pattern is a function ``(view, i) -> candidate | None``. A token is tried only with
the patterns its lexicon classes (or its digits) can start, so most words of an
article cost one dictionary look-up.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress, count, filterfalse
from typing import Callable

from core import prepared
from core.times.candidates import Cand
from core.times.dates import day_month, month_name, numeric_date, part_of_period
from core.times.days import day_word, frequency, vague_ref, weekday
from core.times.durations import duration
from core.times.periods import century, decade, quarter, season, year
from core.times.view import TokenView
from core.times.words import TimeWords, time_words

Pattern = Callable[[TokenView, int], "Cand | None"]

# in the order they are tried (on a tie in length the first one wins)
PATTERNS: tuple[tuple[str, Pattern], ...] = (
    ("numeric", numeric_date),
    ("day_month", day_month),
    ("month", month_name),
    ("quarter", quarter),
    ("part", part_of_period),
    ("season", season),
    ("year", year),
    ("weekday", weekday),
    ("day", day_word),
    ("ref", vague_ref),
    ("freq", frequency),
    ("duration", duration),
    ("decade", decade),
    ("century", century),
)

# which patterns a token can start, by the lexicon classes it carries
DISPATCH: dict[str, tuple[str, ...]] = {
    "month": ("month",), "mword": ("month",), "ord": ("day_month",),
    "quarter": ("quarter",), "part": ("part",), "season": ("season",),
    "yearword": ("year",), "unit": ("year", "duration"), "this": ("year",),
    "that": ("year",), "same": ("year",), "weekday": ("weekday",), "daypart": ("weekday",),
    "day": ("day",), "ref": ("ref",), "freq": ("freq",), "approx": ("duration",),
    "more": ("duration",), "num": ("duration",), "decade": ("decade",),
    "century": ("century",), "since": ("duration",),
}
# what a number can start
DIGIT_PATTERNS = frozenset(("numeric", "day_month", "year", "duration"))
# patterns that find nothing at a token where no lexicon reading starts (each reads its
# class there first): a word whose patterns are only these ("في" starts only the
# multi-word references "في وقت سابق", "في المستقبل") is passed over where it starts none
_READING_FIRST = ("ref", "freq")


@lru_cache(maxsize=None)
def _in_order(names: frozenset) -> tuple[Pattern, ...]:
    return tuple(fn for name, fn in PATTERNS if name in names)


def _starter_names(lex: TimeWords, w: str) -> frozenset:
    names: set = set()
    for stem, _ in lex.surface[w]:
        for key in [(stem,)] + lex.first.get(stem, []):
            for c in lex.entries.get(key, ()):
                names.update(DISPATCH.get(c, ()))
    return frozenset(names)


@prepared.table()  # read from the prepared image (built: 5 ms of every start-up)
def starters() -> dict[str, frozenset]:
    """Normalised written word -> names of the patterns it may start."""
    lex = time_words()
    out = {}
    for w in lex.surface:
        names = _starter_names(lex, w)
        if names:
            out[w] = names
    return out


# the plans made of those patterns alone
_READ_HERE = frozenset(_in_order(frozenset(names)) for names in (("ref",), ("freq",), _READING_FIRST))


@lru_cache(maxsize=1)
def _starter_plans() -> dict[str, tuple[Pattern, ...]]:
    return {w: _in_order(names) for w, names in starters().items()}


@lru_cache(maxsize=1)
def _starter_words() -> frozenset:
    """The written words that start a pattern, as a set: a set intersection walks the
    smaller side (an article's words), a dict's keys would be walked whole."""
    return frozenset(_starter_plans())


@lru_cache(maxsize=4096)
def _number_plan(w: str) -> tuple[Pattern, ...]:
    names = starters().get(w)
    return _in_order(DIGIT_PATTERNS | names if names else DIGIT_PATTERNS)


def _plan(words: list[str]) -> dict[str, tuple[Pattern, ...]]:
    """The patterns to try at each distinct word of a text that can start one: a listed
    starter or a number (a digit last, or before a final م / ه).

    Most of an article's words start nothing, so the words are filtered in C (the
    starters' set intersected with them; ``filterfalse(str.isalpha)`` keeps only words
    with a character that is not a letter, digits among them) and only the few survivors
    are looked at in Python."""
    plans = _starter_plans()
    plan = {w: plans[w] for w in _starter_words().intersection(words)}
    for w in set(filterfalse(str.isalpha, words)):
        last = w[-1]
        if last.isdigit() or (last in "مه" and len(w) > 1 and w[-2].isdigit()):
            plan[w] = _number_plan(w)
    return plan


def find_candidates(v: TokenView) -> list[Cand]:
    """The longest candidate at each token that starts one, left to right, not overlapping."""
    plan = _plan(v.words)
    out: list[Cand] = []
    pos = 0
    words = v.words
    for i in compress(count(), map(plan.__contains__, words)):
        if i < pos:
            continue
        fns = plan[words[i]]
        if fns in _READ_HERE and not v.readings(i):  # "في" before no "وقت سابق" or "المستقبل"
            continue
        best = None
        for fn in fns:
            c = fn(v, i)
            if c is not None and c.j > i and (best is None or c.j > best.j):
                best = c
        if best is not None:
            out.append(best)
            pos = best.j
    return out
