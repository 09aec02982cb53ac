"""Charges brought: a state's prosecution charging a named private person.

"وجهت النيابة العامة المصرية إلى الناشط X تهمة التخابر"، "وجهت له النيابة تهمة التحريض": the
annotation conventions (SCHEMA.md) call a charge the state's accusation (ACCUSE) and keep the
charged private person a PERSON target. Persons who hold no office are no actors of the role
model, so the charging phrase ("وجه … تهمة", triggers.tsv CAMEO 115) read a wrong pair of the
sentence's other actors, or none. This reads the person inside the phrase's gap: after "إلى" or
a word with ل ("للناشط"، "لرجل الأعمال"), at most the words that describe him before his name;
or his pronoun ("إليه"، "له") for the one private person the article has told arrested or
sentenced. The state is the one named as the verb's subject (a body with its nationality),
else the nearest before the verb in its sentence; a body with no nationality ("القضاء"،
"النيابة") acts for the state told acting on the person, else for the sentence's country. With
no such person the trigger's events
stay only when their target is named in the gap after a lead ("وجهت إلى حزب X تهمة"): the
sentence's other actors are not whom a charge is brought against.
"""
from __future__ import annotations

import bisect
from types import SimpleNamespace

from core.events import clause_time
from core.events.emit import emit
from core.events.implied import STATE_HEADS, acts_on_persons, sentence_country
from core.events.investigated import _told_of
from core.events.modality import UNASSERTED  # the modalities no event is told in
from core.events.penalties import STOPS, state_acting
from core.events.person_sides import _describes
from core.lexicon import is_state_id
from core.text import SINGULAR_OBJECT_SUFFIXES, mark_before, with_pronouns, without_lam

TYPE = "ACCUSE"
CAMEO = "115"  # bring charges (a lawsuit) against
LEAD = "الي"  # "وجهت إلى X تهمة" (normalised إلى)
PRONOUNS = with_pronouns(("الي", "ل"), SINGULAR_OBJECT_SUFFIXES)  # "وجهت إليه النيابة تهمة": one told of before
CHARGES = frozenset({"تهمه", "تهم", "تهما"})  # the phrase's last word: a charge, not a lawsuit ("رفع … دعوى")
DESCRIPTION = 3  # words that describe the person between the lead and his name ("إلى رجل الأعمال المصري")


def _described(norm: str) -> bool:
    """A describing word, also with the ل of the charged one ("للناشط" → "الناشط")."""
    if norm[:1] == "ل" and norm[1:2] != "ل":
        norm = norm[1:]  # "لرجل الأعمال"
    return _describes(without_lam(norm))


def charged(h, persons: list[tuple[int, int, str]], norms: list[str], toks, text: str,
            events: list) -> tuple[int, int, str] | None:
    """The private person a charging phrase brings its charge against (module docstring), or None."""
    gap = range(h.i + 1, h.j - 1)
    if any(norms[m] in PRONOUNS for m in gap):
        return _told_of(h, persons, acts_on_persons(events, persons))
    starts = [p[0] for p in persons]
    k = bisect.bisect_right(starts, h.i)
    if k == len(persons) or persons[k][1] > h.j - 1:
        return None
    p = persons[k]
    if any(mark_before(toks, text, m, STOPS) for m in range(h.i + 1, p[0] + 1)):
        return None  # "وجهت ... . X": the name is in another sentence
    m = p[0]
    while m > h.i + 1 and p[0] - m < DESCRIPTION and _described(norms[m - 1]):
        m -= 1
    led = (norms[m - 1] == LEAD or norms[m].startswith("ل") and (m < p[0] or norms[m][1:2] != "ل")
           or m > h.i + 1 and norms[m - 1].startswith("لل"))  # "للمدون X": a noun the cues do not list
    return p if led else None


def _body_state(doc, st, h, person, persons) -> str | None:
    """The state a body of a state with no nationality acts for, when it is the verb's
    subject right after it ("ووجه القضاء إلى X تهمة"، "وجهت النيابة"): the one the article has
    told acting on the person before (an arrest, a sentence), else the country the sentence
    is set in (core.events.implied.sentence_country, as for an arrest by "السلطات")."""
    if not (h.i + 1 < len(doc.norms) and doc.norms[h.i + 1] in STATE_HEADS):
        return None
    told = next((s for s, t in reversed(acts_on_persons(doc.events, persons)) if t == person[2]), None)
    dateline = doc.dateline_end or 0
    return told or sentence_country(max(st.start, dateline), st.end, doc.entities, h.start, dateline)


def _drop(st, events: list, told: int, kept: list) -> None:
    """Keep only ``kept`` of the trigger's events (those from ``told`` on), and forget the
    pairs of the others: a pair the sentence has told makes the role model stricter on its
    later triggers ("... التهم لرجل، كما اعتقلت X دبلوماسيا من Y" keeps the arrest)."""
    for e in events[told:]:
        if e not in kept:
            st.pairs.discard(tuple(e.actors) if e.directed else frozenset(e.actors))
    events[told:] = kept


def charged_events(doc, st, h, told: int) -> None:
    """The event of a charge brought against a named private person (``charged``), in place
    of the events the trigger made on other actors."""
    if h.form.type != TYPE or h.form.cameo != CAMEO or h.form.tokens[-1] not in CHARGES:
        return
    _charged_events(doc, st, h, told)


def _charged_events(doc, st, h, told: int) -> None:
    """charged_events past its gate (apart: its comprehensions' cells made only here)."""
    officials = {e.id for e in doc.entities if e.type == "PERSON" and e.actor and is_state_id(e.actor)}
    persons = [p for p in doc.named_spans()["PERSON"] if p[2] not in officials]  # a state's official is its actor
    person = charged(h, persons, doc.norms, doc.toks, doc.nt.original, doc.events)
    if person is None:
        norms = doc.norms
        pronoun = any(norms[m] in PRONOUNS for m in range(h.i + 1, h.j - 1))  # "وجهت له": a person no actor stands for
        led = {a.actor for a in st.actors if h.i < a.i < h.j - 1 and not pronoun
               and (norms[a.i - 1] == LEAD or norms[a.i].startswith("ل") or norms[a.i - 1].startswith("ل"))}
        _drop(st, doc.events, told, [e for e in doc.events[told:] if len(e.actors) > 1 and e.actors[1] in led])
        return
    verb = SimpleNamespace(i=h.i, j=h.i + 1)
    state = state_acting(verb, st.actors, doc.norms, st.ti, person[0]) or _body_state(doc, st, h, person, persons)
    if not state or state == person[2]:
        _drop(st, doc.events, told, [])  # the charge falls on the person: no pair of the sentence's other actors
        return
    when = clause_time.when(doc, st, h)
    if when[1] in UNASSERTED:
        return
    _drop(st, doc.events, told, [])
    emit(doc, st, h, [([state, person[2]], True)], *when)
