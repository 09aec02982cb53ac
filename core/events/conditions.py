"""Attacks told under a condition the words before them do not show: "لن تواجه مشكلة في شن
هجوم على X إذا قررت ذلك"، "تدريب فرقة على اغتيال X في حال اندلاع حرب"، "إن هاجمت X
سفننا فإن الرد سيكون قاسيا".

The modality of a trigger is read from the words before it ("إذا هاجمت"، "قد تقصف"). An
attack may also be conditioned by what follows it in its clause: a condition after an act
not told in the past ("سوف تقصف ... إذا"، "في شن هجوم ... إذا") is what would be done if it
came to pass; and "إن" right before a past verb is the conditional "إنْ" (the "إنّ" of
reported speech takes a noun or a pronoun), which its answer "فإن"، "فسوف" confirms. Either
is no attack that happened. Only the attack types are read so (core.events.violence.TYPES):
an intention or offer with a condition stays an event by the annotation conventions.
"""
from __future__ import annotations

from core.events.speech_acts import COMPLEMENTISERS
from core.text import future_imperfect, without_conjunction

CONDITION_REACH = 10  # words after the act within which its condition stands ("في شن هجوم على أهداف X إذا")
# a condition after the act (normalised): "إذا"، "لو"، "ما لم"، "في حال"، "في حالة"
CONDITION_WORDS = frozenset({"اذا", "لو"})
CONDITION_PAIRS = frozenset({("في", "حال"), ("في", "حاله"), ("ما", "لم")})
# the answer of a conditional "إن" (normalised): "فإن"، "فإنه"، "فسوف"، "فلن"
ANSWERS = frozenset({"فان", "فانه", "فانها", "فانهم", "فسوف", "فلن"})
IF = "ان"
CLAUSE_OPENERS = COMPLEMENTISERS - {"لان"}  # reported speech opens its own clause


BEFORE_NOUN = frozenset({"علي", "الي", "من", "عن"})  # with unclaimed.NOUN_AFTER: "على قصف" is a noun


def _past(h, norms: list[str]) -> bool:
    """Whether the trigger is a past verb as written ("قصفت"), not a noun ("على قصف") or a
    present or future verb."""
    before = without_conjunction(norms[h.i - 1]) if h.i else ""
    return (h.verbal and h.form.pos == "verb_past" and future_imperfect(norms[h.i], min_len=2) is None
            and before not in BEFORE_NOUN and before not in _noun_after())


def _noun_after() -> frozenset[str]:
    """unclaimed.NOUN_AFTER (that module reads the violence rules, which import this one),
    imported on first use and kept: an import statement per trigger cost a lock and a look-up."""
    if not _NOUN_AFTER:
        from core.events.unclaimed import NOUN_AFTER

        _NOUN_AFTER.append(NOUN_AFTER)
    return _NOUN_AFTER[0]


_NOUN_AFTER: list = []


def conditioned(h, norms: list[str], lo: int, hi: int, names: set[int] | frozenset = frozenset()) -> bool:
    """Whether the attack at ``h`` is told under a condition in its sentence (tokens
    [lo, hi)): a condition word within CONDITION_REACH words after an act not told in the
    past, or a past verb right after the conditional "إن" with its answer after it.
    ``names``: the tokens inside entity mentions."""
    if h.i > lo and without_conjunction(norms[h.i - 1]) == IF and _past(h, norms):
        return any(w in ANSWERS for w in norms[h.j:hi])  # "إن هاجمت X ... فإن"
    if _past(h, norms) or h.verbal and (future_imperfect(norms[h.i], min_len=2) or h.i > lo and norms[h.i - 1] == "سوف"):
        return False  # "قصفت X الموقع، إذا صحت الأنباء": told as done; "ستستهدف ... إذا": a threat
    after = []
    for k in range(h.j, min(hi, h.j + CONDITION_REACH)):
        w = without_conjunction(norms[k])
        if w in CLAUSE_OPENERS:
            break  # "... في اليمن، إنه إذا كانت X": a condition of what is said next
        after.append("" if k in names else w)  # "لو" in a name ("جان لو X") is none
    return any(w in CONDITION_WORDS for w in after) or any(p in CONDITION_PAIRS for p in zip(after, after[1:]))
