"""Implied sides: the state behind the arrest, detention, sentencing or release of a named person.

A report of an arrest names the person and seldom the state as such: "واعتقل سائق
السيارة في عين المكان"، "احتجاز القس أندرو برونسون من قبل السلطات"، "قضت محكمة ...
بسجن ...". Persons are not actors of the role model (taken as sides everywhere, they
cost more false alarms than they find), but the target of a coercive act is mostly one,
and the state that acts is the one whose authorities the sentence names, else the
country the sentence is set in, else the one the article names most.

So, for a trigger of a type listed in PERSON_TARGET_TYPES that made no event of its
own: the named person nearest after it (or just before, "الذي اعتقلته") within
PERSON_REACH words is the target; the source is a state actor within reach that is
not the person's own description ("القس الأمريكي" says where the person is from, not
who arrested him), else the sentence's country.
"""
from __future__ import annotations

import bisect
from typing import Iterable

from core.events.triggers import GAP
from core.model import Entity

# type → (CAMEO codes whose acts fall on persons, or None for all; whether the state may
# be implied by the sentence's country, or must be named; whether a verbal noun tells the act)
PERSON_TARGETS = {
    "COERCE": (("173", "175"), True, True),  # arrest, detain, charge, sentence; execute (not bans, seizures)
    # release, acquit: the state that frees a person is named ("أفرجت السلطات الإيرانية عن X"),
    # by a verb: "الإفراج عن X" is mostly what is demanded or refused ("دعت إلى الإفراج عن")
    "RETREAT": (("084",), False, False),
}  # attacks and sanctions on persons were tried by 5-fold CV: more false alarms than finds
PERSON_TARGET_TYPES = frozenset(PERSON_TARGETS)
RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")  # "اعتقاله": someone told of before
PERSON_REACH = 8  # words between the trigger and the person it acts on
# "X قيد الإقامة الجبرية"، "X رهن الاعتقال"، "حكم على X بالسجن": the phrase tells what befalls the person just before it
STATE_OF = frozenset({"قيد", "رهن", "بالسجن", "بالاعدام", "بالإعدام"})
AGENT_REACH = 14  # words around the trigger where the acting state may be named
STATE_KINDS = ("COUNTRY", "STATE>", "ADJ")  # actor mentions that name a state
# nouns whose nationality adjective is the state acting, even beside the person acted on
# ("أفرجت السلطات الإيرانية عن الصحفي X"، "برأت محكمة بحرينية المعارض X"); normalised
STATE_HEADS = frozenset({"السلطات", "سلطات", "محكمه", "المحكمه", "الشرطه", "شرطه", "القوات", "قوات", "الحكومه",
                         "حكومه", "النيابه", "نيابه", "القضاء", "الجيش", "جيش"})


def person_mentions(spans: Iterable[tuple]) -> list[tuple[int, int, str]]:
    """(first token, token after, entity id) of every mention of a person who does not
    stand for a state (an official acting for his state is an actor already)."""
    return sorted((i, j, e.id) for e, _, i, j in spans if e.type == "PERSON" and not e.actor)


def implied_target(h, persons: list[tuple[int, int, str]], ti: int, tj: int, norms: list[str]) -> tuple[int, int, str] | None:
    """The person a coercive trigger acts on: the nearest named after it within reach,
    else one a relative pronoun just before it points back to ("شوكان الذي اعتقلته
    السلطات"). None when the trigger carries an object pronoun ("اعتقاله"): its person
    was told of before, and the name after it is someone else's."""
    codes, _, nouns = PERSON_TARGETS[h.form.type]
    if codes is not None and h.form.cameo[:3] not in codes or not (nouns or h.verbal or GAP in h.form.tokens):
        return None  # a verbal noun where only verbs tell the act (a phrase with room for a subject is a verb's)
    starts = [p[0] for p in persons]
    k = bisect.bisect_left(starts, h.i) - 1
    if (k >= 0 and persons[k][1] <= h.i and h.i - persons[k][1] <= 3 and persons[k][0] >= ti
            and any(norms[m] in RELATIVE for m in range(persons[k][1], h.i))):
        return persons[k]
    if k >= 0 and norms[h.i] in STATE_OF and persons[k][1] <= h.i and h.i - persons[k][1] <= 2 and persons[k][0] >= ti:
        return persons[k]  # "وضع رجل الدين X قيد الإقامة الجبرية"
    if GAP in h.form.tokens:  # "حكم على المعارض X بالسجن": the person in the phrase's room
        inside = next((p for p in persons if h.i < p[0] and p[1] <= h.j - 1), None)
        if inside is not None:
            return inside
    word = norms[h.i]
    if word.endswith(OBJECT_PRONOUNS) and not h.form.tokens[0].endswith(OBJECT_PRONOUNS):
        return None
    k = bisect.bisect_left(starts, h.j)
    if k < len(persons) and persons[k][0] - h.j <= PERSON_REACH and persons[k][0] < tj:
        return persons[k]
    return None


def implied_source(h, person: tuple[int, int, str], s_actors: list, sentence_country: str | None,
                   norms: list[str]) -> str | None:
    """The state that acts: one an agent phrase names ("من قبل السلطات الإيرانية"), else
    the nearest state actor before the trigger or between it and the person ("ألقت
    إيطاليا القبض على") that does not describe the person (a nationality adjective
    beside the name: "القس الأمريكي أندرو برونسون"), else the sentence's country."""
    best = None
    stated = person[1] <= h.i and norms[h.i] in STATE_OF  # "X قيد الإقامة الجبرية في البحرين": an agent after is another act's
    for a in s_actors:
        if not a.kind.split(":")[0] in STATE_KINDS:
            continue
        if stated and 0 <= a.i - h.j <= 1 and norms[a.i - 1] == "في":
            return a.actor  # "قيد الإقامة الجبرية في البحرين": where it is held, the state holding
        if a.kind == "ADJ" and person[0] - 3 <= a.i <= person[1] and not (a.i > 0 and norms[a.i - 1] in STATE_HEADS):
            continue  # "القس الأمريكي أندرو برونسون", "مواطن تركي": the person's own country
        if a.i >= person[1]:
            if not stated and any(norms[m] in ("قبل", "يد") and norms[m - 1] in ("من", "علي")
                                  for m in range(max(a.i - 2, 1), a.i)):
                return a.actor  # "من قبل السلطات التركية"، "على يد الشرطة"
            continue  # named after the person: mostly part of what follows
        d = h.i - a.j if a.j <= h.i else a.i - h.j if a.i >= h.j else 0
        if d <= AGENT_REACH and (best is None or d < best[0]):
            best = (d, a.actor)
    if best:
        return best[1]
    return sentence_country if PERSON_TARGETS[h.form.type][1] else None


def sentence_country(start: int, end: int, entities: list[Entity], before: int) -> str | None:
    """The country a sentence is set in: the first country it names before ``before``
    (the trigger) or place of a country it names anywhere (where the act took place:
    "في مدينة الموصل"); else the country the article names most."""
    first: tuple[int, str] | None = None
    for e in entities:
        iso = e.id if e.type == "COUNTRY" else e.country if e.type == "PLACE" else None
        if not iso:
            continue
        for m in e.mentions:
            if e.type == "COUNTRY" and m.start >= before:
                continue
            if start <= m.start < end and (first is None or m.start < first[0]):
                first = (m.start, iso)
    if first:
        return first[1]
    counts = {e.id: len(e.mentions) for e in entities if e.type == "COUNTRY"}
    return max(sorted(counts), key=lambda c: counts[c]) if counts else None
