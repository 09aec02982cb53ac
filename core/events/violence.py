"""Violent acts told by who did them and whom they hit, when the role model made no event.

Reports of attacks name their sides in a few fixed ways that word order alone does not
show, and often with a side the role model does not weigh (a named person, a people, a
place). The one who acts:

- after the act, by an agent phrase: "قتل شاب برصاص الجيش X"، "من قبل الشرطة"، "على يد
  مسلحين"، "بأيدي الشرطة"، "هجوم شنه X" (with the actors coordinated with it: "الضربات
  التي شنتها X وY وZ" are three attackers);
- claiming or held responsible: "أعلنت الجماعة مسؤوليتها عن الهجوم"، "X هي المسؤولة عن
  اغتيال ..." (not "تحديد المسؤول عن", who is unknown);
- as the attack noun's nationality adjective: "قصف إسرائيلي"، "الغارات الروسية" (not after
  killing or kidnapping nouns, whose adjective is the victim: "مقتل أمريكي");
- announcing it: "أعلن الجيش X قصف مواقع ...".

The one hit, in this order: an actor after "على" / "ضد" / "استهدف"; a named person beside
the act (before it only when a word says he was hit: "قُتل"، "أصيب"، "تعرض"); the actor an
object belongs to ("قصف مواقع لحركة X"); a people counted or in the plural ("مقتل
الفلسطينيين"); a place after "على"; the country a state's attack took place in; a place
right after the attacker ("المجزرة الإسرائيلية بغزة"). A killed or wounded individual
stays a PERSON side, and a place is the target when no group or state is (SCHEMA.md).

Both sides must be said: an attack with a source and no target (or a victim with no one
named as doing it) stays without an event, since guessing the other side from the
sentence's country costs more false alarms than it finds (core.events.implied). The
words are data (data/lexicons/violence_cues.tsv). Sides told further along the phrase
(the object's nationality or place after its own words, a subject before the verb, a noun
of doing with its agent and its "لـ" object, a person killed in an attack told after him)
are read by core.events.attack_sides, which violent_pairs calls. Two checks also apply to
the role model's own pairs: the actor of an agent phrase is not the one acted on
(agent_not_target), and an actor named only as the news source ("وفق المرصد") is no side
of an attack (only_attributed).
"""
from __future__ import annotations

import bisect

from core import prepared
from core.events import armed, attack_cues, attack_sides, relatives
from core.events.actor_spans import ATTRIBUTION, _actor_at, last_subject_before, security_at, unnamed_in
from core.events.announced import named_before
from core.events.actors import _group_backward, _group_forward, _uniq, accusative_adjective
from core.events.triggers import GAP, load_triggers
from core.lexicon import is_state_id, load_lexicon, read_table
from core.text import RELATIVE_PRONOUNS, without_conjunction, without_lam

TYPES = frozenset({"ASSAULT"})
AGENT_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts whose agent phrase ("من قبل X") rules X out as target
AGENT_REACH = 8  # words after the act where "برصاص X"، "من قبل X" may stand
CLAIM_REACH = 4  # words between a claim ("مسؤوليته عن") and the act it claims
SUBJECT_REACH = 8  # words between the claimant and its claim
TARGET_REACH = 8  # words after the act where the one hit is named
PERSON_AFTER = 4  # words between the act and the person it names after it ("اغتيال رئيس الوزراء X")
PERSON_BEFORE = 3  # words between a person named before the act and the act ("قُتل الشاب X برصاص")
AGAINST_GAP = 3  # words between "على"/"ضد" and the actor it introduces ("على مقر للحزب")
SECURITY_REACH = 6  # words either side of the act where the security forces and the unnamed side they meet are named
PLURAL_PEOPLE = ("يين", "يون")  # "الفلسطينيين"، "الأفغانيون": a people, not its state's acts


@prepared.table()
def load_cues() -> dict[str, str]:
    """Normalised word → kind (agent, agent_after_من, agent_after_علي, claim, held, against,
    announce, begin, perform, victim, victim_noun, security, no_adjective, averted, armed_body, arm ...)."""
    return {r["cue"]: r["kind"] for _, r in read_table("violence_cues.tsv")}


_bare = without_conjunction  # "وبرصاص" → "برصاص"


def cue_kind(w: str) -> str | None:
    """The violence_cues.tsv kind of a normalised word, without its conjunction and article
    ("بقيادة"، "والحملة")."""
    cues, w = load_cues(), _bare(w)
    return cues.get(w) or (cues.get(w[2:]) if w.startswith("ال") else None)


