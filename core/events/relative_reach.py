"""A clause on a noun reaches no side of the clause around it: "تفضل نيجيريا إعادة الرهائن
الذين خطفهم تنظيم X"، "وانتقدت تركيا اللاجئين الذين طردتهم اليونان"، "وتضغط فرنسا على موسكو
لإخراج المقاتلين المدعومين من إيران".

A relative verb that takes its noun up by a pronoun and names its own subject right after
it ("الذين طردتهم اليونان"), and a participle on a noun whose doer follows its من ("المدعومين
من إيران"), tell an act between that doer and the noun. The main clause's subject and
objects, named before the noun, are none of its sides: Greece expels the refugees, not
Turkey; Iran backs the fighters, not Moscow. The role model, weighing nearness and the
main clause's subject, often pairs them. A relative verb with no subject named after it
("مصر التي زارها"، "الاتفاقية التي وقعتها مع السودان") may have the main clause's subject
for its own, and is left alone; so is a noun that takes up the clause before it ("الأمر
الذي تنفيه روسيا": what Russia denies is that clause's claim, and its sides are the denial's), and so is every denial or
refusal: the noun it takes up is a claim or an offer, often in construct with a noun
between ("مزاعم تسميم الجاسوس التي تنفيها روسيا"), whose author is named before it.
"""
from __future__ import annotations

from core.events.actors import prepositional
from core.events.filters import RELATIVES, RESUMPTIVE
from core.events.named_only import without_named_only
from core.events.speech_acts import CLAIM_HEADS

AGENT_MARKS = frozenset({"من", "قبل"})  # "المدعومين من إيران"، "المدعومة من قبل واشنطن"
PARTICIPLE = "الم"  # a definite participle on the noun before it ("المدعومين"، "المدعومة")
ANSWERING = frozenset({"REJECT"})  # "مزاعم تسميم الجاسوس التي تنفيها روسيا": a denial answers the claim
SUBJECT_REACH = 1  # words between the relative verb and its subject ("طردتهم أمس اليونان")


def no_main_clause_sides(doc, st, h, pairs: list) -> list:
    """The pairs less those with a side named only before the noun that a relative verb or a
    participle with its own doer describes, when the trigger is that verb or participle."""
    if not pairs or h.i - 1 <= st.ti or h.form.type in ANSWERING:
        return pairs
    return _no_main_clause_sides(doc, st, h, pairs)


def _no_main_clause_sides(doc, st, h, pairs: list) -> list:
    """no_main_clause_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    norms = doc.norms
    if norms[h.i - 1] in RELATIVES:
        if norms[h.i - 2] in CLAIM_HEADS or not (_takes_noun_up(norms[h.i], h.form.tokens[0]) and _own_subject(doc, st, h)):
            return pairs  # "الأمر الذي تنفيه X": the noun is the clause before, whose sides it answers
        start = _noun_start(doc, st, h.i - 1)
    elif norms[h.i].startswith(PARTICIPLE) and _agent_after(doc, st, h):
        start = _noun_start(doc, st, h.i)
    else:
        return pairs
    return without_named_only(pairs, st.actors, lambda a: a.j <= start)


def _takes_noun_up(word: str, form: str) -> bool:
    """The relative verb carries the pronoun of its noun after its own letters ("طردتهم")."""
    return len(word) > len(form) and word.startswith(form) and word.endswith(RESUMPTIVE)


def _own_subject(doc, st, h) -> bool:
    """An actor named right after the verb with no preposition: the verb's subject."""
    return any(h.j <= a.i <= h.j + SUBJECT_REACH and not prepositional(a, doc.toks, doc.nt) for a in st.actors)


def _agent_after(doc, st, h) -> bool:
    """An actor named after the participle's من or من قبل: its doer."""
    k = h.j + (1 if doc.norms[h.j:h.j + 2] == ["من", "قبل"] else 0)
    return k < st.tj and doc.norms[k] in AGENT_MARKS and any(a.i == k + 1 for a in st.actors)


def _noun_start(doc, st, end: int) -> int:
    """The first token of the noun phrase ending before token ``end``: an actor's mention
    ending there (with the sides joined to it by و), else the definite words before it
    ("المقاتلين الأجانب")."""
    named = next((a for a in st.actors if a.j == end), None)
    if named is not None:
        start = named.i
        while doc.norms[start][:1] == "و" and (joined := next((a for a in st.actors if a.j == start), None)):
            start = joined.i  # "مصر والسعودية اللتين": both are the noun
        return start
    start = end - 1
    while start - 1 > st.ti and doc.norms[start - 1].startswith("ال"):
        start -= 1
    return start
