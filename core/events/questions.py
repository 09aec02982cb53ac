"""What a question asks about is not told. "هل سترسل روسيا سفنا حربية إلى سوريا؟"،
"أين يلتقي ترامب كيم؟"، "بعد اشتباكات عدن: هل نشب الخلاف بين X وY؟": a sentence that
ends in a question mark and holds an interrogative word (construction_cues.tsv, kind
question) asserts nothing from that word on. A trigger after the interrogative makes no
event; a trigger before it keeps only the sides named before it (the question's own
sides are asked about, not told). The cue list's "هل" read from a few words before the
trigger only; a question is often longer. A past relative clause still tells its event
inside the question: "هل تنجح القمة التي عقدت أمس بين X وY؟" asks about the summit's
outcome, the summit was held.
"""
from __future__ import annotations


from core import prepared
from core.events import constructions
from core.events.sentence_sides import unsided
from core.lexicon import read_table
from core.text import RELATIVE_PRONOUNS

QUESTION_MARKS = ("؟", "?")
TRAILING = " \t\n\"'»”)]"


def _question_word(doc, st) -> int | None:
    """The first interrogative word of a sentence that ends in a question mark."""
    if not doc.nt.original[st.start:st.end].rstrip(TRAILING).endswith(QUESTION_MARKS):
        return None
    norms = doc.norms
    return next((k for k in range(st.ti, st.tj) if constructions.kind(norms[k]) == "question"), None)


@prepared.table()
def _particles() -> frozenset[str]:
    """The stopwords that are no verb (particles, prepositions, pronouns, nouns ...)."""
    return frozenset(r["word"] for _, r in read_table("stopwords.tsv") if r["kind"] != "verb")


def _past(word: str) -> bool:
    """A verb in the past, as far as its first letters tell: no present or future prefix
    ("عقدت"، "جرت"، "وقعته"), or a ت-stem that ends as a past does ("تمت"، "توصلت").
    A particle or a noun is no verb at all: "التي لم تعقد"، "التي قد تعقد"، "التي من
    المقرر أن تعقد" tell no summit held (stopwords.tsv less its verbs; a word with the
    article)."""
    if word in ("تم", "تمت"):
        return True
    if word in _particles() or word.startswith("ال") or len(word) < 3:
        return False
    return word[:1] not in "يتنس" or word[:1] == "ت" and word.endswith("ت") and len(word) > 3


def _told_by_relative(norms: list[str], h, tj: int) -> bool:
    """The trigger is told by a past relative clause: a noun the clause describes ("القمة
    التي عقدت") or the clause's own verb ("الاتفاق الذي وقعته X وY")."""
    if h.i > 0 and norms[h.i - 1] in RELATIVE_PRONOUNS:
        return h.form.verbal and _past(norms[h.i])
    return not h.form.verbal and h.j + 1 < tj and norms[h.j] in RELATIVE_PRONOUNS and _past(norms[h.j + 1])


def asked_of_told(word: str, h, norms: list[str]) -> bool:
    """The interrogative ``word`` asks of an event a past relative clause tells (the
    trigger ``h``'s): the question leaves that event told (core.events.modality)."""
    return constructions.kind(word) == "question" and _told_by_relative(norms, h, len(norms))


def not_asked(doc, st, h, pairs: list) -> list:
    """The pairs of a trigger that a question leaves told: none after the interrogative
    word, and before it none with a side named only in the question."""
    if not pairs:
        return pairs
    return _not_asked(doc, st, h, pairs)


def _not_asked(doc, st, h, pairs: list) -> list:
    """not_asked past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    k = unsided(doc, st, _question_word)  # read once per sentence (core.events.sentence_sides)
    if k is None:
        return pairs
    if h.i > k:
        return pairs if _told_by_relative(doc.norms, h, st.tj) else []
    before = set()  # loops, not comprehensions: their names would be cells of every call
    for a in st.actors:
        if a.i < k:
            before.add(a.actor)
    out = []
    for p, d in pairs:
        if before.issuperset(p):  # every side named before the question word
            out.append((p, d))
    return out
