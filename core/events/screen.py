"""The screen every trigger passes before its actors are read: triggers that tell of no act
(a body's name, a treaty named by a place, a described place, a natural disaster, a
field of work) make no event; content of another act, a word of the previous trigger's
phrase and a verbal noun with no actor at hand are marked for the role model to weigh.
Kept apart from the stage (core.events) so that each rule reads as one line with its
example."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.events import filters, requested, violence
from core.events.modality import _names_a_field
from core.events.roles import (adverbial_participle, combats, demanded_act, endangers, owes_allegiance,
                               passive_participle)
from core.events.triggers import _Hit, word_keys
from core.text import normalize_for_match

if TYPE_CHECKING:
    from core.events import _Article, _Sentence

# Events whose ب/ل complement is an alleged, demanded, refused or accompanying act, not
# an event of its own: "اتهمت لندن روسيا بعرقلة وصول البعثة" reports an accusation, not an
# obstruction. Welcoming or praising (SUPPORT) takes a real event: "رحب باعتراف السويد".
CONTENT_TYPES = {"AGREE", "CONSULT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                 "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# A meeting named as the content of another act ("دعوة ترامب للتفاوض"، "رفضه تلبية دعوة
# للقاء") is a call or a refusal, and the meeting at most a possible one: never an event
# of its own, whatever the role model reads of its actors.
NESTED_ONLY = {"CONSULT", "SANCTION"}
FAMILIAR = {"مطلع", "مطلعه", "مطلعون", "مطلعين", "مطلعان", "مطلعين"}  # normalised: ة → ه
CLOSE_TO = {"مقرب", "مقربه", "مقربون", "مقربين", "قريب", "قريبه", "قريبون", "قريبين"}
GENERIC_FIELD = {"الدولي", "الدوليه", "الاقليمي", "الاقليميه"}  # normalised
DESCRIBED_TYPES = frozenset({"ASSAULT", "COERCE"})  # their participles describe places ("القطاع المحاصر")
WAR_WORDS = frozenset({"حرب", "حربا"})  # a war named by a place ("حرب غزة") is a name
VENUE_NOUNS = frozenset(normalize_for_match(w) for w in ("قمة", "اجتماع", "مؤتمر"))  # a country after them hosts them
NOUN_REACH = 6  # a verbal noun's actors follow it within this many tokens
BETWEEN_REACH = 8  # ... or follow the "بين" within this many tokens after it


def _treaty_places(norms: list[str], actors: list, place_ends: dict) -> set[int]:
    """First tokens of the places that name a treaty or a meeting after its noun ("الانسحاب من
    اتفاقية باريس"، "قمة هلسنكي"، "محادثات أستانة انسحاب روسيا"; not two coordinated sides,
    "اتفاق الرباط وتل أبيب"، nor a side with its partner after مع, "اتفاقية الرباط مع تل أبيب")."""
    starts = {a.i for a in actors}
    return {i for i, end in place_ends.items() if i > 0 and end not in starts and (end + 1 not in starts or norms[end] != "مع")
            and (not filters.named_by_place().isdisjoint(word_keys(norms[i - 1], False))  # "قمة هلسنكي بين X وY"
                 or _signed_at(norms, i))}


SIGNED = frozenset({"الموقع", "الموقعه", "المبرم", "المبرمه", "الموقعين"})  # "الاتفاق الموقع في فيينا"


def _signed_at(norms: list[str], i: int) -> bool:
    """The place at word i is where a treaty was signed: "الاتفاق النووي الموقع بفيينا"،
    "اتفاقية السلام المبرمة في الدوحة" name a treaty by its city, no side of it."""
    return norms[i - 1] in SIGNED or i > 1 and norms[i - 1] == "في" and norms[i - 2] in SIGNED


def venue_countries(norms: list[str], actors: list, spans: list) -> set[int]:
    """First tokens of the countries that name a meeting after its noun ("قمة سنغافورة"،
    "اجتماع لوكسمبورغ"): where it is held, no side of it, as the places of _treaty_places
    are; a country naming an agreement ("اتفاق إيران") is a side of it, so only meeting
    nouns count (on 5,500 corpus articles 18 of 19 such countries were venues, one a host
    that took part)."""
    found = [(i, j) for e, _, i, j in spans
             if e.type == "COUNTRY" and i > 0 and not VENUE_NOUNS.isdisjoint(word_keys(norms[i - 1], False))]
    hosts = _hosts(norms, actors, spans)
    if not found:
        return hosts
    starts = {a.i for a in actors}
    return hosts | {i for i, end in found if end not in starts and (end + 1 not in starts or norms[end] in ("بين", "مع"))}


# "شهدتها"، "استضافت"، "تحتضن": a verb whose subject is where something takes place
HOSTING_VERB = re.compile(r"^[وف]?(?:(?:شهد|استضاف|احتضن)(?:ت|تها|ته)?|[تي](?:شهد|ستضيف|حتضن)(?:ها|ه)?)$")
HOST_REACH = 4  # words from the host's name to the "بين" that names the sides ("سنغافورة الشهر الماضي بين")
# "عقدت في"، "جرت في"، "المنعقدة في": a verb of holding, whose "في" names where
HELD_VERB = re.compile(r"^[وف]?(?:(?:ان)?عقد(?:ت)?|[تي]عقد|ست?[تي]?عقد|جر(?:ت|ي)|[تي]جري|(?:ال)?منعقد(?:ه)?)$")


def _hosts(norms: list[str], actors: list, spans: list) -> set[int]:
    """First tokens of the countries named right after a hosting verb, or after "في" of a
    verb of holding, whose event's sides a "بين" names after them ("القمة التي شهدتها
    فيتنام بين X وY"، "محادثات عقدت في فنلندا بين X وY"): where it took place, no side."""
    out = set()
    for e, _, i, j in spans:
        if e.type == "COUNTRY" and hosts_at(norms, i):
            k = sides_between(norms, j)
            if k is not None and any(k < a.i <= k + 4 for a in actors):
                out.add(i)
    return out


