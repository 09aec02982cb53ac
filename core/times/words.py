"""The time grammar's vocabulary, read once from the data tables.

Every temporal word of ``months.tsv`` and ``time_words.tsv`` is keyed by its normalised
words, with the proclitic forms under which it may be written, so that a token is
looked up once and patterns never cut clitics themselves. ``time_context.tsv`` holds
the words patterns look for around an expression, by role.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from core import prepared
from core.lexicon import read_table
from core.text import ARTICLE_PROCLITICS, PLAIN_PROCLITICS, normalize_for_match

# classes whose value is a number in the table
_NUMERIC = frozenset(("weekday", "day", "num", "ord", "rel", "this", "decade"))


@dataclass(frozen=True)
class TimeWords:
    entries: dict  # tuple of normalised words -> {class: value}
    surface: dict  # normalised token -> list of (stem, chars dropped)
    first: dict  # stem -> multi-word keys starting with it, longest first
    future_verbs: frozenset  # imperfect verbs whose form with س marks the future
    roles: dict  # role -> frozenset of normalised written words
    named_days: dict  # (month, day) -> (year, nouns that name the day's event): هجمات 11 سبتمبر
    # key of several words -> proclitic letters its first word never takes ("باول أمس" is
    # a name before أمس, no ب + "أول أمس"): rows of class bare
    bare: dict = field(default_factory=dict)
    # written token -> the readings it may start, in the order TokenView.readings gives
    # them (see reading_plan): made for every written form of the table at once (7,000
    # forms, kept in the prepared image), so that a view reads a word's plan with one
    # look-up, NO_PLAN for the words of news that are no time word
    plans: dict = field(default_factory=dict, compare=False, repr=False)
    # written tokens with a one-word reading of class future (سوف, المقرر, يعتزم): what
    # TokenView.future_context looks for before a date, a set look-up instead of readings
    future_cues: set = field(default_factory=set, compare=False, repr=False)

    def __post_init__(self) -> None:
        for w in self.surface:
            self.plans[w] = plan = self._plan(w)
            if any("future" in e for e, _ in plan[1]):
                self.future_cues.add(w)

    def reading_plan(self, w: str) -> tuple:
        """What a token written ``w`` may start: (the longer readings by their second
        word, the one-word readings). A longer one is (number of words, key, classes,
        dropped) for a lexicon key whose first word is one of w's stems; a one-word one is
        (classes, dropped). In each part they come longest first, then fewest proclitic
        characters, and every longer one before every one-word one: the order of a
        token's readings. A token's readings are the one-word ones and the longer ones
        whose next words follow in the text, so a view only checks the keys whose second
        word is the next token (of the 16 keys "في" starts, usually none); the rest is the
        same for every token written w. Python's sort is stable, so keeping the readings
        that match preserves the order."""
        return self.plans.get(w, NO_PLAN)

    def _plan(self, w: str) -> tuple:
        items = []
        for stem, drop in self.surface.get(w, ()):
            items += [(len(key), key, self.entries[key], drop) for key in self.first.get(stem, ())
                      if not set(w[:drop]) & self.bare.get(key, frozenset())]
            e = self.entries.get((stem,))
            if e is not None:
                items.append((1, None, e, drop))
        items.sort(key=lambda x: (-x[0], x[3]))
        longer: dict = {}
        for item in items:
            if item[0] > 1:
                longer.setdefault(item[1][1], []).append(item)
        return {k: tuple(v) for k, v in longer.items()}, tuple((e, drop) for k, _, e, drop in items if k == 1)


# the plan of a word that starts no reading (shared: its parts are only read)
NO_PLAN: tuple = ({}, ())


@prepared.table()
def month_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of month names (normalised), and those that name a month alone (not
    the ordinal of "كانون الثاني"): the trigger scan counts a date of several words as
    one word of a phrase's gap (core.events.triggers.date_ends)."""
    words, alone = set(), set()
    for _, r in read_table("months.tsv"):
        parts = normalize_for_match(r["form"]).split()
        words.update(parts)
        alone.add(parts[0])
    return frozenset(words), frozenset(alone)


def _entries() -> dict:
    entries: dict = {}

    def put(form: str, cls: str, value) -> None:
        key = tuple(normalize_for_match(form).split())
        if key:
            entries.setdefault(key, {}).setdefault(cls, value)

    for _, r in read_table("months.tsv"):
        put(r["form"], "month", (int(r["month"]), r["family"], r["strength"]))
    for _, r in read_table("time_words.tsv"):
        if r["class"] in ("namedday", "bare"):
            continue  # a date, not a word (_named_days); a proclitic barred (_bare)
        value = r["value"]
        if r["class"] in _NUMERIC and value.lstrip("-").isdigit():
            value = int(value)
        put(r["form"], r["class"], value)
    return entries


def _clitic_forms(w: str) -> list[tuple[str, int]]:
    """Written forms of a first word with its proclitics, and how many characters they add."""
    forms = []
    if w.startswith("ال") and len(w) > 3:
        forms += [(p + w[2:], len(p) - 2) for p in ARTICLE_PROCLITICS]
        forms += [("لل" + w[2:], 1), ("ولل" + w[2:], 2), ("فلل" + w[2:], 2)]
    if not w.isdigit():
        forms += [(p + w, len(p)) for p in PLAIN_PROCLITICS]
    return forms


def _surface(entries: dict) -> dict:
    surface: dict = {}
    for key in entries:
        w = key[0]
        surface.setdefault(w, [])
        if (w, 0) not in surface[w]:
            surface[w].insert(0, (w, 0))
    for key in list(entries):
        w = key[0]
        for s, d in _clitic_forms(w):
            lst = surface.setdefault(s, [])
            if (w, d) not in lst:
                lst.append((w, d))
    return surface


def _first(entries: dict) -> dict:
    first: dict = {}
    for key in entries:
        if len(key) > 1:
            first.setdefault(key[0], []).append(key)
    for k in first:
        first[k].sort(key=len, reverse=True)
    return first


def _roles() -> dict:
    roles: dict = {}
    for _, r in read_table("time_context.tsv"):
        roles.setdefault(r["role"], set()).add(r["form"])
    return {k: frozenset(v) for k, v in roles.items()}


def _named_days() -> dict:
    """Days that an event noun before them names for good ("هجمات 11 سبتمبر" is 2001,
    whatever the article's year): rows of class ``namedday``, the date as its form and the
    nouns, normalised and separated by |, as its value."""
    days = {}
    for _, r in read_table("time_words.tsv"):
        if r["class"] == "namedday":
            y, m, d = map(int, r["form"].split("-"))
            days[(m, d)] = (y, frozenset(normalize_for_match(n) for n in r["value"].split("|")))
    return days


def _bare() -> dict:
    """Phrases of several words whose first word takes none of some proclitics: rows of
    class ``bare``, the proclitic letters (|-separated) as the value."""
    return {tuple(normalize_for_match(r["form"]).split()): frozenset(r["value"].split("|"))
            for _, r in read_table("time_words.tsv") if r["class"] == "bare"}


@prepared.table()  # read from the prepared image: built, 10 ms of every start-up
def time_words() -> TimeWords:
    entries = _entries()
    future_verbs = frozenset(k[0] for k, e in entries.items() if "futureverb" in e and len(k) == 1)
    return TimeWords(entries, _surface(entries), _first(entries), future_verbs, _roles(), _named_days(),
                     _bare())
