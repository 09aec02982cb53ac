"""A side named only inside a clause of time after an act is no target of that act: in
"احتجزت السلطات الرجل في المطار عندما كان ينتظر طائرته إلى X" the clause opened by
"عندما" tells where the man was going, and X is not whom the authorities held. The
words that open such a clause (عندما، حينما; بينما, a contrast; construction_cues.tsv,
kinds when_clause and while_clause) are data; a side named before the clause as well
stays a target ("اعتقلت الشرطة المواطن الأمريكي عندما ... الولايات المتحدة"), and the
act's source is left alone (the clause's subject may be the author of a passive act
before it).

An act that answers another (a threat, a protest, an accusation, a rejection) keeps the
clause's subject as its target: "هددت X بالرد عندما أجرت Y مناورات" threatens Y, whose
drill it answers. Only a verb's, only a named side, only after a word of time: a noun
("الاحتجاجات ... عندما رفعت الحكومة الدعم") and a nameless side ("عارضته X عندما اجتاحت
احتجاجات Y") tell a time, not whom the act answers, and "استخدمت X حق النقض بينما امتنعت Y
عن التصويت" vetoes nothing of Y's.
"""
from __future__ import annotations

from core.events import constructions, filter_gates
from core.events.clauses import finite_verb, named_only_after, subject_at
from core.events.provoked import CRITICISM_TYPES

# acts that answer another act: the side whose act the clause of time tells, named as its
# subject, is whom they answer ("هددت X بالرد عندما أجرت Y مناورات": Y is threatened)
REACTIVE_TYPES = CRITICISM_TYPES | {"THREATEN"}
WHEN, WHILE = "when_clause", "while_clause"  # construction_cues.tsv kinds: "عندما"، "بينما" (a contrast, which no act answers)
CLAUSE_KINDS = frozenset({WHEN, WHILE})
CLAUSE_CUES = (WHEN, WHILE)  # the same kinds, for filter_gates.cue_named
UNNAMED = "UNNAMED"  # mention kinds of nameless sides ("احتجاجات شعبية"): a time's setting, not whom a verb answers


def _clause_at(norms: list[str], h, tj: int) -> int | None:
    """The first word after the trigger, in its sentence, that opens a clause of time."""
    return next((k for k in range(h.j, tj) if constructions.kind(norms[k]) in CLAUSE_KINDS), None)


def _clause_subjects(norms: list[str], actors, k: int) -> set[str]:
    """The sides named as the subject of the clause opened at k: right after its opener
    ("بينما X تواصل") or after its finite verb ("عندما أجرت X"، "عندما أجرت القوات X")."""
    verb = k + 1 < len(norms) and finite_verb(norms[k + 1])
    return {a.actor for a in actors if (a.i == k + 1 or verb and subject_at(a, k + 1, norms)) and not a.kind.startswith(UNNAMED)}


def no_when_clause_targets(doc, st, h, pairs: list) -> list:
    """The directed pairs less those whose target the sentence names only inside a clause
    of time opened after the trigger."""
    if not pairs or not filter_gates.cue_named(doc, st, constructions.table(), CLAUSE_CUES):
        return pairs  # gate: _clause_at's constructions.kind() finds a word of CLAUSE_KINDS in the sentence
    return _no_when_clause_targets(doc, st, h, pairs)


def _no_when_clause_targets(doc, st, h, pairs: list) -> list:
    """no_when_clause_targets past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    k = _clause_at(doc.norms, h, st.tj)
    if k is None:
        return pairs
    inside = named_only_after(st.actors, k)
    if h.verbal and h.form.type in REACTIVE_TYPES and constructions.kind(doc.norms[k]) == WHEN:
        inside -= _clause_subjects(doc.norms, st.actors, k)
    if not inside:
        return pairs
    return [(p, d) for p, d in pairs if not (d and p[-1] in inside)]


WHILE_CUES = (WHILE,)  # for filter_gates.cue_named
SUBJECT_REACH = 3  # words from a clause's opener to its named subject ("بينما رحبت به X")


def no_sides_before_contrast(doc, st, h, pairs: list) -> list:
    """The pairs of an act told in a clause of contrast that names its own subject ("قدمت
    X دعما لـ Y، بينما دعمت Z فصائل المعارضة") less those with a side the sentence names
    only before the clause: X and Y are the other clause's, Z's act is not done with them.
    A clause without a named subject ("اعتقلت الشرطة X بينما كان يحاول مهاجمة Y") may be
    about a side before it and is left alone, as is a clause that opens the sentence."""
    if not pairs or not filter_gates.cue_named(doc, st, constructions.table(), WHILE_CUES):
        return pairs
    return _before_contrast(doc, st, h, pairs)


def _before_contrast(doc, st, h, pairs: list) -> list:
    """no_sides_before_contrast where the sentence holds a cue of contrast (apart from its
    gate: the names its generators read are closure cells, made on each call)."""
    k = next((k for k in range(h.i - 1, st.ti, -1) if constructions.kind(doc.norms[k]) == WHILE), None)
    if k is None or not any(k < a.i <= k + SUBJECT_REACH for a in st.actors):
        return pairs  # the clause's subject: after the opener, its verb and a pronoun ("بينما رحبت به X")
    named_before = {a.actor for a in st.actors if a.i < k}
    after = {a.actor for a in st.actors if a.i > k}
    before = named_before - after
    if not before:
        return pairs
    # the side the first clause's act was done to, answering it ("طردت X دبلوماسيين روسا، بينما
    # توعدت موسكو بالرد"، "اتهمت X إيران ...، بينما نفت طهران"): its answer is to the first clause's doer
    answers = h.form.type in REACTIVE_TYPES and h.verbal
    return [(p, d) for p, d in pairs
            if before.isdisjoint(p) or answers and d and p[0] in named_before & after]
