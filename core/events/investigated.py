"""Investigated persons: the named private person an investigation is opened into.

"فتحت النيابة العامة الفرنسية تحقيقا مع رجل الأعمال X"، "بدأت الهيئة الرقابية في بريطانيا
تحقيقا في ممارسات X": the annotation conventions (SCHEMA.md) keep a private person a
state acts on a PERSON target, and an investigation is the state's accusation (ACCUSE,
CAMEO 090). Persons who hold no office of a state are no actors of the role model (a
company's head stands for his company), so the trigger made no event on him, or one on
another actor of the sentence (his company, his nationality). This reads one
construction: the investigating word, its "مع"، "في"، "بحق" or "ضد", at most OBJECT_GAP words
of what is looked into ("ممارسات"، "أنشطة") or of the person's description ("الناشط"، "رجل
الأعمال"), then the person's name; or its pronoun ("التحقيق معه") or a description with no
name ("مع المتشدد المصري البارز") for the one person the article has told arrested or
sentenced. The state is the source of the event the trigger made, else the one named as its
subject (core.events.penalties); the person's event stands in place of the trigger's events.
"""
from __future__ import annotations

import bisect

from core.events import clause_time
from core.events.emit import emit
from core.events.implied import REFERENT_REACH, acts_on_persons
from core.events.modality import UNASSERTED  # the modalities no event is told in
from core.events.penalties import STOPS, state_acting
from core.events.person_sides import _describes
from core.lexicon import is_state_id
from core.text import mark_before, without_conjunction

TYPE = "ACCUSE"
CAMEO = "090"  # investigate
LEADS = frozenset({"مع", "في", "بحق", "ضد"})
PRONOUNS = frozenset({"معه", "معها", "بحقه", "بحقها", "ضده", "ضدها"})  # "التحقيق معه": one told of before
# what an investigation looks into, between its lead and the person's name ("تحقيقا في ممارسات X")
MATTERS = frozenset({"ممارسات", "سلوك", "تصرفات", "انشطه", "نشاطات", "تعاملات", "اتهامات", "مزاعم",
                     "ادعاءات", "دور", "علاقات", "صلات", "ثروه", "اموال", "حسابات"})
# ("قضية X"، "مقتل X" are mostly the victim's case: "التحقيق في قضية مقتل الطالب X")
OBJECT_GAP = 3  # words between the lead and the name


def _lead(h, norms: list[str]) -> int | None:
    """The token of the investigation's preposition: the trigger's own last word ("تحقيق
    مع"), else the word right after it ("تحقيقا مع"، "التحقيق معه")."""
    if h.form.tokens[-1] in LEADS:
        return h.j - 1
    return h.j if h.j < len(norms) and (norms[h.j] in LEADS or norms[h.j] in PRONOUNS) else None


def _told_of(h, persons: list[tuple[int, int, str]], told: list[tuple[str, str]]) -> tuple[int, int, str] | None:
    """The person a pronoun or a bare description points back to: the one private person
    the article has told arrested or sentenced, named within REFERENT_REACH words before (a
    speaker named in between, "وأضاف المتحدث X أن ...", is not whom it means)."""
    acted_on = {t for _, t in told}
    if len(acted_on) != 1:
        return None
    (pid,) = acted_on
    if not any(p[2] == pid and h.i - REFERENT_REACH <= p[0] < h.i for p in persons):
        return None
    return (h.j, h.j, pid)


def investigated(h, persons: list[tuple[int, int, str]], norms: list[str], toks, text: str, tj: int,
                 events: list) -> tuple[int, int, str] | None:
    """The private person an investigation trigger names as what it looks into, or None:
    named after its preposition, else, after its pronoun ("معه") or a description with no
    name ("مع المتشدد المصري البارز"), the one the article has told arrested or sentenced
    (``events``: the article's so far)."""
    if h.form.type != TYPE or not h.form.cameo.startswith(CAMEO):
        return None
    lead = _lead(h, norms)
    if lead is None:
        return None
    starts = [p[0] for p in persons]
    k = bisect.bisect_right(starts, lead)
    named = k < len(persons) and persons[k][1] <= tj and persons[k][0] - lead - 1 <= OBJECT_GAP
    if norms[lead] in PRONOUNS or not named and lead + 1 < tj and _describes(norms[lead + 1]):
        return _told_of(h, persons, acts_on_persons(events, persons))
    return _looked_into(persons[k], lead, norms, toks, text) if named else None


def _looked_into(p: tuple[int, int, str], lead: int, norms: list[str], toks, text: str) -> tuple[int, int, str] | None:
    """investigated's person ``p`` named after the preposition at ``lead``, unless a mark or
    a word other than a matter looked into comes between (apart: its generators' cells
    made only here)."""
    if any(mark_before(toks, text, m, STOPS + ("،", ",")) for m in range(lead + 1, p[0] + 1)):
        return None
    if not all(without_conjunction(norms[m]) in MATTERS or _describes(norms[m]) for m in range(lead + 1, p[0])):
        return None  # "تحقيق في الهجوم الذي نفذه X": the name is not what is looked into
    return p


def investigated_events(doc, st, h, told: int) -> None:
    """The event of an investigation into a named private person (``investigated``), in
    place of the events the trigger made on other actors."""
    officials = {e.id for e in doc.entities if e.type == "PERSON" and e.actor and is_state_id(e.actor)}
    persons = [p for p in doc.named_spans()["PERSON"] if p[2] not in officials]  # "ممارسات X": a bank's head too
    person = investigated(h, persons, doc.norms, doc.toks, doc.nt.original, st.tj, doc.events)
    if person is None:
        return
    made = [e.actors[0] for e in doc.events[told:] if e.directed]
    state = made[0] if made else state_acting(h, st.actors, doc.norms, st.ti, person[0])
    if not state or state == person[2]:
        return
    when = clause_time.when(doc, st, h)
    if when[1] in UNASSERTED:
        return
    del doc.events[told:]
    emit(doc, st, h, [([state, person[2]], True)], *when)