def hosts_at(norms: list[str], i: int) -> bool:
    """Word i follows a hosting verb ("شهدتها فيتنام") or "في" after a verb of holding
    ("محادثات عقدت في فنلندا")."""
    return i >= 1 and bool(HOSTING_VERB.match(norms[i - 1])) or (
        i >= 2 and norms[i - 1] == "في" and bool(HELD_VERB.match(norms[i - 2])))


def sides_between(norms: list[str], j: int) -> int | None:
    """The "بين" within HOST_REACH words from word j, which names the sides after it."""
    return next((k for k in range(j, min(j + HOST_REACH, len(norms))) if norms[k] == "بين"), None)


def _screen(doc: _Article, st: _Sentence, h: _Hit, frame: tuple[int, int | None] | None) -> str | None:
    """None when the trigger makes no event at all; else why the rules give it no actors
    ("content", "nested", "adjacent", "noactor"), or "" when they may. Records the
    trigger as the sentence's last."""
    if h.i in doc.in_entity or h.i in doc.place_ends and h.i > st.ti and h.i not in {a.j for a in st.actors}:
        # "منظمة حظر الأسلحة الكيميائية" names a body, it reports no ban; "قرب تدمر" is Palmyra
        # ("المضادات الأرضية السورية تدمر ثلاث طائرات": after its subject the word is the verb)
        return None
    if endangers(h, doc.toks, doc.trig) or owes_allegiance(h, doc.toks) or combats(h, doc.toks, doc.trig):
        return None  # "يهدد أمن المنطقة": endangers, threatens no one; "يدين بالولاء": loyal
    if passive_participle(h, doc.toks, doc.nt, st.actors):
        return None  # "رجلا متهما بالتجسس": accused, by no one the sentence names
    if h.form.speech and frame is None:
        return None  # "استفزازية" outside a speech frame evaluates no one
    reason = ""
    if st.content_from is not None and h.i >= st.content_from:
        reason = "content"  # the content of a demand ("أن تتعاونا"), not an event of its own
    backing = h.form.inverse and h.form.type == "AID"  # "بدعم من X": X backs the act's subject, is no content of it
    backing = backing or requested.asked_by(h, doc.toks, doc.nt)  # "اجتماعا بطلب من X": X asks for it
    nested = (not h.verbal and not backing and doc.toks[h.i].norm[:1] in "بل" and h.i - st.last_hit_tok <= 6
              and st.last_hit_type in CONTENT_TYPES) or demanded_act(h, doc.toks, st.last_hit_tok, st.last_hit_type)
    # "اتفاقية تعاون": a word of the previous trigger's phrase ("غارة، متهمة": a new clause)
    adjacent = h.i == st.last_hit_tok and not adverbial_participle(h, doc.toks, doc.nt)
    st.last_hit_tok, st.last_hit_type = h.j, h.form.type
    if not h.verbal and h.form.type == "AGREE" and _names_a_treaty(doc, st, h):
        return None  # "اتفاقية دبلن"، "اتفاق باريس": a treaty named by a place, not an agreement made here
    if (h.form.type in DESCRIBED_TYPES and not h.verbal and doc.norms[h.i].startswith("ال")
            and h.i in doc.place_ends.values()):
        return None  # "الغوطة الشرقية المحاصرة": a participle describing the place before it
    if h.form.type in DESCRIBED_TYPES and not h.verbal and filters.prospective(doc.norms, h, st.tj):
        return None  # "ضربة محتملة"، "هجوم وشيك": an attack that may come, none that took place
    if doc.collect is None and h.form.type == "ASSAULT" and violence.fights_alongside(h, doc.norms, st.tj):
        return None  # "القتال إلى جانب X"، "للقتال مع X": on X's side, no attack on X
    if h.form.type == "ASSAULT" and _natural_force(doc.norms, max(h.i - 3, st.ti), min(h.j + 3, st.tj)):
        return None  # "اجتاحت الفيضانات مناطق واسعة"، "ضربت العاصفة": a disaster, no attack
    if not h.verbal and h.form.tokens[0] in WAR_WORDS and _names_a_treaty(doc, st, h):
        return None  # "حرب غزة عام 2014": a war named by its place, not an attack told here
    if not h.verbal and _names_a_field(h, doc.toks, doc.nt, doc.trig, st.ti):
        return None  # "ليشمل الاستعلام والدفاع الجوي والحرب الإلكترونية": a field, not an attack
    if not reason and (nested or adjacent):
        if not doc.learning or (nested and h.form.type in NESTED_ONLY):
            return None  # "اتهمت لندن روسيا بعرقلة ...": another event's content; "اتفاقية تعاون": one phrase
        reason = "nested" if nested else "adjacent"  # the model weighs it
    if not reason and not h.verbal and not _actor_at_hand(st, h) and not _sides_follow(doc, st, h):
        reason = "noactor"  # a verbal noun with no actor at hand ("كل العقوبات ستدخل التنفيذ")
    return reason


