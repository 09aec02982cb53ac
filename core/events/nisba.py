"""The nationality adjective right after an act noun names its author: "العقوبات
الأمريكية"، "الغزو الأميركي"، "الانسحاب الأمريكي" are acts of the United States, never
acts on it. A pair that makes that state the target of the noun's act is read the
other way round.

Only an adjective that describes the act noun itself: written right after it (or after
the adjective the trigger phrase ends in, "الرسوم الجمركية الأميركية"), with no
preposition on it ("استفزاز للفلسطينيين" names whom it provokes), agreeing with it in
definiteness ("منفذ عملية الطعن فلسطيني" is a predicate), and not after an envoy
("استدعاء السفير الروسي": the envoy's state is the target). Two adjectives in a row
("التعاون المغربي الإسرائيلي") name the two sides of a joint act and are left alone; so is
a word of blame ("هذه مهزلة بريطانية": Britain is blamed, as in "جرائم إسرائيلية").
"""
from __future__ import annotations

from core.events.turned import turned_to_source

PROCLITICS = ("و", "ف", "ب", "ل", "ك")
BLAME = "ACCUSE"  # its nouns mostly name the blamed state's conduct ("مهزلة بريطانية"), not the blamer


def _bare(w: str) -> str:
    while len(w) > 3 and w[:1] in PROCLITICS and not w.startswith("ال"):
        w = w[1:]
    return w


def _definite(w: str) -> bool:
    return _bare(w).startswith("ال")


def _describes(doc, h, a) -> bool:
    """Adjective mention ``a`` stands where it describes the trigger's act noun."""
    norms = doc.norms
    if a.i == h.i + 1:
        head = norms[h.i]
    elif a.i == h.j == h.i + 2 and not h.form.envoy:
        head = norms[h.i + 1]  # "الرسوم الجمركية الأميركية": the phrase ends in an adjective of its own
        if not (head.startswith("ال") and head.endswith(("يه", "ي"))):
            return False
    else:
        return False
    written = doc.nt.original[doc.toks[a.i].start:a.start]
    if written.strip("وف") or norms[a.i].startswith(("لل", "بال", "كال")):
        return False  # "استفزاز للفلسطينيين": whom the act is done to
    return _definite(head) == _definite(norms[a.i])


def _author(doc, st, h):
    """The actor of the one nationality adjective that describes the act noun."""
    first = next((a for a in st.actors if h.i < a.i <= h.j), None)
    if (first is None or not first.adjective or any(a.i == first.j and a.adjective for a in st.actors)
            or not _describes(doc, h, first)):
        return None
    return first.actor


def author_adjective(doc, st, h, pairs: list) -> list:
    """Directed pairs of an act noun whose target is the adjective of its author, turned round."""
    if h.verbal or h.form.speech or h.form.type == BLAME or not pairs:
        return pairs  # "مهزلة بريطانية"، "جرائم إسرائيلية": a word of blame for what the adjective's state did
    author = _author(doc, st, h)
    # "يحمل الكوبيون العقوبات الأمريكية": the United States sanctions
    return pairs if author is None else turned_to_source(pairs, author)
