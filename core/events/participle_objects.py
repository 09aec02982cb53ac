"""The object an adverbial participle of a speech act governs, written right after it.

"وانتقد الوزير الخطوة، متهما بريطانيا بافتعال الأزمة"، "تحدث المندوب X منتقدا الدول
الغربية": the participle tells what the clause's subject did, and the actor written right
after it is its object (core.events.roles._rule_adverbial_participle reads both). With
one source, the clause's subject named in the sentence before any complementiser (not the
subject of a reported clause, "أعلنت أن على الحكومة X ...، داعية"), the grammar names
both sides: the rules' pair stands and the role model does not weigh it (it often ranked
such a target below its threshold when the subject stood far before the participle). Not
past a clause that opens between the subject and the participle ("زار الوزير X، حيث انتقد
رئيس وزرائها Y، متهما"): the participle may be the later clause's subject's.
"""
from __future__ import annotations

from core.events.channels import CLAUSE_OPENERS
from core.events.clauses import verb_after_comma
from core.events.speech_acts import COMPLEMENTISERS, SPEECH_ACT_TYPES, adverbial_participle
from core.events.stated import Stated
from core.text import without_conjunction

NEW_CLAUSE = CLAUSE_OPENERS | {"حيث"}  # "، حيث انتقد رئيس وزرائها": a clause with a subject of its own


def stated_object(doc, st, h, roles, pairs: list) -> list:
    """The rules' pairs of a speech act's participle and the actor right after it, as
    stated sides, when their one source is the sentence's main subject."""
    if not pairs or not roles or h.form.joint or h.form.type not in SPEECH_ACT_TYPES:
        return pairs
    src, tgt = roles[0], roles[1]
    if len(src) != 1 or not tgt or not adverbial_participle(h, doc.toks, doc.nt):
        return pairs
    return _stated_pairs(doc, st, h, src, tgt, pairs)


def _stated_pairs(doc, st, h, src, tgt, pairs: list) -> list:
    """stated_object past its gates: apart from them, as the names its comprehensions read
    are cells made at every call."""
    objects = {a.actor for a in st.actors if a.i == h.j}
    if tgt[0] not in objects:
        return pairs
    source = next((a for a in st.actors if a.actor == src[0] and a.i < h.i), None)
    if source is None or any(doc.norms[k] in COMPLEMENTISERS for k in range(st.ti, source.i)):
        return pairs  # a subject carried from before, or one of a reported clause: the model weighs it
    if any(doc.norms[k] in NEW_CLAUSE or without_conjunction(doc.norms[k], 1) in NEW_CLAUSE or verb_after_comma(doc.toks, doc.nt, k)
           for k in range(source.i + 1, h.i)):
        return pairs  # a clause between may have its own subject: the model weighs it
    return [(Stated(p), d) if d and p[0] == src[0] and p[1] in tgt else (p, d) for p, d in pairs]
