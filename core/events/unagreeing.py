"""A state named right after a masculine verb of saying is its object, never its subject.

A state named by its name or its capital is a feminine subject ("طالبت إيران"، "اتهمت
واشنطن"), so a masculine singular verb right before it does not agree with it: "كما يدعو
سوريا إلى التعاون مع المنظمة" (the draft calls on Syria)، "بعد أن هدد طهران برد عنيف" (the
premier named before threatens Tehran). The role model, reading the verb-subject order of
news, made the state the source. Where the sentence before carries the speaker,
core.events.dropped_speakers reads the act whole; here, after the model, a pair from that
state is turned round when its target is the side named last before the verb (the doer
the clause dropped), and dropped otherwise. A few states are masculine ("أعلن العراق") and
stay the subject (construction_cues.tsv, kind masculine_state). A word spelled as the past
verb that stands where only its noun can ("بناء على طلب فلسطين"، "مع رفض برلين": a bare
word after a noun or a preposition, core.events.object_genitives) names its doer in the
genitive and is left alone; a present verb ("يدعو") is no noun.
"""
from __future__ import annotations

from core.events.dropped_speakers import STATE_KINDS, unagreeing_state
from core.events.object_genitives import last_named_before, noun_in_place
from core.events.speakers import SPOKEN_TYPES
from core.events.turned import turned_from_object
from core.events.clauses import comma_before

# words after which a clause, and so a verb, opens (normalised)
VERB_LINKS = frozenset({"قد", "لقد", "وقد", "ثم", "كما", "الذي", "التي", "الذين", "ان", "حيث", "عندما", "بعدما",
                        "فيما", "بينما", "كذلك", "حين", "لما"})
NOT_OBJECTS = frozenset({"لا", "لن", "لم", "لكن", "لدي"})  # words of ل that mark no object


def no_unagreeing_sources(doc, st, h, pairs: list) -> list:
    """The pairs less those whose source is a state a masculine verb does not agree with
    (module docstring)."""
    if not pairs or not h.verbal or h.form.type not in SPOKEN_TYPES or h.j != h.i + 1:
        return pairs
    return _no_unagreeing_sources(doc, st, h, pairs)


def _no_unagreeing_sources(doc, st, h, pairs: list) -> list:
    """no_unagreeing_sources past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    if h.form.pos != "verb_present" and noun_in_place(doc, st, h, doc.norms[h.i]):
        return pairs  # "بناء على طلب فلسطين": the noun, whose genitive asks
    obj = unagreeing_state(h, st.actors, doc.toks)
    if obj is None or not any(d and p[0] == obj.actor for p, d in pairs):
        return pairs
    if _doer_marked(doc, st, h, obj) or _noun_spelled(h) and not _verb_place(doc, st, h):
        return pairs  # "ورفضت X طلب إسرائيل تسليم": the object noun, whose genitive asks
    return turned_from_object(pairs, obj.actor, last_named_before(st, h, obj.actor))


def _noun_spelled(h) -> bool:
    """A past verb of three letters, spelled as its verbal noun ("طلب"، "رفض")."""
    form = h.form.tokens[0]
    return h.form.pos == "verb_past" and len(form) == 3 and not form.endswith("ا")


def _verb_place(doc, st, h) -> bool:
    """The word stands where a clause opens, so it reads as the verb: at the sentence's
    start, carrying و or ف, after a comma or a clause link ("قد"، "ثم"، "الذي")."""
    if h.i <= st.ti or doc.norms[h.i] != h.form.tokens[0]:
        return True
    return doc.norms[h.i - 1] in VERB_LINKS or comma_before(doc.toks, doc.nt, h.i)


def _doer_marked(doc, st, h, obj) -> bool:
    """The state after the word is its doer all the same: a verbal noun spelled as the verb
    whose object follows with ل or من ("ورفض X للمقترح"، "وطلب X من الوكالة"), or a verb
    of two objects whose second follows the state ("وطالب الكويت العراق بـ": a state used
    as masculine, the first its subject)."""
    nxt = doc.norms[obj.j] if obj.j < st.tj else ""
    if _noun_spelled(h):
        if nxt.startswith("ل") and nxt not in NOT_OBJECTS or nxt == "من" and h.form.tokens[0] == "طلب":
            return True
    if nxt[:1] == "و":
        return False  # "اتهم X وY": the state's partner, no second object
    return any(a.i == obj.j and not a.adjective and a.kind.startswith(STATE_KINDS) for a in st.actors)