def _actor_at_hand(st: _Sentence, h: _Hit) -> bool:
    """An actor on the noun or within NOUN_REACH words after it, or just before it (a loop of
    its own: a generator in _screen made h a closure cell on each of its calls)."""
    for a in st.actors:
        if h.i <= a.i <= h.j + NOUN_REACH or 0 <= h.i - a.j <= 1:
            return True
    return False


def _sides_follow(doc: _Article, st: _Sentence, h: _Hit) -> bool:
    """A verbal noun whose "بين" names its sides further on ("اشتباكات لليوم الثاني على
    التوالي بين عناصر من X وعناصر من Y"): the actors after "بين" are at hand."""
    for k in range(h.j, min(h.j + BETWEEN_REACH, st.tj)):
        if doc.norms[k] == "بين":
            return any(k < a.i <= k + 4 for a in st.actors)  # "بين عناصر من حركة X"
    return False


def _generic_field(norms: list[str], h: _Hit) -> bool:
    """A cooperation noun qualified as international or regional, its sides not named
    after it: a field ("وزير الخارجية والتعاون الدولي") rather than two sides working together."""
    j = h.j
    return (not h.verbal and j < len(norms) and norms[j] in GENERIC_FIELD
            and not (j + 1 < len(norms) and norms[j + 1] in ("بين", "مع")))


def _known_of(norms: list[str], i: int, first: int) -> bool:
    """Whether word i is what a source is familiar with or close to, its sides unnamed:
    "مصدر مطلع على المحادثات"، "على دراية بالمحادثات"، "مقرب من المفاوضات" (not "مطلع
    على المحادثات بين روسيا وتركيا", which tells the talks)."""
    if i - 2 < first or (i + 1 < len(norms) and norms[i + 1] in ("بين", "مع")):
        return False
    prev = norms[i - 1]
    if prev == "علي":
        return norms[i - 2] in FAMILIAR
    if prev == "من":
        return norms[i - 2] in CLOSE_TO
    return norms[i].startswith("ب") and norms[i - 1] == "درايه"


# floods, storms, fires, quakes: what "اجتاح" or "ضرب" tell of when they are no attack
NATURAL_FORCES = frozenset({"فيضانات", "فيضان", "سيول", "عاصفه", "عواصف", "اعصار", "حرائق", "امطار", "زلزال",
                            "هزه", "ثلوج", "جراد"})  # not موجة: "موجة هجمات" is attacks


_FORCE_IN = re.compile("|".join(sorted(NATURAL_FORCES)))  # a force word anywhere in a word (one search in C)


def _natural_force(norms: list[str], a: int, b: int) -> bool:
    """A natural force is named in words a..b-1 (through و/ف and the article)."""
    window = norms[a:b]
    if _FORCE_IN.search(" ".join(window)) is None:
        return False  # no force word inside any of the words: none read through its proclitics
    for w in window:
        w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
        if (w[2:] if w.startswith("ال") else w) in NATURAL_FORCES:
            return True
    return False


def _names_a_treaty(doc: _Article, st: _Sentence, h: _Hit) -> bool:
    """An agreement noun followed by one place, not by two coordinated sides ("اتفاق
    الرباط وتل أبيب" is an agreement between them)."""
    end = doc.place_ends.get(h.j)
    return end is not None and not any(end <= a.i <= end + 1 for a in st.actors)
