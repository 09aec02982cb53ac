"""Private speakers: a named person who acts for no state or group as the source of a statement.

"وانتقد العودة النظام السعودي"، "ويتهم د. أيمن السحباني، مدير عام ...، قناصة في الجيش
الإسرائيلي"، "أشاد الدكتور محمد البرادعي، نائب الرئيس المصري السابق، بميشيل باشيليت": a
person who holds no office for a state or group speaks for himself, and the annotation
conventions make him a PERSON actor. Persons are not actors of the role model (taken as
sides everywhere they cost more false alarms than they find), so this reads one narrow
construction only, for a verbal trigger of a statement that made no event of its own:
the verb, then the person's name as its subject (after at most a title), then what he
speaks of, the first actor or private person after the name and the apposition that
describes him.
"""
from __future__ import annotations

import bisect

from core import prepared
from core.events.actors import _ActorMention
from core.lexicon import load_lexicon
from core.text import COMMAS, Token, mark_before, normalize_for_match

TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})  # statements a person makes
SUBJECT_GAP = 1  # words between the verb and the name: a courtesy title ("الدكتور"، "د."، "الشيخ")
TARGET_REACH = 6  # words between the name (or its apposition) and what the statement is about
STATE_ACTS = frozenset({"054", "057"})  # recognising, signing a treaty: a state's acts ("اعترف" of a person confesses)
PRIVATE_TITLES = frozenset({"honorific", "religious"})  # titles.tsv kinds that hold no office
APPOSITION_MAX = 25  # words of a comma-delimited description after the name
FORMER = frozenset({"السابق", "السابقه"})  # "وزير الخارجية X السابق Y": one who holds the office no more
FORMER_TITLE = 5  # words of a former office between the verb and the name ("وزير الخارجية البريطاني السابق")


# a comma or stronger: a title "د." keeps its dot inside the token or right after it
PAUSES = COMMAS + (":", "؛", ";", '"', "«", "»", "(", ")")


def _comma_before(toks: list[Token], text: str, k: int) -> bool:
    return mark_before(toks, text, k, COMMAS)


def _pause_before(toks: list[Token], text: str, k: int) -> bool:
    return mark_before(toks, text, k, PAUSES)


@prepared.table()
def _courtesy_titles() -> frozenset[str]:
    """One-word titles that hold no office (titles.tsv), normalised: a person so titled
    may still speak for himself, one titled "الرئيس" speaks for a state."""
    return frozenset(normalize_for_match(t.form) for t in load_lexicon().titles
                     if t.kind in PRIVATE_TITLES and " " not in t.form.strip())


def subject(h, persons: list[tuple[int, int, str]], toks: list[Token], text: str) -> tuple[int, int, str] | None:
    """The private person named as the subject right after a verbal trigger, if any."""
    if not h.verbal or h.form.cameo in STATE_ACTS:
        return None
    starts = [p[0] for p in persons]
    k = bisect.bisect_left(starts, h.j)
    if k == len(persons) or persons[k][0] - h.j > SUBJECT_GAP and not _former_office(h, persons[k], toks):
        return None
    for m in range(h.j, persons[k][0] + 1):  # loops, not generators: their names would be cells of every call
        if _pause_before(toks, text, m):
            return None  # "قال: ..." — the name belongs to what is said
    titles = _courtesy_titles()
    for m in range(h.j, persons[k][0]):
        if toks[m].norm not in titles:
            if not _former_office(h, persons[k], toks):
                return None  # "رحبت بتنحي زوما"، "طلب الرئيس X": not a private subject
            break
    if persons[k][1] < len(toks) and toks[persons[k][1]].norm.startswith("و") \
            and not _comma_before(toks, text, persons[k][1]):
        return None  # "طالبت X والأخوان Y": several speakers, each one side of nothing
    return persons[k]


def _former_office(h, person: tuple[int, int, str], toks: list[Token]) -> bool:
    """The words between the verb and the name are a former office ("هاجم وزير الخارجية
    البريطاني السابق X"): one who left it speaks for himself (SCHEMA.md), and his old
    state is mostly what he speaks against."""
    gap = person[0] - h.j
    return (2 <= gap <= FORMER_TITLE and toks[person[0] - 1].norm in FORMER
            and toks[h.j].norm in _office_words())  # "نفى ادعاءات الجاسوس السابق X": X is no subject


@prepared.table()
def _office_words() -> frozenset[str]:
    """The first words of the titles of an office (titles.tsv), normalised: "وزير"، "رئيس"."""
    return frozenset(normalize_for_match(t.form).split()[0] for t in load_lexicon().titles
                     if t.kind not in PRIVATE_TITLES and t.form.strip())


def _after_apposition(person: tuple[int, int, str], toks: list[Token], text: str, tj: int) -> int:
    """The token after the description set off by commas right after the name ("X، مدير
    عام ...، "), or right after the name when there is none."""
    j = person[1]
    if j >= tj or not _comma_before(toks, text, j):
        return j
    for m in range(j + 1, min(tj, j + APPOSITION_MAX)):
        if _comma_before(toks, text, m):
            return m
    return j


def target(person: tuple[int, int, str], actors: list[_ActorMention], persons: list[tuple[int, int, str]],
           toks: list[Token], text: str, tj: int) -> str | None:
    """What the person's statement is about: the first actor or other private person named
    within reach after the name and its apposition, in the same sentence and before a
    comma."""
    start = _after_apposition(person, toks, text, tj)
    stop = next((m for m in range(start + 1, min(tj, start + TARGET_REACH + 1)) if _comma_before(toks, text, m)), tj)
    tj = min(tj, stop)  # "طالب X، مدرب النادي، يوم الأحد، بدعمه قبل مواجهة ...": a pause ends what he speaks of
    adjectives = {a.i for a in actors if a.kind == "ADJ"}
    # "بالحكومة التونسية": the body is the adjective's state, not the one named before
    cands = [(a.i, a.actor) for a in actors if start <= a.i < tj and a.i - start <= TARGET_REACH
             and not (a.kind == "BODY" and a.i + 1 in adjectives)]
    cands += [(i, pid) for i, _, pid in persons if start <= i < tj and i - start <= TARGET_REACH and pid != person[2]]
    cands = [c for c in cands if c[1] != person[2]]
    return min(cands)[1] if cands else None
