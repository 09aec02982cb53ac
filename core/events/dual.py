"""A dual verb with no subject of its own: "التقى الوزير الأمريكي نظيره الأردني، وأشادا
بدور مصر"، "وتعهدا بتقديم الدعم للسلطة". Its subject is the two sides of the event just
told, so a directed act the rules give one of them is the other's too.
"""
from __future__ import annotations

REACH = 300  # characters from the event just told to the dual verb


def _dual(word: str) -> bool:
    """A past dual ("أشادا"، "تعهدتا") or a present dual ("يتعهدان"، "تشيدان") verb form."""
    if word.endswith("ان"):
        return word[:1] in "يت" and len(word) >= 5
    return word.endswith("ا") and not word.endswith(("وا", "نا")) and len(word) >= 4


def both_subjects(doc, st, h, pairs: list) -> list:
    """The directed pairs of a subjectless dual verb, with the other side of the event
    just told as a second source."""
    if not pairs or not h.verbal or h.form.joint or not doc.events or not _dual(h.form.tokens[0]):
        return pairs
    return _both_subjects(doc, st, h, pairs)


def _both_subjects(doc, st, h, pairs: list) -> list:
    """both_subjects past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    if any(a.i == h.j for a in st.actors):
        return pairs  # "أشادا مصر وتونس": named right after, a subject of its own
    last = doc.events[-1]
    if len(last.actors) != 2 or not 0 <= h.start - last.trigger.end <= REACH:
        return pairs
    two, out = last.actors, list(pairs)
    have = {tuple(p) for p, _ in pairs}
    for p, d in pairs:
        if d and len(p) == 2 and p[0] in two and p[1] not in two:
            other = two[1] if p[0] == two[0] else two[0]
            if (other, p[1]) not in have:
                out.append(([other, p[1]], d))
                have.add((other, p[1]))
    return out