REPORTERS = (":ngo", ":media")  # entity kinds whose mention right after a verb of saying tells of the attack
SAYING = frozenset({"speech", "reported"})  # cue kinds of verbs of saying and reporting ("قال"، "أفاد")


def only_attributed(actors: list, norms: list[str]) -> set[str]:
    """The actors a sentence names only as the source of the news ("وفق المرصد"، "بحسب
    الوكالة"): no side of an attack it tells (an actor carried from the sentence before is
    not among them)."""
    told, other = set(), set()
    trig = load_triggers()
    for a in actors:
        cited = a.i > 0 and (_bare(norms[a.i - 1]) in ATTRIBUTION
                             or a.kind.endswith(REPORTERS) and not SAYING.isdisjoint(trig.cue_kinds(norms[a.i - 1])))
        (told if cited else other).add(a.actor)  # "أفاد المرصد ... أن": a monitor or outlet that tells
    return told - other


def agent_after(h, norms: list[str], actors: list, tj: int):
    """The actor an agent phrase after the act names: "برصاص الجيش"، "من قبل الشرطة"،
    "على يد مسلحين" (the act's own word when it is such a phrase: "برصاص" as a trigger)."""
    kinds = attack_cues.cue_kinds(norms)  # each word's cue kind, once per article
    for k in range(h.i, min(h.j + AGENT_REACH, tj)):
        kind = kinds[k]
        if kind == "agent" or (kind is not None and kind.startswith("agent_after_") and k > 0
                               and _bare(norms[k - 1]) == kind[len("agent_after_"):]):
            a = _actor_at(actors, k + 1, min(k + 3 + attack_cues.agent_lead(norms, kinds, k, tj), tj))
            if a is not None and a.kind == "BODY":  # "السلطات التركية": the adjective says whose
                for b in actors:  # a loop: a generator's names would be cells of every call
                    if b.i == a.j and b.kind == "ADJ":
                        return b
            return a
    return None


# words between an actor and the predicate said of it: "X هي المسؤولة عن"، "X، التي كانت مسؤولة عن"
HELD_LINKS = frozenset({"هو", "هي", "هم", "هما", "انه", "انها", "انهم", "التي", "الذي", "الذين", "كانت", "كان",
                        "كانوا", "تعد", "يعد", "تعتبر", "يعتبر"})


def fights_alongside(h, norms: list[str], tj: int) -> bool:
    """Whether a word of fighting tells whose side one fights on, not whom one fights:
    "القتال إلى جانب X"، "يقاتلون في صفوف X"، "سافر للقتال مع X" (with a definite noun or a
    verb; "اندلع قتال مع X", indefinite, is a clash)."""
    cues = load_cues()
    if len(h.form.tokens) != 1 or cues.get(h.form.tokens[0]) != "fight" or h.j >= tj:
        return False
    kind = cues.get(" ".join(norms[h.j:h.j + 2])) if h.j + 1 < tj else None
    if kind == "alongside":
        return True
    word = norms[h.i].lstrip("وف")
    definite = h.verbal or word.startswith(("ال", "لل", "بال"))  # "للقتال": ل + القتال
    return cues.get(norms[h.j]) == "alongside_definite" and definite


def agent_not_target(h, norms: list[str], actors: list, tj: int, pairs: list) -> list:
    """The role model's pairs less those that make the actor of an agent phrase the one
    acted on: in "احتجاز القس الأمريكي X من قبل السلطات التركية" Turkey detains (the
    arrest of a named person then goes to core.events.implied)."""
    agent = agent_after(h, norms, actors, tj)
    if agent is None:
        return pairs
    return [(p, d) for p, d in pairs if not (d and p[-1] == agent.actor)]


def claimant(h, norms: list[str], actors: list, ti: int):
    """The actor that claims the act or is said to be responsible for it: "أعلن X
    مسؤوليته عن الهجوم" (the nearest actor before the claim), "X هي المسؤولة عن اغتيال"
    (the actor the predicate is said of: not "تحديد المسؤول عن الهجمات", who is unknown)."""
    kinds = attack_cues.cue_kinds(norms)  # each word's cue kind, once per article
    for k in range(h.i - 1, max(h.i - CLAIM_REACH, ti) - 1, -1):
        kind = kinds[k]
        if kind not in ("claim", "held") or k + 1 >= len(norms) or norms[k + 1] != "عن":
            continue
        a = last_subject_before(actors, k, ti, SUBJECT_REACH)
        if a is None:
            return None
        if kind == "held" and not (k - a.j <= 3 and all(_bare(w) in HELD_LINKS for w in norms[a.j:k])):
            return None
        return a
    return None


