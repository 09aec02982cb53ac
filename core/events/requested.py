"""A request named by its author after the act it asked for: "وعقد مجلس الأمن جلسة طارئة
بطلب من الكويت" is Kuwait's request of the council. The noun written with ب ("بطلب"،
"وبطلب") and followed by "من X" names X as the one who asks; the body that acts is the
clause's subject before it (a role rule of core.events.roles.ROLE_RULES).

"بدعوة من X" and "بناء على طلب من X" reached the same pair by other rules (a possessive
read on the noun's teh marbuta, a verb's dropped subject); the bare "بطلب من X" had X as
the one asked and no asker, so the council's meeting at a state's request was lost.
"""
from __future__ import annotations

from types import SimpleNamespace  # a request noun's word span, as _askers reads a trigger's (i, j)
from typing import TYPE_CHECKING

from core.events.actors import _coordinated, _self_refs, _uniq, prepositional
from core.events.triggers import load_triggers
from core.text import clitic_variants, normalize_for_match

if TYPE_CHECKING:  # the rules read the role ladder's context; no import at run time
    from core.events.roles import _RoleContext

MARKS = ("ب", "وب")  # the proclitics that make the noun a circumstance ("بطلب"، "وبطلب")
FROM = "من"
# the noun read so: "بدعوة من X" (an invitation, often to a visit X hosts) keeps its own
# readings (core.events.filters.author_first puts X first)
NOUN = ("طلب",)


def _askers(actors, h, toks, nt) -> list:
    """The mentions named after "من": the first where core.events.filters.named_at finds
    it (past a head noun to its adjective: "من الحكومة الكازاخية"), and those joined to it
    by "و" ("من الولايات المتحدة وفرنسا"). None for a word such as "حكومته"/"بلاده", which
    stands for a state by a pronoun ("بطلب من حكومته": whose, the sentence rarely tells
    the reference rules; they took the nearest actor, the one asked)."""
    from core.events.filters import named_at  # the filters import the role rules' modules
    if h.j + 1 >= len(toks):
        return []
    at = named_at([t.norm for t in toks[:h.j + 3]], actors, h)
    k = next((k for k, a in enumerate(actors) if a.i == at), None)
    if k is None or any(stem in _self_refs() for stem, _ in clitic_variants(toks[h.j + 1].norm)):
        return []
    group = [actors[k]]
    while k + 1 < len(actors) and _coordinated(toks, nt, actors[k], actors[k + 1], commas=False):
        k += 1
        group.append(actors[k])
    return group


def asked_by(h, toks, nt) -> bool:
    """Whether the trigger is a request noun written "بطلب من": a circumstance of the act
    before it, not its content ("جلسة طارئة بطلب من X" is no meeting about a request)."""
    return (not h.verbal and h.form.tokens == NOUN and h.j < len(toks) - 1 and toks[h.j].norm == FROM
            and normalize_for_match(nt.original[toks[h.i].start:h.start]) in MARKS)


