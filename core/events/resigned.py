"""Resignations from a body: "استقال X من رئاسة فريق التفتيش في الوكالة"، "قدمت X
استقالتها من منصبها في اللجنة".

A named person who resigns is a PERSON actor (persons are not actors of the role model),
and what he withdraws from is the body whose office the sentence names after "من"
("من رئاسة"، "من منصب"، "من عضوية"). So, for a resignation trigger that made no event of its
own: the person named right after the verb (or just before it: "X الذي استقال"), and the
first organisation named after the office word, make a RETREAT from the person to the body.
"""
from __future__ import annotations

from core.text import normalize_for_match

RESIGN = ("RETREAT", "080")  # type and CAMEO code of the resignation triggers
# office words after "من", normalised; with the article and the possessive pronouns
_OFFICES = ("رئاسة", "منصب", "عضوية", "قيادة", "إدارة", "عمادة", "أمانة")
OFFICE_WORDS = frozenset(normalize_for_match(p + w + s) for w in _OFFICES for p in ("", "ال")
                         for s in ("", "ه", "ها") if not (p and s))
PERSON_AFTER = 2  # words between the verb and the name of who resigns (a title)
PERSON_BEFORE = 2  # words between a name and the verb after it ("X، الذي استقال")
OFFICE_REACH = 6  # words from the name (or the verb) to "من" and the office word
BODY_REACH = 6  # words from the office word to the body


def resigned_pair(h, persons: list[tuple[int, int, str]], actors: list, norms: list[str],
                  ti: int, tj: int) -> list[str] | None:
    """[person, body] of a resignation from a named body, or None."""
    if (h.form.type, h.form.cameo) != RESIGN:
        return None
    person = next((p for p in persons if h.j <= p[0] <= h.j + PERSON_AFTER and p[1] <= tj), None)
    if person is None:
        person = next((p for p in reversed(persons) if p[1] <= h.i and h.i - p[1] <= PERSON_BEFORE and p[0] >= ti), None)
    if person is None:
        return None
    start = max(person[1], h.j)
    office = next((k + 1 for k in range(start, min(start + OFFICE_REACH, tj - 1))
                   if norms[k] == "من" and norms[k + 1] in OFFICE_WORDS), None)
    if office is None:
        return None
    body = next((a for a in actors if office < a.i <= office + BODY_REACH and a.kind.startswith("ORG")), None)
    return [person[2], body.actor] if body is not None else None