ADJECTIVE_CAMEO = ("190", "191", "192", "194", "195", "202")  # attacks, sieges, incursions, shelling, air strikes, massacres
WAR_WORDS = frozenset({"حرب", "حربا", "حروب"})  # "الحرب السورية" is a war in Syria, not Syria's attack
# "حربا تجارية على X": a war of tariffs or words, no attack
FIGURATIVE_WAR = frozenset({"تجاريه", "التجاريه", "اقتصاديه", "الاقتصاديه", "اعلاميه", "الاعلاميه", "كلاميه"})


def adjective_agent(h, actors: list, toks):
    """The nationality adjective after an attack word: "قصف إسرائيلي"، "الغارات الروسية"
    (after a verb, a people as its subject: "قصف الإسرائيليون"). Not after killing,
    kidnapping or bombing nouns, whose adjective is the victim ("مقتل أمريكي"، "اختطاف
    بريطانيين"), nor after a war ("الحرب السورية")."""
    if (h.form.cameo[:3] not in ADJECTIVE_CAMEO or h.form.tokens[0] in WAR_WORDS
            or load_cues().get(h.form.tokens[0]) == "no_adjective"):
        return None
    a = _actor_at(actors, h.j, h.j + 1, ())
    return a if a is not None and a.kind == "ADJ" and a.start == toks[a.i].start else None


ANNOUNCED_GAP = 2  # words between the announcer and the attack noun ("أعلنت إسرائيل الأحد قصف")


def announcer(h, norms: list[str], actors: list, ti: int, begins: bool = False):
    """The agent of an attack noun an announcement or a decision governs: "أعلن الجيش X
    قصف مواقع ..."، "إعلان الحرس الثوري إطلاق صواريخ على ..." (the actor named between),
    or that قام governs right after its subject: "قامت القوات X بقصف ...". With ``begins``,
    also one who begins, goes on with or steps up the act ("واصلت X قصف ..."، "بدأت X تسيير
    دوريات"): the act's agent, though not the one of any act the verb governs ("بدأت X
    مناورات ... بعد عبور مدمرة Y" aims at no Y)."""
    found = named_before(h, actors, ti, ANNOUNCED_GAP)
    if found is None:
        return None
    a, first = found
    k = first.i - 1
    kind = load_cues().get(_bare(norms[k])) if k >= ti else None
    if kind == "perform":  # "قام X بقصف": the act right after its subject, written with ب
        return a if a.j == h.i and norms[h.i][:1] == "ب" else None
    if begins and kind == "begin":  # "تواصل X استعداداتها لإطلاق عملية": what goes on is the preparing
        between = norms[a.j:h.i + 1]
        return a if not any(w[:1] == "ل" for w in between) and not any(w.endswith("ها") for w in between[:-1]) else None
    return a if kind == "announce" else None


def gap_subject(h, norms: list[str], actors: list):
    """The subject a verb-first attack phrase holds between its verb and its noun: "شنت X
    غارات على ..."، "نفذ الجيش X ضربات" (the first of them; those coordinated with it
    follow in violent_pairs)."""
    if not h.form.verbal or GAP not in h.form.tokens:
        return None
    return _actor_at(actors, h.i + 1, h.j - 1, norms=norms)


# actors whose name after an attack noun is its agent; coalition and regime-forces are the unnamed
# kinds (unnamed_actors.tsv) an article calls its armed sides by once it has named them
ARMED_KINDS = frozenset({"military", "armed_group", "security", "coalition", "regime-forces"})
CONSTRUCT_PREFIXES = frozenset({"", "و", "ف", "ب", "وب", "فب", "ل", "ول"})  # written before a noun in construct


def construct_agent(h, norms: list[str], actors: list):
    """The armed body an attack noun in construct governs: "غارات التحالف"، "قصف قوات
    النظام"، "هجمات الجماعة X" (a noun without the article or a pronoun; an organisation,
    an army or a state's body right after it). Not a country or a place, which are as often
    the one hit ("قصف سوريا"), nor an embassy or a party, nor after killing or kidnapping
    nouns ("اغتيال X") or nouns of doing ("مهاجمة X")."""
    if h.form.pos != "noun" or len(h.form.tokens) != 1 or h.form.cameo[:3] not in ADJECTIVE_CAMEO:
        return None
    w, form = norms[h.i], h.form.tokens[0]
    if form[:1] == "م" or not w.endswith(form) or w[:len(w) - len(form)] not in CONSTRUCT_PREFIXES:
        return None  # "مهاجمة السفارة": a noun of doing takes its object in construct
    a = _actor_at(actors, h.j, h.j + 1, ())
    return a if a is not None and a.i == h.j and a.kind.split(":")[-1] in ARMED_KINDS else None


