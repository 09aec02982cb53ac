"""The side named right after the verb of a clause that a word of time opens: "عندما قصفت
إسرائيل مواقع"، "حينما هاجم مسلحون القاعدة". Such a clause begins with its verb, and the
name right after the verb is its subject: Israel strikes. The role model, weighing the main
clause's subject, often took that subject for the act's target; it is the source, never the
target.

Not after a bare complementiser ("بعد أن زار الصين"، "بعد أن اتهمت فرنسا بالتدخل"): there the
verb's subject is as often the main clause's, carried on, and the name after it its object
(in 2,000 tuning articles the rule's three changes there were two right calls removed and
one reversed rejection mended). Not when the verb carries a plural subject of its own
("عندما انتقدوا فرنسا": France is criticised) or is a present, whose subject may be its
pronoun, nor for a phrase trigger, whose words after the verb are its own.
"""
from __future__ import annotations

from core.events import constructions
from core.events.actors import prepositional

OPENER_KINDS = frozenset({"when_clause"})  # construction_cues.tsv: "عندما"، "حينما", which open a clause with its verb
PRESENT_PREFIXES, FEMININE_PAST = ("ي", "ت"), "ت"  # "يزور"، "تطالب"; but "تعهدت" is a past
PLURAL_ENDINGS = ("وا", "ون")  # a verb whose own ending is its plural subject ("انتقدوا"، "يطالبون")


def _opened(norms: list[str], h, ti: int) -> bool:
    """The trigger is a one-word verb right after a word of time."""
    if not h.verbal or h.i <= ti or h.j != h.i + 1 or norms[h.i].endswith(PLURAL_ENDINGS):
        return False
    if norms[h.i].startswith(PRESENT_PREFIXES) and not norms[h.i].endswith(FEMININE_PAST):
        return False  # a present verb's subject may be its own pronoun ("أمله في أن يزور الكويت")
    w = norms[h.i - 1]
    return constructions.kind(w) in OPENER_KINDS


def no_subject_targets(doc, st, h, pairs: list) -> list:
    """The directed pairs less those whose target is the side named right after the verb
    of a clause the trigger opens (its subject), when no preposition governs that side."""
    if not pairs or h.j >= st.tj or not _opened(doc.norms, h, st.ti):
        return pairs
    return _no_subject_targets(doc, st, h, pairs)


def _no_subject_targets(doc, st, h, pairs: list) -> list:
    """no_subject_targets past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    y = next((a for a in st.actors if a.i == h.j), None)
    if y is None or prepositional(y, doc.toks, doc.nt):
        return pairs
    return [(p, d) for p, d in pairs if not (d and p[-1] == y.actor)]
