"""Accusations, criticism and warnings named as coming from someone: in "وسط انتقادات من
حلف الأطلسي"، "بعد اتهامات من جانب واشنطن"، "رغم تحذيرات من قبل موسكو" the actor right
after "من" (or "من جانب"، "من قبل") is who voices them, so the source, and the sentence's
other side the one they are aimed at. A verb ("حذر من إيران") warns of what follows "من";
only the noun's "من" names its author.
"""
from __future__ import annotations

from core.events.turned import turned_round
from core.text import clitic_variants

VOICED_TYPES = frozenset({"ACCUSE", "THREATEN"})  # criticism and accusations; warnings
FROM = "من"
SIDE_WORDS = frozenset({"جانب", "قبل", "طرف"})  # "من جانب X"، "من قبل X"، "من طرف X"
# the nouns (normalised, bare) voiced by someone; not "العمل العدائي من قبل X", X's act
VOICED_NOUNS = ("انتقاد", "اتهام", "تحذير", "تهديد", "ادانه", "ادانات", "تنديد")


def voiced_by(norms: list[str], actors: list, h, end: int) -> str | None:
    """The actor that voices the noun of hit h: named right after its "من" (the trigger's
    last word or the word after it), with "جانب"/"قبل"/"طرف" at most between."""
    if h.verbal or not any(stem.removeprefix("ال").startswith(VOICED_NOUNS) for stem, _ in clitic_variants(norms[h.i])):
        return None
    k = h.j if h.j < end and norms[h.j] == FROM else (h.j - 1 if norms[h.j - 1] == FROM and h.j - 1 > h.i else None)
    if k is None:
        return None
    at = k + 1
    if at < end and norms[at] in SIDE_WORDS:
        at += 1
    return next((a.actor for a in actors if a.i == at), None)


def author_from(doc, st, h, pairs: list) -> list:
    """Directed pairs whose target is the noun's author turned round: "انتقادات من جانب
    نشطاء" are the activists' criticism, not criticism of them."""
    if h.form.type not in VOICED_TYPES or not pairs:
        return pairs
    return _author_from(doc, st, h, pairs)


def _author_from(doc, st, h, pairs: list) -> list:
    """author_from past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    author = voiced_by(doc.norms, st.actors, h, st.tj)
    if author is None:
        return pairs
    return turned_round(pairs, lambda s, t: t == author and s != author)