LAM_REACH = 3  # words after an attack noun where its agent may stand after "لـ" ("الهجوم الكيماوي للنظام X")
NOT_BEFORE_AGENT = frozenset({"علي", "ضد", "في", "من", "الي"})  # a phrase of the target or the place comes first


def lam_agent(h, norms: list[str], actors: list):
    """The agent of an attack noun written after "لـ": an armed body ("غارة للتحالف X"، "لطائرات X"،
    "غارات جوية للجيش X") or a state's body with its nationality ("الهجوم الكيماوي للنظام
    X"). Only after nouns of an attack as a thing (violence_cues.tsv lam_noun): a noun of
    doing takes its object after "لـ" ("مهاجمة X لسفينة"، "استهداف للجيش X"), nor
    after a phrase of where or on whom ("قصف على مواقع للجيش": the army's positions)."""
    cues = load_cues()
    if h.verbal or not h.form.cameo.startswith(STRIKES) or cues.get(h.form.tokens[0]) != "lam_noun":
        return None
    for k in range(h.j, min(h.j + LAM_REACH, len(norms))):
        w = _bare(norms[k])
        if w in NOT_BEFORE_AGENT:
            return None
        if w[:1] == "ل" and cues.get(w[1:]) == "force":  # "الهجمات الصاروخية لميليشيات X": an armed body's word
            a = _actor_at(actors, k, k + 2, ())
            return a if a is not None and (a.kind.split(":")[-1] in ARMED_KINDS or a.kind == "ADJ" and k == h.j) else None
        if w[:2] != "لل":
            continue
        a = _actor_at(actors, k, k + 1, ())
        if a is not None and a.kind.split(":")[-1] in ARMED_KINDS:
            return a
        if cues.get(without_lam(w)) == "state_body":
            b = _actor_at(actors, k + 1, k + 2, ())
            return b if b is not None and b.kind.startswith(("ADJ", "COUNTRY")) else None
        return None
    return None


def source_of(h, norms: list[str], actors: list, toks, ti: int, tj: int):
    """The act's source by the constructions above, or None."""
    return (agent_after(h, norms, actors, tj) or claimant(h, norms, actors, ti) or adjective_agent(h, actors, toks)
            or announcer(h, norms, actors, ti, True) or gap_subject(h, norms, actors) or construct_agent(h, norms, actors)
            or verb_subject(h, norms, actors, ti) or lam_agent(h, norms, actors))


def target_against(h, norms: list[str], actors: list, places: list, tj: int, source: str, place: bool = False):
    """An actor introduced by "على"، "ضد" or "استهدف" after the act ("على مواقع
    إسرائيلية"); with ``place``, a place so introduced ("غارات على ريف إدلب"): where an
    attack names no group, state, person or people as its target, the place is (SCHEMA.md)."""
    kinds = attack_cues.cue_kinds(norms)  # each word's cue kind, once per article
    ends = {a.j for a in actors if a.kind != "ADJ"}  # "الغارات الإسرائيلية التي استهدفت": the act's own
    for k in range(h.i, min(h.j + TARGET_REACH, tj)):
        if k in ends and norms[k] in RELATIVES:
            return None  # "هجمات ينفذها X الذين يحصلون على ...": a clause about X, not the act
        if kinds[k] == "against":
            if k + 1 < tj and norms[k + 1] == "ما":
                return None  # "على ما قالت X إنها منشآت": X speaks, what was hit is its words' object
            hi = min(k + 1 + AGAINST_GAP + _attribution_at(norms, actors, k + 1, tj), tj)
            a = _actor_at(actors, k + 1, hi, norms=norms)
            if a is not None:
                return None if place or a.actor == source else a.actor
            if place:
                return next((pid for i, _, pid in places if k + 1 <= i < hi), None)
            return None
    return None


