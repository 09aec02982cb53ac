"""The doer of a verbal noun its own verb governs. In "قام وفد روسي بتهنئة الرئيس التركي"،
"قررت الحكومة الفرنسية طرد 12 دبلوماسيا إيرانيا"، "وقام الرئيس الفرنسي بدعوة نظيره
اللبناني" the subject of the light verb (قام بـ) or of the verb of deciding (قرر، اعتزم،
أقدم على) does the noun's act, and the side named right after the noun (its genitive or
the nationality of its object) undergoes it. Read alone, a noun's genitive is mostly its
doer ("زيارة الرئيس X"، "تهنئة الرئيس X"), so such pairs came out backwards; here a
directed pair from a side named after the noun to the governing verb's subject is turned.
The subject of a verb of receiving undergoes the act instead, done by the side named
after "من" ("سيتلقى الأسد الدعم من روسيا": Russia backs him), so the pair from that
subject to the giver is turned.
"""
from __future__ import annotations

from core.events import bystanders, constructions, filter_gates
from core.events.turned import turned_round
from core.text import mark_before

GOVERNED_REACH = 6  # words from the governing verb to the noun ("قررت الحكومة الفرنسية، الخميس، طرد")
OBJECT_REACH = 4  # words after the noun where its object's side is named ("طرد 12 دبلوماسيا إيرانيا")
CLAUSE_MARKS = "،,;؛:"  # marks that end a clause


def _governing_verb(norms: list[str], h, first: int) -> int | None:
    """The light or deciding verb that governs the noun: a light verb with the noun
    carrying its بـ, a verb of deciding with the bare noun, within GOVERNED_REACH words. A
    noun whose doer "من" names right after it ("تقوم قوات X بإسناد من Y") is Y's act, not
    the light verb's subject's: no verb governs it here."""
    noun = norms[h.i]
    if h.j < len(norms) and norms[h.j] == "من":
        return None
    for k in range(h.i - 1, max(first, h.i - GOVERNED_REACH) - 1, -1):
        got = constructions.kind(norms[k])
        if got == "light" and noun.startswith(("ب", "وب")) and not h.verbal:
            return k
        if got == "decide" and not noun.startswith(("ب", "وب", "ل")):
            return k
    return None


GOVERNING = ("light", "decide")  # construction_cues.tsv kinds of the verbs _governing_verb finds
GIVER_REACH = 4  # words after the noun to the "من" of its giver ("الدعم العسكري من روسيا")


def _received(doc, st, h, pairs: list) -> list:
    """The pairs of a verbal noun a verb of receiving governs (bystanders.receive_word:
    topic_cues.tsv, kind receive), each from the verb's subject to a side named after the
    "من" that follows the noun turned round. The subject is named in the verb's clause:
    between the clause break before it and the noun ("تلقت الحكومة اليمنية دعما"، "الأسد
    ... أنه سيتلقى الدعم")."""
    k = bystanders.receive_word(doc, st, h)
    return pairs if k is None else _received_from(doc, st, h, k, pairs)


def _received_from(doc, st, h, k: int, pairs: list) -> list:
    """_received past its gate, a verb of receiving ``k`` found (apart: its generators'
    cells made only here)."""
    norms = doc.norms
    m = next((m for m in range(h.j, min(st.tj, h.j + GIVER_REACH)) if norms[m] == "من"), None)
    givers = {a.actor for a in st.actors if m is not None and m < a.i <= m + 2}
    start = next((c for c in range(k, st.ti, -1) if mark_before(doc.toks, doc.nt.original, c, CLAUSE_MARKS)), st.ti)
    subjects = {a.actor for a in st.actors if start <= a.i < h.i} - givers
    if not subjects or not givers:
        return pairs
    return turned_round(pairs, lambda s, t: s in subjects and t in givers)


def _comma_between(doc, start: int, end: int) -> bool:
    """A clause mark between start and end that is no comma around a time put in
    ("قررت الحكومة الفرنسية، الخميس، طرد")."""
    marks = [m for m in range(start, end) if doc.nt.original[m] in CLAUSE_MARKS]
    if not marks:
        return False
    if len(marks) % 2:
        return True
    times = [(t.start, t.end) for t in doc.times]
    for a, b in zip(marks[::2], marks[1::2]):
        inner = doc.nt.original[a + 1:b]
        lead = a + 1 + len(inner) - len(inner.lstrip())
        tail = b - (len(inner) - len(inner.rstrip()))
        if not any(s <= lead and tail <= e for s, e in times):
            return True
    return False


def _own_clause(doc, k: int, h) -> bool:
    """A verb trigger that opens a clause of its own, not the verbal noun of the verb of
    deciding at k: it carries the conjunction و or ف ("قررت X قطع العلاقات وهددت Y")، or a
    comma or another verb stands between the two ("اعتزمت X زيارة الوفد، انتقد Y")."""
    if doc.nt.original[doc.toks[h.i].start:h.start].endswith(("و", "ف")):
        return True
    if _comma_between(doc, doc.toks[k].end, doc.toks[h.i].start):
        return True
    return any(k < v < h.i for v in getattr(doc, "verbal_at", ()))


def doer_first(doc, st, h, pairs: list) -> list:
    """The directed pairs of a verbal noun governed by a light or deciding verb, each from a
    side named after the noun to that verb's subject turned round."""
    if not pairs or not any(d for _, d in pairs):
        return pairs
    return _doer_first(doc, st, h, pairs)


def _doer_first(doc, st, h, pairs: list) -> list:
    """doer_first past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    if not h.verbal:
        pairs = _received(doc, st, h, pairs)
    # gate: _governing_verb returns only a word whose constructions.kind() is "light" or "decide"
    k = _governing_verb(doc.norms, h, st.ti) if filter_gates.cue_named(doc, st, constructions.table(), GOVERNING) else None
    # a past verb's form after a verb of deciding is its verbal noun ("قررت X طرد"): no "أن" between
    if k is None or h.verbal and (constructions.kind(doc.norms[k]) != "decide" or "ان" in doc.norms[k + 1:h.i]
                                  or _own_clause(doc, k, h)):
        return pairs
    return _doer_turned(st, h, k, pairs)


def _doer_turned(st, h, k: int, pairs: list) -> list:
    """_doer_first past its last gate: the pairs turned round whose source follows verb ``k``
    and whose target comes between them (apart: its comprehensions' cells made only here)."""
    subjects = {a.actor for a in st.actors if k < a.i < h.i}  # VSO: "قام وفد روسي بتهنئة"
    if not subjects:  # SVO: "روسيا قررت طرد"
        subjects = {a.actor for a in st.actors if k - 2 <= a.i < k and a.j <= k}
    after = {a.actor for a in st.actors if h.j <= a.i < h.j + OBJECT_REACH}
    objects = after - subjects
    if not subjects or not objects:
        return pairs
    return turned_round(pairs, lambda s, t: s in objects and t in subjects)
