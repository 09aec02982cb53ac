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

An act whose object is a pronoun ("وحكم عليه بالسجن"، "أثار اعتقاله"، "أفرج عنها") falls
on the one private person the sentences just before name, when the article has already
told him arrested or sentenced (a speaker or a name in passing is not whom the pronoun
means); its state is the verb's subject, a state the sentence names, or the one told
acting on him before. On the 18,000 corpus articles 30 of 41 such events read right.
"""
from __future__ import annotations

import bisect
from typing import Iterable

from core.events.triggers import GAP
from core.lexicon import is_state_id
from core.model import Entity
from core.text import OBJECT_SUFFIXES, RELATIVE_PRONOUNS, SINGULAR_OBJECT_SUFFIXES, with_pronouns

# type → (CAMEO codes whose acts fall on persons, or None for all; whether the state may
# be implied by the sentence's country, or must be named; whether a verbal noun tells the act)
PERSON_TARGETS = {
    "COERCE": (("173", "175"), True, True),  # arrest, detain, charge, sentence; execute (not bans, seizures)
    # release, acquit: the state that frees a person is named ("أفرجت السلطات الإيرانية عن X"),
    # by a verb: "الإفراج عن X" is mostly what is demanded or refused ("دعت إلى الإفراج عن")
    "RETREAT": (("084",), False, False),
}  # attacks and sanctions on persons were tried by 5-fold CV: more false alarms than finds; expulsions
# (174: "ترحيل"، "أبعدت") read right on 5 of 13 corpus sentences (a head turned away, a deportation not made)
# Private persons as candidates of the role model in their annotated roles only (target of
# COERCE, ASSAULT, SANCTION, ACCUSE or SUPPORT; source of ACCUSE, REJECT; the nearest one, or
# one right after the trigger, beside the MAX_ACTORS actors) were tried by 5-fold CV
# (327/99/339): 323-327 tp, 96-104 fp, no person event made. The training candidates hold
# 5-15 right person pairs per type against 35-120 wrong ones: too few to learn from.
PERSON_TARGET_TYPES = frozenset(PERSON_TARGETS)
RELATIVE = RELATIVE_PRONOUNS | {"اللواتي", "اللاتي", "اللائي"}  # and the feminine plural: "الناشطات X وY اللواتي اعتقلن"
OBJECT_PRONOUNS = OBJECT_SUFFIXES + ("هن",)  # "اعتقاله": someone told of before
ONE_PERSON = ("ه", "ها")  # the object pronouns of one person
PERSON_REACH = 8  # words between the trigger and the person it acts on
REFERENT_REACH = 60  # words before the trigger's sentence where the person a pronoun points to is named
# pronouns on the word after a coercive act, or in its phrase, that point to its person ("حكم عليه"، "أفرج عنه")
BACK_PRONOUNS = with_pronouns(("علي", "ضد", "بحق", "عن"), SINGULAR_OBJECT_SUFFIXES)
# "X قيد الإقامة الجبرية"، "X رهن الاعتقال"، "حكم على X بالسجن": the phrase tells what befalls the person just before it
STATE_OF = frozenset({"قيد", "رهن", "بالسجن", "بالاعدام", "بالإعدام"})
SUBJECT_AFTER = 3  # words after a verb and its pronoun where its subject stands ("أفرجت عنه السلطات التشيكية")
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


def implied_target(h, persons: list[tuple[int, int, str]], ti: int, tj: int, norms: list[str],
                   told: list | None = None) -> tuple[int, int, str] | None:
    """The person a coercive trigger acts on: the nearest named after it within reach,
    else one a relative pronoun just before it points back to ("شوكان الذي اعتقلته
    السلطات"). When the trigger carries an object pronoun ("اعتقاله"), its person was told
    of before and the name after it is someone else's: the referent, if the article has
    told him arrested or sentenced (``told``: acts_on_persons)."""
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
    back = refers_back(h, norms)
    if back == "other":
        return None
    k = bisect.bisect_left(starts, h.j)
    if back != "word" and k < len(persons) and persons[k][0] - h.j <= PERSON_REACH and persons[k][0] < tj:
        return persons[k]  # "ألقي القبض عليه هو X"، "صدر الحكم عليه وعلى زميله X": the name after
    return referent(h, persons, ti, told or []) if back else None


def refers_back(h, norms: list[str]) -> str | None:
    """Whether the act falls on someone a pronoun points back to: "word" for a singular
    pronoun on the trigger word ("اعتقاله"، "دانته"); "next" for one in its phrase ("حكم
    عليه") or right after it ("أفرج عنه"، "حكم بالإعدام ضده"), which may also announce a
    name ("ألقي القبض عليه هو X"); "other" for a plural pronoun or a word that only ends
    like one ("اعتقالهم"; "قبضته على السلطة" is a grip); None for no pronoun."""
    word, first = norms[h.i], h.form.tokens[0]
    if word.endswith(OBJECT_PRONOUNS) and not first.endswith(OBJECT_PRONOUNS):
        # "قبض على" takes its object after على: "قبضته على السلطة" is a grip
        one = word.endswith(tuple(first + p for p in ONE_PERSON)) and h.form.tokens[1:2] not in (("علي",), ("عن",))
        return "word" if one else "other"
    if GAP in h.form.tokens and h.i + 1 < h.j and norms[h.i + 1] in BACK_PRONOUNS:
        return "next"  # "حكم عليه في 2015 بالسجن": the pronoun opens the phrase's room
    if set(h.form.tokens) & BACK_PRONOUNS or h.j < len(norms) and norms[h.j] in BACK_PRONOUNS:
        return "next"
    return None


def referent(h, persons: list[tuple[int, int, str]], ti: int, told: list) -> tuple[int, int, str] | None:
    """The one private person the sentences before tell of, whom a pronoun on a coercive
    act points back to ("واعتقل X ... . وحكم عليه بالسجن"): the person named last within
    REFERENT_REACH words before the trigger's sentence, when no other private person is
    named there and none in the sentence before the trigger (a speaker named there, "قال
    المحامي X إن اعتقاله", is not whom the pronoun means). Returned at the trigger's end,
    so that the source is sought around the act, not around the earlier name. Only a
    person the article has told arrested or sentenced (``told``): a name in passing, a
    lawyer or a spokesman quoted, is not whom the pronoun means."""
    starts = [p[0] for p in persons]
    near = persons[bisect.bisect_left(starts, ti - REFERENT_REACH):bisect.bisect_left(starts, h.i)]
    if not near or len({p[2] for p in near}) > 1 or near[-1][1] > ti:
        return None
    if not any(t == near[-1][2] for _, t in told):
        return None
    return (h.j, h.j, near[-1][2])


def acts_on_persons(events: list, persons: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """(source, person) of the article's events so far that arrest or sentence a private
    person: whom the article tells of acting on persons (a release told before is mostly
    one demanded, "أطلقوا سراح X", by another state)."""
    ids = {p[2] for p in persons}
    return [(e.actors[0], e.actors[1]) for e in events
            if e.directed and e.type == "COERCE" and len(e.actors) == 2 and e.actors[1] in ids]


def implied_source(h, person: tuple[int, int, str], s_actors: list, sentence_country: str | None,
                   norms: list[str], told: list | None = None) -> str | None:
    """The state that acts on a person a pronoun points back to (an empty span, referent):
    the verb's subject right after it ("أفرجت عنه السلطات التشيكية"), else the state named
    nearest, else the one the article has told acting on him before, else on another
    person (``told``: acts_on_persons; one case is told with two spellings of a name, "علي
    سلمان"، "سلمان"). For a named person: one an agent phrase names ("من قبل السلطات الإيرانية"), else
    the nearest state actor before the trigger or between it and the person ("ألقت
    إيطاليا القبض على") that does not describe the person (a nationality adjective
    beside the name: "القس الأمريكي أندرو برونسون"), else the sentence's country (for a
    referent, only when a body of a state, "الشرطة"، "النيابة"، "محكمة", is named near the act)."""
    best = None
    stated = person[1] <= h.i and norms[h.i] in STATE_OF  # "X قيد الإقامة الجبرية في البحرين": an agent after is another act's
    for a in s_actors:
        if not a.kind.split(":")[0] in STATE_KINDS:
            continue
        if stated and 0 <= a.i - h.j <= 1 and norms[a.i - 1] == "في":
            return a.actor  # "قيد الإقامة الجبرية في البحرين": where it is held, the state holding
        if (a.kind == "ADJ" and (person[0] - 3 <= a.i <= person[1] or person[0] == person[1])
                and not (a.i > 0 and norms[a.i - 1] in STATE_HEADS)):
            continue  # "القس الأمريكي أندرو برونسون", "مواطن تركي"، "القس الأميركي، الذي أثار اعتقاله": his own country
        if person[0] == person[1] and h.verbal and 0 <= a.i - h.j <= SUBJECT_AFTER:
            return a.actor  # "أفرجت عنه السلطات التشيكية": the verb's subject after it and its pronoun
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
    if person[0] == person[1] and told:
        return next((s for s, t in reversed(told) if t == person[2]), told[-1][0])
    if person[0] == person[1] and not any(norms[m].lstrip("و") in STATE_HEADS
                                          for m in range(max(h.i - AGENT_REACH, 0), min(h.j + AGENT_REACH, len(norms)))):
        return None  # "أثناء احتجازه في الأسر": no body of a state at hand, the sentence's country is a guess
    return sentence_country if PERSON_TARGETS[h.form.type][1] else None


def country_named(e: Entity) -> str | None:
    """The country a mention of entity ``e`` names as where something is: a country
    itself, a place its country; no other entity names one."""
    return e.id if e.type == "COUNTRY" else e.country if e.type == "PLACE" else None


def sentence_country(start: int, end: int, entities: list[Entity], before: int, dateline: int = 0) -> str | None:
    """The country a sentence is set in: the first country it names before ``before``
    (the trigger) or place of a country it names anywhere (where the act took place:
    "في مدينة الموصل"); else the country the article names most, not counting its
    dateline (before ``dateline``: "دبي، الإمارات (CNN)--" is where the report was filed)."""
    first: tuple[int, str] | None = None
    for e in entities:
        iso = country_named(e)
        if not iso:
            continue
        for m in e.mentions:
            if e.type == "COUNTRY" and m.start >= before:
                continue
            if start <= m.start < end and (first is None or m.start < first[0]):
                first = (m.start, iso)
    if first:
        return first[1]
    counts = {e.id: sum(m.start >= dateline for m in e.mentions) for e in entities if e.type == "COUNTRY"}
    counts = {c: n for c, n in counts.items() if n}
    return max(sorted(counts), key=lambda c: counts[c]) if counts else None


def actor_country(actor: str | None, entities: list[Entity], acting: bool = False) -> str | None:
    """The country a side belongs to: a state is its own; any other side's is that of the
    article's entity that is that side (a group's, a place's), else None (and None for no
    side). With ``acting`` also that of the first entity that acts for the side: a victim
    named through its official or its forces. An attacker's country is never its members':
    an alliance chaired by a Chadian does not strike in Chad."""
    if is_state_id(actor) or not actor:
        return actor or None
    if acting:
        return next((e.country for e in entities if e.country and (e.actor or e.id) == actor), None)
    return next((e.country for e in entities if e.country and e.id == actor), None)
