"""Acts told as still to come by a word written after their noun ("هجوم وشيك"، "القمة
المرتقبة"، "الجولة المقبلة من المحادثات", imminent_words.tsv).

imminent_words.tsv is the one table of such words; its scope column says which nouns a
word is read after: any act's, within REACH words (here), or a gathering's or pact's,
within a few words (core.events.plans, which reads them as the event cue kind due, so
they take proclitics like the other cues), or both. Each word is written once.

The modality cues are read before a trigger ("من المقرر"، "يعتزم"), but news writes the
imminence of an attack or a summit after the noun, as its adjective; read as done, an
attack feared in a town ("نزح السكان خشية هجوم وشيك") was an assault. Read as planned, a
force to come is a threat and a meeting to come no event yet (plans.planned_type).
"""
from __future__ import annotations

from pathlib import Path

from core import prepared
from core.lexicon import read_table
from core.text import Token, normalize_for_match

REACH = 2  # the noun's own adjective may stand between ("هجوم بري وشيك"، "عملية عسكرية وشيكة")
# a word after one of these is another noun's ("مفاوضات مع الحكومة المقبلة")
PREPOSITIONS = frozenset(normalize_for_match(w) for w in ("في", "على", "مع", "من", "إلى", "ضد", "بين", "عن", "حول", "بشأن", "خلال"))
# the same for a preposition written on the word's article ("اتفاقية تعاون للسنوات المقبلة"،
# "بالأشهر المقبلة"): the word after it is that noun's
ON_ARTICLE = ("لل", "بال", "كال", "ولل", "وبال", "فلل", "فبال")


ACT, GATHERING, BOTH, TIME = "act", "gathering", "both", "time"  # the scopes of imminent_words.tsv
DUE = "due"  # the cue kind the gathering words take in the trigger tables (core.events.triggers)


def scoped_words(scope: str, data_dir: Path | None = None) -> list[str]:
    """The normalised words of imminent_words.tsv read after the nouns of ``scope`` (ACT or
    GATHERING) or in a date (TIME): its rows of that scope and those of both."""
    return [normalize_for_match(r["word"]) for _, r in read_table("imminent_words.tsv", data_dir)
            if r["scope"] in (scope, BOTH)]


@prepared.table()
def imminent_words() -> frozenset[str]:
    """The normalised words of imminent_words.tsv read after any act's noun."""
    return frozenset(scoped_words(ACT))


def told_to_come(h, toks: list[Token]) -> bool:
    """Whether a trigger noun is followed, in its own clause and within REACH words, by a
    word telling its act is still to come (a verb is read by its tense, not by this)."""
    if h.verbal:
        return False
    words = imminent_words()
    for k in range(h.j, min(h.j + REACH, len(toks))):
        if toks[k].start - toks[k - 1].end > 1 or toks[k].norm in PREPOSITIONS or toks[k].norm.startswith(ON_ARTICLE):
            return False  # a comma, a quote or a full stop between; another noun's phrase
        if toks[k].norm in words:
            return True
    return False