def _attribution_at(norms: list[str], actors: list, k: int, tj: int) -> int:
    """The words of a source of the news at word k ("استهدفت وفق المرصد مناطق ..."), which
    stand between an attack and the one it hit: 1 + the source's words, or 0."""
    if k >= tj or _bare(norms[k]) not in ATTRIBUTION:
        return 0
    a = _actor_at(actors, k + 1, min(k + 2, tj), ())
    return 1 + (a.j - a.i) if a is not None else 0


LATTER = frozenset({"الاخير", "الاخيره"})  # "استهداف الأخير": the one named last before


def latter_person(h, persons: list[tuple[int, int, str]], norms: list[str], ti: int, tj: int) -> str | None:
    """The person "الأخير" right after the act stands for: the one named last before it in
    the sentence ("... X، الذي ... لحظة استهداف الأخير من قبل الجيش")."""
    if h.j >= tj or norms[h.j] not in LATTER:
        return None
    before = [(j, pid) for i, j, pid in persons if ti <= i and j <= h.i]
    return max(before)[1] if before else None


OBJECT_GAP = 3  # words between an attack noun and the actor of its object ("قصف مواقع لحركة X")


def object_after(norms: list[str], toks, nt, actors: list, tj: int, start: int, sources: set[str]) -> str | None:
    """The actor an attack's object belongs to, just after the act and its sources (from
    ``start``), written with ل: "قصف مواقع لحركة X"، "استهداف مقر للجيش X". Not a name
    right after the noun, which is mostly its agent ("قصف إسرائيل غزة"); not a nationality
    adjective ("غارات روسية وأخرى سورية")."""
    for a in actors:
        if a.i < start or a.kind.startswith("PAIR"):
            continue
        if a.i >= min(start + OBJECT_GAP, tj):
            break
        if a.kind == "ADJ":
            if a.actor not in sources and armed.armed_owner(norms, a.i, start):
                return a.actor  # "قصف مواقع للقوات X"، "استهدفت موقعا لقوات X"
            continue
        lead = nt.original[toks[a.i].start:a.start]
        if a.actor not in sources and ("ل" in lead or a.i > start and norms[a.i - 1][:1] == "ل"
                                       and norms[a.i - 1][:2] != "لا"):  # "لحركة حماس"، "للجيش X"
            return a.actor
    return None


def place_at(toks, nt, norms: list[str], places: list, start: int, tj: int) -> str | None:
    """A place named right after the act and its sources as where it struck ("المجزرة
    الإسرائيلية بغزة"، "قصف روسي في إدلب"): the target when nothing else is named (SCHEMA.md)."""
    for i, _, pid in places:
        if i == start < tj and "ب" in nt.original[toks[i].start:toks[i].end][:2] and norms[i][:1] == "ب":
            return pid
        if i == start + 1 < tj and _bare(norms[start]) == "في":
            return pid
    return None


STRIKES = ("19", "20")  # cameo codes of armed force used on a place: fighting, bombardment, mass violence
PLACE_REACH = 6  # words between the act (and its named sources) and "في" + the place it struck
# marks that end a phrase between words: an act's sides stand within one (also core.events.places)
PAUSES = ("،", ",", ".", "؛", ";", ":", "(", ")", '"', "«", "»")


def place_struck_in(h, toks, nt, norms: list[str], actors: list, places: list, start: int, tj: int) -> str | None:
    """The place a strike fell in, named a few words on after "في" ("قصفت المدفعية X مواقع
    للمقاتلين في Y"، "استهدفها القصف X أكثر من مرة في Y"): the target when the text names no
    group or state as target (SCHEMA.md). Only for armed force used on a place (not an
    assault on a person: "اعتقل ... في Y" is where he was), in the same phrase (no pause,
    no actor between: an actor there is what was hit or whose the place is)."""
    if not h.form.cameo.startswith(STRIKES) or h.i > 0 and load_cues().get(_bare(norms[h.i - 1])) == "averted":
        return None  # "أعلنت X إحباط هجوم على قاعدتها في Y": the teller foiled it, did not make it
    firsts = {i: pid for i, _, pid in places}
    named = {a.i for a in actors}
    for k in range(start, min(start + PLACE_REACH, tj - 1)):
        if k in named or k > start and any(c in nt.original[toks[k - 1].end:toks[k].start] for c in PAUSES):
            return None
        if _people_word(norms[k]):
            return None  # "استهدف موقعا سوريا في Y": whose the target was is said, not where
        if _bare(norms[k]) == "في":  # the first "في" says where; a later one is another act's
            m = _place_after_head(norms, firsts, k + 1)  # ("هجوم X في الشمال مع اشتباكات في Y")
            return None if m is None or m in named else firsts[m]
    return None