LEADING = frozenset({"قد", "وقد", "لقد", "فقد", "كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "ثم"})
PLACE_OPENERS = frozenset({"في", "وفي"})  # "وفي نيويورك يعقد مجلس الأمن ...": a place opens the clause
SENTENCE_ENDS = ".!?؟\n"  # a headline ends at its line
PRONOUNS = ("ه", "ها", "هم", "هما")  # a subject written on "أن" ("أنها"): no actor names it


def _sentence_first(h, toks, nt) -> int:
    """The first word of the request noun's sentence (or headline line)."""
    k = h.i
    while k > 0 and not any(c in SENTENCE_ENDS for c in nt.original[toks[k - 1].end:toks[k].start]):
        k -= 1
    return k


def _clause_start(h, toks, nt, trig, first: int) -> int | None:
    """The first word of the clause the request noun stands in: after the last "إن"/"أن"
    or verb of saying before it ("قالت روسيا إن الجلسة ستعقد بطلب من X": Russia only
    tells), else the sentence's first word past an auxiliary or a place ("وفي نيويورك");
    None when a pronoun on "أن" is the clause's subject ("نفت مصر أنها أغلقت"): the one
    asked is named by no actor."""
    for k in range(h.i - 1, first - 1, -1):
        kinds = trig.cue_kinds(toks[k].norm)
        if "complementiser" in kinds or "speech" in kinds:
            return None if "complementiser" in kinds and toks[k].norm.endswith(PRONOUNS) else k + 1
    k = first + 2 if toks[first].norm in PLACE_OPENERS and first + 2 < h.i else first
    while k < h.i and toks[k].norm in LEADING:
        k += 1  # "وكانت قطر قد استضافت": the subject follows the auxiliary
    return k


def _unasserted(h, toks, trig, first: int, lo: int) -> bool:
    """Whether the act asked for is denied or negated ("نفت X أن تكون Y أغلقت المعبر بطلب
    من Z"، "لم تغلق Y المعبر بطلب من Z"): the request is then not told as made."""
    from core.events.modality import DENIAL_SCOPE, _denied_content, _not_negating
    window = [t.norm for t in toks[max(first, h.i - DENIAL_SCOPE):h.i]]
    clause = [t.norm for t in toks[lo:h.i]]
    skip = _not_negating(clause, trig)
    return _denied_content(window, trig) or any(
        "negation" in trig.cue_kinds(w) for n, w in enumerate(clause) if n not in skip)


def asked_of(seq, h, toks, nt) -> tuple[list[str], str] | None:
    """(askers, the one asked) of a "بطلب من X" noun: the one asked is the subject of the
    noun's own clause, named first in it, right after its verb ("استضافت قطر قادة طالبان
    بطلب من X": Qatar, not the Taliban it hosts) or before it ("إن مجلس الأمن سيجتمع"),
    a title standing before its nationality adjective ("زارت المستشارة الألمانية موسكو").
    None when the clause names no subject ("أن المحادثات ستستأنف بطلب من X") or tells of
    no act done."""
    trig = load_triggers()
    askers = _uniq([a.actor for a in _askers(seq, h, toks, nt)])
    first = _sentence_first(h, toks, nt)
    lo = _clause_start(h, toks, nt, trig, first) if askers else None
    if lo is None or _unasserted(h, toks, trig, first, lo):
        return None
    subject = next((a for a in seq if lo <= a.i < h.i and a.actor not in askers and not prepositional(a, toks, nt)), None)
    if subject is None or subject.i - lo > (SUBJECT_AT + 1 if subject.adjective else SUBJECT_AT):
        return None
    return askers, subject.actor


SUBJECT_AT = 1  # words from the clause's first to its subject: after the verb (VSO) or first (SVO)


def rule_requested_by(c: _RoleContext):
    """"يعقد مجلس الأمن بطلب من روسيا اجتماعا": the actors named after "من" ask the clause's
    subject (asked_of); a "بطلب من" noun whose clause names none, or denies the act, makes
    no event (the actor before it is the object, a place, or the one who only tells)."""
    if not asked_by(c.h, c.toks, c.nt):
        return None
    found = asked_of(c.seq, c.h, c.toks, c.nt)
    if found is None:
        from core.events.roles import _NO_EVENT  # the ladder's module imports this one
        return _NO_EVENT
    return found[0], [found[1]], c.joint


WRITTEN = frozenset(m + NOUN[0] for m in MARKS)  # the request noun as "بطلب من" writes it


def no_askers(doc, st, h, pairs: list) -> list:
    """"يجتمع مجلس الأمن بطلب من X لبحث ...": X asked for the meeting, and is no side of it
    nor of the talks it holds (a meeting's pairs; X named elsewhere in the sentence stays)."""
    toks = doc.toks
    asked_at = set()
    for k in range(max(st.ti, 0), min(st.tj, len(toks)) - 1):
        if toks[k].norm in WRITTEN and toks[k + 1].norm == FROM:
            asked_at |= {a.i for a in _askers(st.actors, SimpleNamespace(i=k, j=k + 1), toks, doc.nt)}
    if not asked_at:
        return pairs
    askers = {a.actor for a in st.actors if a.i in asked_at} - {a.actor for a in st.actors if a.i not in asked_at}
    return [(p, d) for p, d in pairs if not askers.intersection(p)]


def asker_only(doc, st, h, pairs: list) -> list:
    """A "بطلب من" noun's pairs are the askers' request of its clause's subject (asked_of);
    one written with a pronoun ("بطلب من حكومته"), a clause with no named subject or a
    denied act leave no pair, and the model's guess from the sentence's other actors none."""
    if not pairs or not asked_by(h, doc.toks, doc.nt):
        return pairs
    return _asker_only(doc, st, h, pairs)


def _asker_only(doc, st, h, pairs: list) -> list:
    """asker_only past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    found = asked_of(st.actors, h, doc.toks, doc.nt)
    if found is None:
        return []
    return [(p, d) for p, d in pairs if len(p) == 2 and p[0] in found[0] and p[1] == found[1]]
