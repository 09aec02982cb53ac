"""Demanded penalties: a prosecution asking that a named person be sentenced.

"طالب الادعاء بإصدار حكم بالسجن 20 عاما بحق رجل الأعمال X"، "أوصت النيابة العامة
باستصدار عقوبة الإعدام بحق ..."، "... X، إن النيابة طالبت بحكم بالإعدام ضده": the annotation
conventions (SCHEMA.md) keep a person acted on by a state a PERSON target, and the demand
of his sentence is the state's act on him (a request and an accusation at once). Persons
who hold no office are no actors of the role model, so such a demand made no event. This
reads one construction, for a trigger of requesting that made no event of its own: the
penalty (topic_cues.tsv kind penalty: "بالإعدام"، "بالسجن") within PENALTY_REACH words
after the trigger, then, within LEAD_REACH words, "بحق"، "ضد" or "على" and the person: named
after it (after at most a short description, or in "بمن فيهم X" after the group he is
one of), or, as its singular pronoun ("ضده"، "بحقها"), the one private person named
before the trigger in its sentence, else the one the sentences before tell arrested or
sentenced (core.events.implied.referent), else the one of the persons named before so told,
if only one was (told_of). The state is the one named as the trigger's
subject (a body with its nationality, "النيابة العامة السعودية"), else the one the article
has told acting on that person.
"""
from __future__ import annotations

import bisect

from core.events import clause_time
from core.events.emit import emit
from core.events.filters import TARGET_MARKS
from core.events.implied import ONE_PERSON, REFERENT_REACH, STATE_KINDS, acts_on_persons, referent  # ONE_PERSON: "ضده"، "بحقها"
from core.events.modality import UNASSERTED  # the modalities no event is told in
from core.events.person_sides import _describes
from core.lexicon import is_state_id
from core.text import mark_before
from core.topics import topic_cues

TYPE = "REQUEST"
PENALTY = "penalty"  # topic_cues.tsv: a word of a sentence demanded ("بالإعدام"، "بالسجن"، "المؤبد")
LIFT = "lift"  # topic_cues.tsv: a word of lifting a sentence ("طالب بإلغاء حكم الإعدام بحق X": spare him)
PENALTY_REACH = 9  # words from the trigger to the penalty ("طالب المدعي العام المسؤول عن ملفه بتنفيذ عقوبة الإعدام")
LEAD_REACH = 4  # words from the penalty to the word that leads to the person ("بالسجن مدة 30 عاما بحق")
LEADS = TARGET_MARKS  # "بحق"، "ضد"، "على"
DESCRIPTION = 6  # words between the lead and the name ("بحق رئيسة كوريا الجنوبية السابقة X")
INCLUDED = frozenset({"فيهم", "فيهن", "بينهم", "بينهن", "ومنهم", "منهم"})  # "بحق خمسة نشطاء ... بمن فيهم X"
INCLUDED_REACH = 12  # words from the lead to "بمن فيهم"
STOPS = (".", ":", "؛", ";", "!", "؟", "?")  # marks that end the demand's phrase


def _penalty_at(norms: list[str], start: int, end: int) -> int | None:
    """The first word of a penalty in [start, end), none after a word of lifting one."""
    cues = topic_cues()
    for k in range(start, end):
        kind = cues.get(norms[k])
        if kind == LIFT:
            return None
        if kind == PENALTY:
            return k
    return None


def _lead_at(norms: list[str], start: int, end: int, names: set[int]) -> tuple[int, bool] | None:
    """The word that leads to the person in [start, end), and whether it carries his pronoun;
    none inside a name (``names``: the tokens of persons' names; "عمران علي" ends in no "على")."""
    for k in range(start, end):
        if k in names:
            return None
        w = norms[k]
        if w in LEADS:
            return k, False
        if any(w == lead + p for lead in LEADS for p in ONE_PERSON):
            return k, True
    return None


