"""The pattern table: which patterns exist, in which order they are tried, and which
words can start each; and the scan that keeps, at each starting token, the longest
candidate.

A pattern is a function ``(view, i) -> candidate | None``. A token is tried only with
the patterns its lexicon classes (or its digits) can start, those of a reading of
several words only before that reading's second word, so most words of an article
cost one dictionary look-up.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress, count, filterfalse
from typing import Callable

from core import prepared
from core.times.candidates import Cand
from core.times.dates import day_month, month_name, numeric_date, part_of_period
from core.times.days import day_word, frequency, vague_ref, weekday
from core.times.durations import duration, lead_prep
from core.times.periods import century, decade, quarter, season, year
from core.times.view import TokenView, read_digits
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
_DAY_DIGITS, _YEAR_DIGITS = 2, 4  # at most, exactly


@lru_cache(maxsize=None)
def _in_order(names: frozenset) -> tuple[Pattern, ...]:
    return tuple(fn for name, fn in PATTERNS if name in names)


def _names(classes) -> set:
    return {name for c in classes for name in DISPATCH.get(c, ())}


def _starter_names(lex: TimeWords, w: str) -> tuple[frozenset, dict]:
    """(the patterns w may start whatever follows it, {next word: the patterns w may
    start only before it}). Every pattern reads, at its first word, a reading of a class
    that dispatches to it (or a number, or منذ / قبل for a duration): so a pattern that
    only a reading of several words gives the word ("في" of "في وقت سابق", "ما" of "ما
    يقرب من", "بعد" of "بعد غد") can start there only where that reading's second word
    follows. Two thirds of the starters met in news ("في" alone is a third) are such words
    before some other word: they are passed over for one look-up of the next word."""
    longer, single = lex.reading_plan(w)
    always = _names(c for e, _ in single for c in e)
    after = {second: _names(c for _, _, e, _ in items for c in e) for second, items in longer.items()}
    if lead_prep(lex, w) is not None and "duration" in always.union(*after.values()):
        always.add("duration")
    return frozenset(always), {second: frozenset(always | names) for second, names in after.items()
                               if not names <= always}


@prepared.table()  # read from the prepared image (built: 5 ms of every start-up)
def starters() -> dict[str, tuple[frozenset, dict | None]]:
    """Normalised written word -> the names of the patterns it may start (see
    _starter_names), for the words that may start one."""
    lex = time_words()
    out: dict = {}
    shared: dict = {}  # one object for equal values: the image stores (and reads) each once
    for w in lex.surface:
        always, before = _starter_names(lex, w)
        if before:
            out[w] = shared.setdefault(always, always), {k: shared.setdefault(v, v) for k, v in before.items()}
        elif always:
            out[w] = shared.setdefault((always, None), (always, None))
    return out


@prepared.table()
def _starter_plans() -> dict[str, tuple]:
    """Written word -> (patterns to try whatever follows, {next word: patterns to try before it} or None)."""
    made: dict = {}  # by the identity of a shared value of starters()
    out = {}
    for w, names in starters().items():
        plan = made.get(id(names))
        if plan is None:
            always, before = names
            plan = made[id(names)] = _in_order(always), (
                {k: _in_order(v) for k, v in before.items()} if before else None)
        out[w] = plan
    return out


@prepared.table()
def _starter_words() -> frozenset:
    """The written words that start a pattern, as a set: a set intersection walks the
    smaller side (an article's words), a dict's keys would be walked whole."""
    return frozenset(_starter_plans())


def _digit_names(w: str) -> frozenset:
    """The patterns a number that is no listed word may start, by its digits: a day has
    one or two (a numeric date starts with a day or a year), a year four, and a number
    written with م or ه after it is a year or nothing (no count, no day). A number that
    is no listed word has no lexicon reading that a pattern reads at its first word."""
    d = read_digits(w)
    if d is None:
        return frozenset()
    _, digits, _, suffix = d
    names = {"year"} if digits == _YEAR_DIGITS else set()
    if not suffix:
        names.add("duration")
        if digits <= _DAY_DIGITS:
            names.add("day_month")
        if digits <= _DAY_DIGITS or digits == _YEAR_DIGITS:
            names.add("numeric")
    return frozenset(names)


@lru_cache(maxsize=4096)
def _number_plan(w: str) -> tuple:
    """A number tries the patterns its digits may start, and those its letters may start
    (whatever follows) when it is a listed word too."""
    names = starters().get(w)
    if not names:
        return _in_order(_digit_names(w)), None
    return _in_order(DIGIT_PATTERNS | names[0] | frozenset().union(*(names[1] or {}).values())), None


def _plan(words: list[str]) -> dict[str, tuple]:
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


def word_plan(w: str) -> tuple | None:
    """What ``_plan`` gives one written word (None: it starts nothing), for a caller that
    keeps an answer per word (``core.events.actors.word_records``, with the word's other
    readings, one look-up of each word of an article for every stage)."""
    if not w.isalpha():
        last = w[-1]
        if last.isdigit() or (last in "مه" and len(w) > 1 and w[-2].isdigit()):
            return _number_plan(w)
    return _starter_plans().get(w)


def find_candidates(v: TokenView) -> list[Cand]:
    """The longest candidate at each token that starts one, left to right, not overlapping.
    With the view's ``starts`` (each token's ``word_plan``, read with its other records)
    the article's words are not looked up again."""
    words = v.words
    if v.starts is not None:
        starts = v.starts
        at = compress(count(), starts)
    else:
        plan = _plan(words)
        starts = list(map(plan.get, words))
        at = compress(count(), starts)
    out: list[Cand] = []
    pos = 0
    last = v.n - 1
    for i in at:
        if i < pos:
            continue
        fns, before = starts[i]
        if before is not None and i < last:
            fns = before.get(words[i + 1], fns)
        if not fns:  # "في" before no "وقت سابق" or "المستقبل"
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
