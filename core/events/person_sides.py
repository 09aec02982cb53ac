"""A state acting on a private person named as its verb's object.

"اتهمت السلطات الإيرانية الناشط X بالتجسس"، "قتلت القوات Y الشاب X": the annotation
conventions (SCHEMA.md) keep a private person acted on (a victim, an accused, one
threatened or asked) a PERSON target. Persons who hold no office are no actors of the
role model (too few of its training pairs are theirs to learn from: core.events.implied),
so a trigger whose object is such a person made no event. This reads one construction,
for a verbal trigger that made no event: the state that acts as its subject, named just
before the verb or right after it (the verb-subject-object order), by its name or a body
of it, and the person right after, after at most the words that describe him (a noun of
a private person, topic_cues.tsv kind private: "الناشط"، "المعارض"; a courtesy title; his
nationality). A person who holds an office is his state's actor already, and a state
named only by a nationality adjective before the name is the person's own ("اعتذر الفنان
المصري X") or a private accuser's ("اتهمت امرأة سويسرية X"): no side. On corpus articles
0-11,999 the rule told 13 events, 12 of them right; a non-state subject (a party, a
group, the crowd) told 5 more, 1 of them right, and stays out.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from core.events.filters import topic_cues
from core.events.implied import STATE_HEADS
from core.events.private import PAUSES, _courtesy_titles
from core.lexicon import is_state_id
from core.text import mark_before, without_conjunction

TYPES = frozenset({"ACCUSE", "ASSAULT", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})
# words that may stand between a subject named before the verb and the verb ("إيران تتهم"، "إسرائيل قد اتهمت")
VERB_PARTICLES = frozenset({"قد", "لم", "لن", "لا"})
DASHES = ("-", "—")  # "القاهرة، مصر -- دعا": a dateline's end
OBJECT_GAP = 3  # words between the verb (or its subject after it) and the person's name
PREPOSITIONS = ("الي", "من", "عن", "مع", "علي", "لدي", "ضد", "في")  # a name after one is no subject


def acted_on(h, actors: list, persons: list[tuple[int, int, str]], norms: list[str], toks, text: str,
             ti: int, tj: int) -> list[str] | None:
    """[state, person] of a verbal trigger whose subject is a state and whose object is a
    private person (module docstring), or None."""
    return _acted_on_person(h, actors, persons, norms, toks, text, ti, tj) if h.verbal else None


def _acted_on_person(h, actors: list, persons: list[tuple[int, int, str]], norms: list[str], toks, text: str,
                     ti: int, tj: int) -> list[str] | None:
    """acted_on of a verb (apart from its gate: the names its generators read are closure
    cells, made on each call of the function that holds them)."""
    subject = _subject(h, actors, norms, toks, text, ti, tj)
    if subject is None:
        return None
    start = subject.j if subject.i >= h.j else h.j
    starts = [p[0] for p in persons]
    k = bisect.bisect_left(starts, start)
    if k == len(persons) or persons[k][0] - start > OBJECT_GAP or persons[k][1] > tj:
        return None
    if any(mark_before(toks, text, m, PAUSES) for m in range(h.j, persons[k][0] + 1)):
        return None  # "قال: X": the name is no object of the verb
    adjectives = {a.i for a in actors if a.kind == "ADJ"}
    if not all(m in adjectives or _describes(norms[m]) for m in range(start, persons[k][0])):
        return None  # "نفى ترامب أنه نسي اسم X": the name is not what the verb acts on
    return [subject.actor, persons[k][2]]


def _subject(h, actors: list, norms: list[str], toks, text: str, ti: int, tj: int):
    """The state named as the verb's subject: right after it, else just before it (a
    particle between at most) with no pause between ("دبي، الإمارات (CNN)-- دعا X" is a
    dateline); by its name or a body of it, not by a nationality adjective, which describes
    a person ("اعتذر الفنان المصري X"، "اتهمت امرأة سويسرية X")."""
    after = subject = None  # loops, not generators: their names would be cells of every call
    for a in actors:
        if h.j <= a.i < tj and a.i - h.j <= OBJECT_GAP:
            after = a
            break
    if after is not None:
        # "اتهمت السلطات الإيرانية X": a body of a state, and its adjective the state
        body = after.kind == "ADJ" and after.i == h.j + 1 and norms[h.j] in STATE_HEADS
        subject = after if after.i == h.j or body else None
        subject = subject and replace(subject, kind="BODY") if body else subject
    else:
        for a in reversed(actors):
            if ti <= a.i and a.j <= h.i:
                subject = a
                break
        for m in range(subject.j if subject is not None else h.i + 1, h.i + 1):
            if m < h.i and norms[m] not in VERB_PARTICLES or mark_before(toks, text, m, PAUSES + DASHES):
                subject = None  # "غضب X عندما رفض Y": X is another verb's subject
                break
    if (subject is None or subject.kind == "ADJ" or not is_state_id(subject.actor)
            or subject.i > 0 and norms[subject.i - 1] in PREPOSITIONS):
        return None  # "اتهمت امرأة سويسرية X": a private woman, no state
    return subject


def _describes(norm: str) -> bool:
    """A word that describes a private person before his name: a noun of a private person
    ("الناشط"، "المعارض"، topic_cues.tsv kind private) or a courtesy title ("الشيخ")."""
    return topic_cues().get(without_conjunction(norm)) == "private" or norm in _courtesy_titles()