def _named_after(persons: list[tuple[int, int, str]], norms: list[str], toks, text: str, lead: int,
                 tj: int) -> tuple[int, int, str] | None:
    """The person the lead names: within DESCRIPTION words after it, else right after a
    "بمن فيهم" of the group it names; none across a mark that ends the phrase."""
    starts = [p[0] for p in persons]
    k = bisect.bisect_right(starts, lead)
    if k == len(persons) or persons[k][1] > tj:
        return None
    p = persons[k]
    if any(mark_before(toks, text, m, STOPS) for m in range(lead + 1, p[0] + 1)):
        return None
    if p[0] - lead - 1 <= DESCRIPTION:
        return p
    inc = next((m for m in range(lead + 1, min(lead + 1 + INCLUDED_REACH, p[0])) if norms[m] in INCLUDED), None)
    return p if inc is not None and p[0] - inc - 1 <= 2 else None


def _named_before(persons: list[tuple[int, int, str]], ti: int, at: int) -> tuple[int, int, str] | None:
    """The one private person named in the sentence before the trigger (whom "ضده" means)."""
    before = [p for p in persons if ti <= p[0] and p[1] <= at]
    return before[-1] if before and len({p[2] for p in before}) == 1 else None


def told_of(h, persons: list[tuple[int, int, str]], ti: int, told: list) -> tuple[int, int, str] | None:
    """Whom "ضده" means when the sentences before name several private persons: the one of
    them the article told arrested or sentenced, if only one was (a man named again by his
    byname, "أحمد سمير، المعروف باسم أبو سمير", has two names; a jury's chair or a lawyer
    quoted is told of in no arrest). None when a person is named in the trigger's own
    sentence before it (_named_before reads the pronoun there)."""
    starts = [p[0] for p in persons]
    near = persons[bisect.bisect_left(starts, ti - REFERENT_REACH):bisect.bisect_left(starts, h.i)]
    held = {p[2] for p in near} & {t for _, t in told}
    if not near or near[-1][1] > ti or len(held) != 1:
        return None
    return (h.j, h.j, held.pop())


def state_acting(h, actors: list, norms: list[str], ti: int, end: int) -> str | None:
    """The state whose body acts: named between the trigger and ``end`` (the verb's subject
    after it, up to what it acts on), else the nearest before the trigger in its sentence; by
    a name, a body or a nationality adjective that describes no private person ("الداعية
    السعودي")."""
    def states(group):
        return [a for a in group if a.kind.split(":")[0] in STATE_KINDS + ("BODY",) and is_state_id(a.actor)
                and not (a.kind == "ADJ" and a.i > 0 and _describes(norms[a.i - 1]))]
    after = states(a for a in actors if h.j <= a.i < end)
    if after:
        return after[0].actor
    before = states(a for a in actors if ti <= a.i and a.j <= h.i)
    return before[-1].actor if before else None


def demanded(h, actors: list, persons: list[tuple[int, int, str]], norms: list[str], toks, text: str,
             ti: int, tj: int, events: list) -> list[str] | None:
    """[state, person] of a trigger of requesting that demands a named person's sentence
    (module docstring), or None."""
    if h.form.type != TYPE or not h.verbal:
        return None  # "التماس"، "طلبا": a petition's noun, mostly a plea for the convict
    penalty = _penalty_at(norms, h.j, min(h.j + PENALTY_REACH, tj))
    if penalty is None or any(mark_before(toks, text, m, STOPS) for m in range(h.j, penalty + 1)):
        return None
    names = {m for p in persons for m in range(p[0], p[1])}
    found = _lead_at(norms, penalty + 1, min(penalty + 1 + LEAD_REACH, tj), names)
    if found is None:
        return None
    lead, pronoun = found
    told = acts_on_persons(events, persons)
    if pronoun:
        person = _named_before(persons, ti, h.i) or referent(h, persons, ti, told) or told_of(h, persons, ti, told)
    else:
        person = _named_after(persons, norms, toks, text, lead, tj)
    if person is None:
        return None
    state = state_acting(h, actors, norms, ti, penalty) or next((s for s, t in reversed(told) if t == person[2]), None)
    return [state, person[2]] if state and state != person[2] else None


def demanded_events(doc, st, h) -> None:
    """The event of a demanded sentence on a named person (``demanded``), for a trigger that
    made no event of its own; not when it is itself only planned or denied."""
    pair = demanded(h, st.actors, doc.persons, doc.norms, doc.toks, doc.nt.original, st.ti, st.tj, doc.events)
    if pair and (when := clause_time.when(doc, st, h))[1] not in UNASSERTED:
        emit(doc, st, h, [(pair, True)], *when)