@prepared.table()
def _place_heads() -> frozenset[str]:
    """Administrative heads a place's name follows and does not include ("مدينة"، "بلدة"،
    "محافظة": place_heads.tsv with_head 0), normalised."""
    from core.text import normalize_for_match

    return frozenset(normalize_for_match(r["form"]) for _, r in read_table("place_heads.tsv")
                     if (r.get("with_head") or "").strip() == "0")


def _place_after_head(norms: list[str], firsts: dict, k: int) -> int | None:
    """The token a place's name starts at, at k or after the head noun at k ("في مدينة X")."""
    if k in firsts:
        return k
    return k + 1 if k + 1 in firsts and k < len(norms) and norms[k] in _place_heads() else None


def verb_subject(h, norms: list[str], actors: list, ti: int):
    """The subject right after a verb of armed force ("قصفت القوات X ..."، "تحاصر قوات النظام
    ..."): an armed body or a state; not a place nor a person, which after an unvocalised
    verb are as often the ones it fell on (the passive "قُصفت مدينة X"). Not a verb whose
    plural suffix is its subject, nor one of a relative clause: the name after it is then
    the object ("الأكراد الذين يقاتلون القوات X")."""
    if not h.verbal or h.form.pos not in ("verb_past", "verb_present") or not h.form.cameo.startswith(STRIKES):
        return None
    if norms[h.i].endswith(PLURAL_VERB) or h.i > 0 and norms[h.i - 1] in RELATIVES:
        return None
    a = _actor_at(actors, h.j, h.j + 1, ())
    if a is None or a.i != h.j:
        return armed.armed_nationality(norms, actors, h.j)
    if a.kind.split(":")[-1] in ARMED_KINDS:
        return a  # "قصف قوات X": as a noun, its armed body in construct is its agent too
    w = norms[h.i]
    if a.kind.startswith("COUNTRY") and (h.i == ti or w[:1] in "وف" or w.endswith("ت") or h.form.pos == "verb_present"):
        return a  # a state after a word that is surely a verb; "ضد قصف اليمن" is the noun and its object
    return None


PLURAL_VERB = ("وا", "ون")  # "قصفوا"، "يقاتلون": the subject is the suffix
RELATIVES = RELATIVE_PRONOUNS


def place_object(h, norms: list[str], actors: list, places: list, after: int, tj: int) -> str | None:
    """The place a verb's subject struck, named as its object right after the subject ("قصفت
    القوات X بلدة Y"، "اقتحمت قوات النظام مدينة Y"): the target when no group or state is."""
    if not h.verbal or not h.form.pos.startswith("verb") or after >= tj:
        return None
    firsts = {i: pid for i, _, pid in places}
    m = _place_after_head(norms, firsts, after)
    if m is None or m >= tj or any(a.i == m for a in actors if not a.kind.startswith("PLACE")):
        return None
    return firsts[m]


def _people_word(w: str) -> bool:
    """A nationality adjective, also in the accusative ("سوريا" after a noun: "موقعا سوريا")."""
    lex = load_lexicon()
    return bool(lex.adjective_of(w) or accusative_adjective(lex.adjective_of, w))


def named_spans(entities, tok_starts: list[int]) -> dict[str, list[tuple[int, int, str]]]:
    """(first token, token after, id) of every mention of a person or a place, by type: a
    person killed stays a PERSON side even when he otherwise acts for his state."""
    out: dict[str, list[tuple[int, int, str]]] = {"PERSON": [], "PLACE": []}
    for e in entities:
        if e.type in out:
            for m in e.mentions:
                i = max(bisect.bisect_right(tok_starts, m.start) - 1, 0)
                out[e.type].append((i, max(bisect.bisect_left(tok_starts, m.end), i + 1), e.id))
    for v in out.values():
        v.sort()
    return out


def _victim_word(norms: list[str], lo: int, hi: int) -> bool:
    """A word of being killed, wounded or kidnapped ("قُتل"، "أصيب") among words lo..hi-1."""
    kinds = attack_cues.cue_kinds(norms)  # each word's cue kind, once per article
    return "victim" in kinds[max(lo, 0):hi]


