"""What sides agree on is no side of their agreement: in "اتفقت فرنسا وألمانيا على أن
المفاوضات مع روسيا يجب أن تستمر"، "أجمع قادة X وY على أن الحوار مع Z هو الحل" the clause
after "على أن" tells what they agree on; Russia, Z, named only in it, agree on nothing
with them (the word-order rules read the side after "مع" as a partner). The agreement's
sides stand before that clause: when the content's sides were all a reading had, the
subjects between the verb and its "على" are the agreement's.
"""
from __future__ import annotations

from itertools import combinations

from core.events.named_only import named_only, without_sides

ON = "علي"  # "على" normalised
UNANIMOUS = "اجمع"  # "أجمع" normalised: those who agree are named before its على, never after
MAX_SIDES = 4  # sides of one agreement read as its pairs (six pairs at most)
SUBJECT_REACH = 8  # words from the verb to its "على" (a subject of several names between)
THAT = frozenset({"ان", "انه", "انها", "انهم", "بان"})  # "على أن"، "على أنه"


def no_content_sides(doc, st, h, pairs: list) -> list:
    """The pairs of a joint agreement with no side named only in the clause it agrees on
    (nor, for a unanimous one, after its على); when none is left, each two of its
    subjects."""
    if not pairs or not h.form.joint or h.form.type != "AGREE":
        return pairs
    return _no_content_sides(doc, st, h, pairs)


def _no_content_sides(doc, st, h, pairs: list) -> list:
    """no_content_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    norms = doc.norms
    unanimous = h.form.tokens[0].startswith(UNANIMOUS)
    if h.form.tokens[-1] == ON:  # "أجمعوا على" holds its على
        k = h.j
    else:  # "اتفقت فرنسا وألمانيا على": the subject may stand between
        k = next((m + 1 for m in range(h.j, min(h.j + SUBJECT_REACH, st.tj)) if norms[m] == ON), st.tj)
    clause = k < st.tj and norms[k] in THAT
    kept = pairs
    if unanimous:  # "أجمعت الصحف الإيرانية على التنديد بـ Y": Y agrees on nothing with them
        kept = [(p, d) for p, d in kept if all(any(a.actor == x and a.j < k for a in st.actors) for x in p)]
    if clause:
        kept = without_sides(kept, named_only(st.actors, lambda a: a.i > k))
    if kept or not (clause or unanimous) or k >= st.tj:
        return kept
    # "اتفقت فرنسا وألمانيا على أن ...": the subjects between the verb and its على agree
    # together; "زعماء X وY وZ أجمعوا على أن": so do those named right before the verb
    subjects = [a.actor for a in st.actors if h.j <= a.i < k - 1] or _named_right_before(st.actors, h.i)
    subjects = list(dict.fromkeys(subjects))[:MAX_SIDES]
    return [([x, y], False) for x, y in combinations(subjects, 2)]  # each two of them agree


def _named_right_before(actors: list, i: int) -> list[str]:
    """The sides whose mentions run unbroken up to token ``i`` ("بريطانيا وفرنسا وألمانيا أجمعوا")."""
    out: list[str] = []
    for a in reversed(actors):
        if a.j > i:
            continue
        if a.j != i:
            break
        out.insert(0, a.actor)
        i = a.i
    return out
