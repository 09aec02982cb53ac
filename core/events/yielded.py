"""Concessions a sentence does not tell as made: a deadline's disarmament, a state let in.

A RETREAT trigger (a disarmament, a withdrawal, an allowance) governed by a word of
deadline ("أمهلت X الفصائل أسبوعين لنزع السلاح"، "مهلة لانسحاب القوات"، "مهلة الانسحاب") is
what the deadline demands, told by the deadline's own trigger (a threat); nobody has
disarmed or withdrawn, and the one who set the deadline is not the one who yields. The
deadline governs the act only through the ل of purpose on the act's noun, or with the
noun right after it: a deadline merely near ("ومع اقتراب نهاية المهلة أعلنت X سحب قواتها")
leaves the withdrawal told as made. An allowance of access
(cameo 086) to another state ("تسمح X للصين بالوصول إلى ميناء") is a partner let into a
port or a base, no easing of a blockade or of an inspection: the reading holds for
inspectors, missions and aid ("سمحت X بدخول المساعدات"), not for a state given a
foothold. The words are data (data/lexicons/reading_cues.tsv).
"""
from __future__ import annotations

from core.events.penalties import STOPS  # the marks that end a demand's phrase
from core.events.reading_cues import cue_kind, related
from core.lexicon import is_state_id
from core.text import mark_before

RETREAT = "RETREAT"
ALLOW_ACCESS = "086"  # cameo of an allowance of access or entry
DEADLINE_REACH = 8  # words from a deadline's word to the concession it demands ("أمهل X الفصائل ثلاثة أشهر لنزع")
RELIEF_REACH = 6  # words after the allowance where aid or people in need make it a concession
PURPOSE = "ل"  # "لنزع السلاح"، "للانسحاب": the act the deadline is set for
CONJUNCTIONS = ("و", "ف")


def _for_purpose(doc, h) -> bool:
    """The trigger's noun carries the ل of purpose ("لنزع"، "وللانسحاب"), which its own
    written form has not."""
    word = doc.norms[h.i]
    word = word[1:] if word[:1] in CONJUNCTIONS and word[1:2] == PURPOSE else word
    return word[:1] == PURPOSE and not h.form.tokens[0].startswith(PURPOSE)


def _under_deadline(doc, st, h) -> bool:
    """A word of deadline governing the trigger: right before it ("مهلة الانسحاب"), or
    within reach before a trigger written with the ل of purpose, in its sentence, with no
    sentence mark between."""
    if h.i > st.ti and cue_kind(doc.norms[h.i - 1]) == "deadline":
        return True
    if not _for_purpose(doc, h):
        return False
    for k in range(h.i - 1, max(h.i - 1 - DEADLINE_REACH, st.ti - 1), -1):
        if mark_before(doc.toks, doc.nt.original, k + 1, STOPS):
            return False
        if cue_kind(doc.norms[k]) == "deadline":
            return True
    return False


def _state_let_in(doc, st, h, target: str) -> bool:
    """The target of an allowance of access is a state named in it with its ل ("للصين"),
    and no word of aid or of people in need follows."""
    named = any(a.actor == target and h.i < a.i < h.j + 2 and doc.norms[a.i][:1] == "ل" for a in st.actors)
    if not named or not is_state_id(target):
        return False
    return not any(cue_kind(doc.norms[k]) == "relief" for k in range(h.j, min(h.j + RELIEF_REACH, st.tj)))


def no_unmade_concessions(doc, st, h, pairs: list) -> list:
    """A RETREAT trigger's pairs less those of a concession the sentence does not tell as
    made: under a deadline, or a state let into a place. The pairs count as told, as the
    sentence has related the sides (the role model need not relax for the triggers after)."""
    if not pairs or h.form.type != RETREAT:
        return pairs
    return _no_unmade_concessions(doc, st, h, pairs)


def _no_unmade_concessions(doc, st, h, pairs: list) -> list:
    """no_unmade_concessions past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    if _under_deadline(doc, st, h):
        kept = []
    elif h.form.cameo == ALLOW_ACCESS:
        kept = [(p, d) for p, d in pairs if not (d and _state_let_in(doc, st, h, p[-1]))]
    else:
        return pairs
    if len(kept) < len(pairs):
        related(doc, st, pairs)
    return kept