def person_hit(h, persons: list[tuple[int, int, str]], norms: list[str], ti: int, tj: int, src) -> str | None:
    """A named person beside the act: after it ("اغتيال العالم X") or just before it when a
    word of being killed or wounded says he was hit ("قُتل الشاب X برصاص ..."، "X قد قتل في
    غارة"; not "ندد الرئيس X بالهجوم", nor a speaker, "قال X إن إسقاط ..."), the nearer."""
    best: tuple[int, str] | None = None
    for i, j, pid in persons:
        if i < ti or j > tj or i <= src.i < j:
            continue
        d = i - h.j if i >= h.j else h.i - j if j <= h.i else 99
        limit = PERSON_AFTER if i >= h.j else PERSON_BEFORE
        if 0 <= d <= limit and (best is None or d < best[0]) and (i >= h.j or _victim_word(norms, i - PERSON_BEFORE, h.j)):
            best = (d, pid)
    return best[1] if best else None


def people_hit(h, norms: list[str], actors: list, ti: int, tj: int, source: str) -> str | None:
    """A people counted or named in the plural beside the act ("إصابة 18 فلسطينيا"،
    "مقتل الفلسطينيين"): a nationality adjective, not the source's."""
    for a in actors:
        if a.kind != "ADJ" or a.actor == source or not (ti <= a.i < tj):
            continue
        if not (h.j <= a.i < h.j + TARGET_REACH
                or 0 <= h.i - a.j <= PERSON_BEFORE and _victim_word(norms, a.i - PERSON_BEFORE, h.j)):
            continue  # before the act, a people is hit when a word says so ("فلسطينيين قتلا بقصف")
        w = norms[a.i]
        if w.endswith(PLURAL_PEOPLE) or (a.i > 0 and norms[a.i - 1].isdigit()):
            return a.actor
    return None


SPEAKER_AFTER = frozenset({"ان", "انه", "انها", "انهم"})  # after a speaker: "قال X إن"
# words describing a side by whom it is allied with ("ميليشيات X الموالية لإيران"): that one is not hit
AFFILIATED = frozenset({"المواليه", "الموالي", "الموالين", "الموالون", "المدعومه", "المدعوم", "المدعومين", "التابعه",
                        "التابع", "الحليفه", "الحليف"})
GROUP_BEFORE = 8  # words between a side said to be killed or wounded and the attack it fell to


def group_hit(h, norms: list[str], actors: list, ti: int, sources: set[str]) -> str | None:
    """A group or state named before an attack word and said to be killed or wounded
    there: "قُتل عشرات من عناصر X في غارات ..."، "مسلحون من X قتلوا في قصف ..." (the
    nearest to the act; not a nationality adjective, which people_hit reads, and only
    before attacks, not before a killing noun, whose own words tell who died)."""
    if h.form.cameo[:3] not in ADJECTIVE_CAMEO:
        return None
    for a in reversed(actors):
        if (a.j > h.i or a.i < ti or a.kind.startswith(("ADJ", "PAIR")) or a.actor in sources
                or a.i > 0 and (_bare(norms[a.i - 1]) == "في" or norms[a.i - 1] in AFFILIATED)):
            continue  # "قتلوا في سوريا في الغارة": where, not who; "عناصر X الموالية لإيران": whose allies
        if h.i - a.j > GROUP_BEFORE or a.j < len(norms) and norms[a.j] in SPEAKER_AFTER:
            return None  # "يقول ناشطون إن عشرات قتلوا": the speakers are not the dead
        lo = max(ti, a.i - GROUP_BEFORE)
        return a.actor if _victim_word(norms, lo, h.i) or _victim_noun(norms, lo, a.i) else None
    return None


def _victim_noun(norms: list[str], lo: int, hi: int) -> bool:
    """A noun of being killed or wounded ("مقتل"، "بمقتل"، "إصابة") among words lo..hi-1:
    read before the side it befell ("مقتل سبعة من عناصر X"), never after a side, which
    may be one who deplores it ("أدانت X مقتل ...")."""
    kinds = attack_cues.cue_kinds(norms)  # each word's cue kind, once per article
    return "victim_noun" in kinds[max(lo, 0):hi]


def state_hit_in(h, norms: list[str], actors: list, tj: int, source: str, start: int) -> str | None:
    """The country a state's attack took place in ("الضربات التي شنتها X في سوريا"،
    "غارات أمريكية في شرق سوريا"): another state is hit there; an armed group or a person
    attacking in a country attacks someone there, not the country. Searched from
    ``start``: the end of the act's words, or of the sources named after them."""
    if not is_state_id(source):
        return None
    for a in actors:
        if start <= a.i < min(start + TARGET_REACH, tj) and a.kind.startswith("COUNTRY") and a.actor != source:
            if a.i > 0 and _bare(norms[a.i - 1]) == "في" or a.i > 1 and _bare(norms[a.i - 2]) == "في":
                return a.actor
    return None


