"""A verb that carries its object as a pronoun and is followed at once by a name: the name
is its subject. In "تصريحات هاجمتها دمشق"، "عميل سابق اعتقلته موسكو" or "كما حذرته
واشنطن" the object is the noun or the man the pronoun takes up, and Damascus, Moscow or
Washington acts; it is never the target of that verb, and a pair that makes it one is read
the other way round (the side named before is mostly what the pronoun takes up).
"""
from __future__ import annotations

from core.events.filters import RELATIVES, RESUMPTIVE
from core.events.turned import turned_round, turned_to_source


def _object_pronoun(doc, h) -> bool:
    """The trigger's verb ends in an object pronoun after the form the lexicon knows it by
    ("هاجمتها": "هاجمت" + "ها"); a written ة ends no pronoun."""
    word, form = doc.norms[h.i], h.form.tokens[0]
    if word[:1] in "وف" and not form.startswith(word[:1]):
        word = word[1:]
    written = doc.nt.original[doc.toks[h.i].start:doc.toks[h.i].end]
    # the scan reads a verb with a pronoun on it as a noun with its possessive ("تعاونهما");
    # right after a relative pronoun it is the clause's verb ("X التي انتقدها Y")
    verbal = h.verbal or h.form.verbal and h.i > 0 and doc.norms[h.i - 1] in RELATIVES
    return (verbal and len(h.form.tokens) == 1 and word.startswith(form) and word[len(form):] in RESUMPTIVE
            and not written.endswith("ة"))


def subject_not_target(doc, st, h, pairs: list) -> list:
    """Directed pairs whose target is the actor named right after a verb that carries its
    object as a pronoun, read the other way round: that actor is the source."""
    if not pairs or not _object_pronoun(doc, h):
        return pairs
    return _subject_not_target(doc, st, h, pairs)


def _subject_not_target(doc, st, h, pairs: list) -> list:
    """subject_not_target past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    after = next((a for a in st.actors if a.i == h.j), None)
    if after is None or doc.nt.original[doc.toks[h.j].start:after.start]:
        return pairs  # "أكد دعمه للسعودية": a noun, and the ل marks its target
    return turned_to_source(pairs, after.actor)  # "في حين تتهمها واشنطن": Washington accuses the side named before


UNDERGONE_AUX = frozenset({"تم", "جري", "يتم", "يجري"})  # "التي تم استهدافها": the act befell the antecedent
UNDERGONE_REACH = 4  # words from the verbal noun after تم to the trigger ("تم استهدافها في غارة")


def undergone_target(doc, st, h, pairs: list) -> list:
    """Directed pairs of an act told in a passive relative clause ("القاعدة السورية التي تم
    استهدافها في غارة إسرائيلية"): the antecedent, taken up by the pronoun of the verbal
    noun after تم, is the target; a pair that makes it the source is read the other way."""
    norms = doc.norms
    for k in range(h.i - 2, max(st.ti, h.i - 2 - UNDERGONE_REACH) - 1, -1):
        if norms[k] in RELATIVES and k + 2 < st.tj and norms[k + 1] in UNDERGONE_AUX:
            noun = doc.nt.original[doc.toks[k + 2].start:doc.toks[k + 2].end]
            if not noun.endswith(("ها", "ه", "هم", "هما")):
                return pairs
            for a in st.actors:  # a loop: a generator's names would be cells of every call
                if a.j == k:
                    return _head_as_target(pairs, a.actor)
            return pairs
    return pairs


def _head_as_target(pairs: list, head: str) -> list:
    """The pairs that make ``head`` the source of another read the other way (the lambda
    apart: its name would be a cell of every call of undergone_target)."""
    return turned_round(pairs, lambda s, t: s == head and t != head)