def security_pair(h, norms: list[str], actors: list, ti: int, tj: int) -> list[str] | None:
    """[first, second] in text order between an unnamed side and the security forces of
    its country, both named beside the act: "اشتباكات بين المحتجين وقوات الأمن"، "تبادلت
    قوات الأمن إطلاق النار مع المهاجمين" (the forces are no named actor: the unnamed
    side's country, which core.events.unnamed gives it, is theirs)."""
    lo, hi = max(ti, h.i - SECURITY_REACH), min(tj, h.j + SECURITY_REACH)
    cues = load_cues()
    forces = security_at(cues, norms, lo, hi)
    if forces is None:
        return None
    side = unnamed_in(actors, lo, hi)
    iso = side.actor.rsplit("-", 1)[1].upper() if side is not None and side.actor.count("-") >= 2 else ""
    if len(iso) != 3:
        return None
    return [side.actor, iso] if side.i < forces else [iso, side.actor]


def violent_pairs(h, norms: list[str], toks, nt, actors: list, named: dict, ti: int, tj: int) -> list[list[str]]:
    """[source, target] pairs of an ASSAULT trigger by the constructions above, one per
    source when several are coordinated ("شنتها الولايات المتحدة وبريطانيا وفرنسا")
    (``named``: the article's persons and places, named_spans)."""
    persons, places = named["PERSON"], named["PLACE"]
    if h.form.tokens[0] in WAR_WORDS and h.j < tj and norms[h.j] in FIGURATIVE_WAR:
        return []
    if (attack_sides.denied_report(h, norms, ti) or attack_sides.unknown_author(h, norms, ti)
            or attack_sides.any_one(h, norms)):
        return []  # "نفى X تقارير عن ضربة"، "تحديد المسؤول عن الهجوم"، "للتصدي لأي هجوم": none told, or by no one named
    if pair := attack_sides.doer_and_object(h, norms, toks, nt, actors, places, tj):  # "مهاجمة X لسفينة Y"
        return [pair]
    src = source_of(h, norms, actors, toks, ti, tj)
    before = None if src else attack_sides.subject_before(h, norms, toks, nt, actors, ti, persons)  # "X وY يقصفون"
    src = src or before
    if src is not None and src.j <= h.i:  # "X التي تدعمها Y قد شنت": X attacks, Y backs X
        src = relatives.antecedent(norms, actors, ti, src) or src
    if src is None:
        pair = security_pair(h, norms, actors, ti, tj)
        return [pair] if pair else []
    s = src.actor
    k = actors.index(src)
    group = (_group_forward(actors, k, toks, nt) if src.i > h.i else _group_backward(actors, k, toks, nt) if before
             else [src])
    after = max(h.j, group[-1].j)
    ids = set(_uniq([a.actor for a in group]))
    tgt = (target_against(h, norms, actors, places, tj, s) or person_hit(h, persons, norms, ti, tj, src)
           or latter_person(h, persons, norms, ti, tj) or attack_sides.killed_by(h, norms, actors, persons, ti, ids)
           or object_after(norms, toks, nt, actors, tj, after, ids) or people_hit(h, norms, actors, ti, tj, s)
           or group_hit(h, norms, actors, ti, ids) or attack_sides.further_target(h, norms, toks, nt, actors, tj, ids)
           or target_against(h, norms, actors, places, tj, s, place=True)
           or attack_sides.further_place(h, norms, toks, nt, actors, places, tj)
           or attack_sides.place_anaphor(h, norms, places, tj)
           or state_hit_in(h, norms, actors, tj, s, after)
           or attack_sides.coalition_hit_in(src, norms, actors, tj, after)
           or place_at(toks, nt, norms, places, after, tj)
           or place_object(h, norms, actors, places, after, tj)
           or place_struck_in(h, toks, nt, norms, actors, places, after, tj))
    if tgt is None or before is not None and attack_sides.person_on_person(before, tgt, persons):
        return []
    told = only_attributed(actors, norms)  # "أفاد المرصد أن ...": who tells is no side
    barred = attack_sides.not_authors(h, norms, actors) | told
    if tgt in told:
        return []
    out = []  # a loop: a comprehension's names would be cells of every call
    for x in _uniq([a.actor for a in group]):
        if x != tgt and x not in barred:
            out.append([x, tgt])
    return out
