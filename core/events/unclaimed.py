"""Attacks whose one named side is the unnamed one that carried them out: "فجر انتحاري نفسه
في سوق ببغداد"، "أطلق مجهولون النار على دورية للشرطة في البصرة".

Incident news mostly names the attacker by what he was (a suicide bomber, gunmen,
unknown persons) and the target by where it was hit. Such a trigger finds no second actor,
so it made no event, and an attack report vanished from the timeline. Following the
annotation conventions (an attack on a named place whose text names no group or state as
target has the place as target), the target is the one place of the attackers' country
the sentence names, else that country; the attacker is the unnamed side ("Attackers
(Iraq)"). A sentence naming another state or body is left to the other rules: it may be
whose the attackers are, or whom they hit.

Many reports name no attacker at all, only the attack and its dead: "قتل عشرون شخصا في
غارة جوية على سوق في مدينة X"، "أسفر انفجار عن مقتل ضابط". An attack noun with such a
toll near it, in a sentence that names no side but a country and its places, is an attack
by unnamed attackers on that place (toll_pair; the attackers' entity comes from
core.events.unnamed.implied_side, with the attack's own words as its mention).
"""
from __future__ import annotations

from functools import partial


from core import prepared
from core.events import attack_cues, implied, unnamed, violence  # modules: their names read at call time (an import per call cost more)
from core.events.attack_sides import COMPASS
from core.events.incidents import load_words
from core.events.sentence_sides import unsided
from core.model import Entity
from core.text import clitic_variants, proclitic_forms

# cameo codes of acts of violence (18x assault, 19x fight, 20x mass violence)
VIOLENT = ("18", "19", "20")
# unnamed kinds that are the attackers when they are the subject (core.events.unnamed slugs)
ATTACKERS = ("unnamed-attackers", "unnamed-unidentified-armed-group", "unnamed-militants")
ASSAILANTS = "unnamed-attackers"  # named by the attack itself ("المهاجم"، "المعتدي"، "الانتحاري"): no state's men
# "terrorists" is how a government names whom it fights ("سنقتل كل الإرهابيين"، "تجنيد
# إرهابيين") far more often than an attack's unknown authors: no attacker of its own here
TERROR = "ارهاب"
# words right before gunmen or militants that make them the ones hit: "مقتل ثلاثة مسلحين"،
# "استهداف مسلحين"، "من المسلحين" (normalised)
HIT_BEFORE = frozenset({"من", "مقتل", "قتل", "قتلي", "اعتقال", "تصفيه", "استهداف", "ضد", "علي", "القبض",
                        "اصابه", "مصرع", "تحييد"})


def attack_pair(h, norms: list[str], s_actors: list, entities: list[Entity], counts: frozenset[str],
                start: int, end: int, ti: int, tj: int, persons: list | None = None,
                named_places: list | None = None) -> list[str] | None:
    """[attackers, place or country] for a violent trigger that made no event, or None: one
    unnamed attacking side in the sentence (tokens [ti, tj), characters [start, end)), not
    told as the one hit, no state's arms named, and nothing named in the sentence but its
    country and that country's places. A body, state or place an against word right after
    the act names as hit ("الاعتداء الذي استهدف مقر صحيفة X") is the target whatever else
    the sentence names; the person named right after the attackers' word is the attacker
    ("الانتحاري X"). ``persons``, ``named_places``: the article's (first token, token
    after, id), violence.named_spans."""
    if not h.form.cameo.startswith(VIOLENT):
        return None
    return _attack_pair(h, norms, s_actors, entities, counts, start, end, ti, tj, persons, named_places)


def _attack_pair(h, norms, s_actors, entities, counts, start, end, ti, tj, persons, named_places):
    """attack_pair past its gate, written as loops: the names a comprehension here read
    were closure cells made at every call."""
    sides = set()
    for a in s_actors:
        if a.actor.startswith(ATTACKERS) and not _hit(a.i, norms, counts, a.actor) and TERROR not in norms[a.i]:
            sides.add(a.actor)
    if len(sides) != 1:
        return None
    for a in s_actors:
        if a.actor.startswith(ATTACKERS) and a.actor not in sides:
            return None
    (side,) = sides
    attacker = _named_attacker(side, s_actors, persons or [])
    hit = _struck(h, norms, s_actors, named_places or [], tj, side)
    if hit and side.startswith(ASSAILANTS):  # "المعتدي" attacked whoever else the sentence names
        return [attacker, hit] if hit != attacker else None
    iso = implied.actor_country(side, entities)
    if not iso or _state_arms(norms[ti:tj]):
        return None
    if hit:
        return [attacker, hit] if hit != attacker else None
    where = _only_own_country(entities, start, end, iso, side, s_actors)
    return [attacker, where] if where is not None else None


def _only_own_country(entities: list[Entity], start: int, end: int, iso: str, side: str, s_actors: list) -> str | None:
    """Where an attack of ``side`` (of country ``iso``) took place when the sentence
    (characters [start, end)) names nothing but that country and its places: its one place,
    else the country; None when it names anything else, or neither."""
    places = set()
    said = False  # the country itself named in the sentence
    for e in entities:
        for m in e.mentions:
            if start <= m.start < end:
                break
        else:
            continue  # not named in the sentence
        if (e.type == "COUNTRY" and e.id != iso or e.type == "PLACE" and e.country != iso
                or e.type in ("ORG", "UNNAMED") and e.id != side):
            return None
        if e.type == "PLACE":
            places.add(e.id)
        if e.id == iso:
            said = True
    if not places and not said:
        return None  # where it happened is not said here ("قناصة إسرائيليون" are no place)
    known = places | {iso, side}
    for a in s_actors:
        if a.actor not in known:
            return None
    return places.pop() if len(places) == 1 else iso


TOLL_REACH = 12  # words either side of an attack noun where its dead or wounded are counted
TOLL_KINDS = frozenset({"toll", "victim", "victim_noun"})  # violence_cues.tsv: "قتلى"، "قُتل"، "مقتل"
BYSTANDER_TYPES = frozenset({"COUNTRY", "PLACE", "UNNAMED"})  # what a toll's sentence may name besides


def implied_pair(toll: tuple[str, str], h, entities: list[Entity], text: str, implied_at: set) -> list[str]:
    """[the attackers a toll_pair implies, its target], their entity made or grown with the
    attack's words as its mention; the trigger is noted in ``implied_at``, since a side no
    word names is no subject a next sentence may drop."""
    from core.events import unnamed
    from core.lexicon import load_lexicon

    implied_at.add(h.start)
    return [unnamed.implied_side(entities, unnamed.IMPLIED_ATTACKERS, toll[0], load_lexicon(), text, h.start, h.end),
            toll[1]]


CAPITAL = "العاصمه"  # "في العاصمة X Y": the nationality of a capital says where (normalised)


def _only_where(s_actors: list, norms: list[str], place_ends: set[int]) -> bool:
    """Whether every actor the sentence names says where, not who: a place, its nationality
    adjective ("الموصل العراقية"، "العاصمة الصومالية مقديشو"), a country after "في" ("في ألمانيا"), an unnamed victim.
    A state's name or adjective elsewhere ("ضربات أميركية"، "وفقدت تركيا عشرات القتلى"،
    "أنقرة تنفي") may be the one that struck as well as the one hit. ``place_ends``: the
    character offsets where the sentence's place names end."""
    for a in s_actors:
        if a.kind.startswith(("PLACE", "UNNAMED")) or a.kind == "ADJ" and (
                a.start - 1 in place_ends or a.i > 0 and norms[a.i - 1].endswith(CAPITAL)):
            continue  # "الموصل العراقية"، "في العاصمة الصومالية مقديشو"
        before = norms[max(a.i - 2, 0):a.i]
        if a.kind.startswith(("COUNTRY", "STATE>:capital")) and (
                norms[a.i][:1] == "ب" or "في" in before or any(w.endswith(CAPITAL) for w in before)
                or before and before[-1] in COMPASS):
            continue  # "في ألمانيا"، "العاصمة الصومالية مقديشو"، "الموصل شمالي العراق"
        return False
    return True


# prepositions after which a word the lexicon has as a past verb is its verbal noun: "في
# قصف"، "جراء قصف"، "إثر قصف" (a verb follows no preposition)
NOUN_AFTER = frozenset({"في", "جراء", "اثر", "بسبب", "خلال", "عقب", "وسط", "بعد", "منذ"})


def verbal(h, norms: list[str]) -> bool:
    """Whether the trigger is read as a verb: a verb form not after a preposition."""
    w = norms[h.i - 1] if h.i > 0 else ""
    return h.verbal and not (w in NOUN_AFTER or w[:1] in "وف" and w[1:] in NOUN_AFTER)  # "في"، "وفي"، "وسط"


def _toll_near(h, norms: list[str], ti: int, tj: int) -> bool:
    """Whether a toll word stands within TOLL_REACH words of the trigger (not on it), in its sentence."""
    kinds, lo, hi = attack_cues.cue_kinds(norms), max(ti, h.i - TOLL_REACH), min(tj, h.j + TOLL_REACH)
    return not (TOLL_KINDS.isdisjoint(kinds[lo:min(h.i, hi)]) and TOLL_KINDS.isdisjoint(kinds[max(h.j, lo):hi]))


def toll_pair(h, norms: list[str], s_actors: list, entities: list[Entity], start: int, end: int, ti: int, tj: int
              ) -> tuple[str, str] | None:
    """(country, place or that country) of an attack noun whose dead or wounded are counted
    near it ("سقوط قتلى في غارة على X") in a sentence that names no side: no person, body
    or group, no unnamed attackers, no word of an accident, and no country but the one its
    places are in, named as where (_only_where). Not a
    killing noun alone ("مقتل X" tells no attack), nor a verb (its subject was passed over
    for a reason the other rules weighed), nor a war or a battle, whose dead are both
    sides' ("حصيلة الحرب: 350 ألف قتيل"). "ضحايا" is no toll: the victims of attacks are
    remembered and compensated years after ("تعويض ضحايا الاعتداءات")."""
    cues = violence.load_cues()
    if (verbal(h, norms) or h.form.joint or not h.form.cameo.startswith(VIOLENT) or cues.get(h.form.tokens[0]) in TOLL_KINDS
            or not _toll_near(h, norms, ti, tj)):
        return None
    if "accident" in attack_cues.cue_kinds(norms)[ti:tj]:
        return None  # "انفجارات عرضية"، "انفجار غاز": no one struck
    return _toll_where(norms, s_actors, entities, start, end, ti)


def _toll_where(norms: list[str], s_actors: list, entities: list[Entity], start: int, end: int, ti: int
                ) -> tuple[str, str] | None:
    """toll_pair past its gates, apart so that the calls that end at them make none of the
    closure cells its comprehensions need."""
    held = _holders(s_actors, norms, ti)
    s_actors = [a for a in s_actors if a.actor not in held]
    named = [e for e in entities if any(start <= m.start < end for m in e.mentions) and e.id not in held]
    if not _only_where(s_actors, norms, {m.end for e in named if e.type == "PLACE" for m in e.mentions}):
        return None
    if any(e.type not in BYSTANDER_TYPES or e.id.startswith(ATTACKERS) for e in named):
        return None
    isos = {e.id if e.type == "COUNTRY" else e.country for e in named if e.type != "UNNAMED"}
    if len(isos) != 1 or None in isos:
        return None  # where it happened is not said, or two states may be its sides
    (iso,) = isos
    places = {e.id for e in named if e.type == "PLACE"}
    return iso, places.pop() if len(places) == 1 else iso


def _holders(s_actors: list, norms: list[str], ti: int) -> set[str]:
    """The sides the sentence names only as holding where the attack struck ("في مدينة X
    الخاضعة لسيطرة Y"، "تحت سيطرة Y"): they tell where, not who struck or was hit."""
    told = {}
    for a in s_actors:
        told.setdefault(a.actor, []).append(a.i > ti and agentless._bare_article(norms[a.i - 1]) in agentless.CONTROL)
    return {actor for actor, held in told.items() if all(held)}


VICTIM_REACH = 5  # words after a toll word within which the side it befell is named ("مقتل ضابط من قوات X")
# what names the side an attack's dead belong to: a state's armed or security body ("عناصر
# من الشرطة X"), an armed group ("في صفوف X"), a nationality on soldiers or on a count of
# people ("جنود أتراك"، "ثلاثة آلاف أمريكي"; not on one man: "مغني الراب الأمريكي" is no state hit)
VICTIM_KINDS = ("STATE>:security", "STATE>:military", "ORG:armed_group", "ORG:military")
AGENT_CUES = frozenset({"agent", "agent_after_من", "agent_after_علي"})  # violence_cues.tsv: "برصاص X"، "على يد X"
PAUSES = frozenset("،,.؛;:()")
# words within two before a body or group that make it the one whose members fell: "مقتل اثنين من
# القوات X"، "في صفوف X"، "عناصر X"، "القيادي في X" (normalised, without the article)
MEMBERS = frozenset({"من", "صفوف", "عناصر", "افراد", "مقاتلي", "مسلحي", "قاده", "قيادات", "قيادي", "قائد"})


def unnamed_side_pair(h, doc, st):
    """A function making the [source, target] pair of an attack one of whose sides is
    unnamed, or None: unnamed attackers the sentence names (attack_pair), attackers its
    toll or its striking implies (implied_toll), or a named author whose target the text
    does not name (core.events.authored). The pair is made only when called, once the
    caller found the attack asserted: an unnamed side the attack implies is an entity made
    for it, and a trigger noted in ``doc.implied_at``."""
    pair = attack_pair(h, doc.norms, st.actors, doc.entities, unnamed.count_words(), st.start, st.end,
                       st.ti, st.tj, doc.named_spans()["PERSON"], doc.named_spans()["PLACE"])
    # partials, not lambdas: the names a lambda reads are closure cells, made on every call
    if pair:
        return partial(_given, pair)
    if toll := implied_toll(h, doc, st):
        # "قتلى في غارة على X": the attackers the attack implies, no subject the next sentence drops
        return partial(implied_pair, toll, h, doc.entities, doc.nt.original, doc.implied_at)
    if side := authored.authored_side(h, doc, st):
        return partial(authored.authored_pair, side, h, doc)
    return None


def _given(pair: list[str]) -> list[str]:
    return pair


def implied_toll(h, doc, st) -> tuple[str, str] | None:
    """(country, target) of an attack its toll tells with no attacker named, in the article
    ``doc`` and sentence ``st`` (core.events' state): by the place it struck (toll_pair),
    else by the side its dead belong to (victim_toll); else of an attack told as having
    struck with no toll (core.events.agentless)."""
    if agentless.arms_after(h, doc.norms, st.tj) or unsided(doc, st, _agent_in_sentence):
        return None  # "قتل ثلاثة بنيران قوات الأمن في هجوم": the text names who struck (agentless.arms_after, agentless.agent_in_sentence)
    args = (h, doc.norms, st.actors, doc.entities, st.start, st.end, st.ti, st.tj)
    return toll_pair(*args) or victim_toll(*args, doc.nt.original, doc.toks) or agentless.struck_pair(h, doc, st)


def _agent_in_sentence(doc, st) -> bool:
    """Whether the sentence names who struck whatever its attack noun (agentless.agent_in_sentence),
    read once per sentence (core.events.sentence_sides)."""
    return agentless.agent_in_sentence(doc.norms, st.ti, st.tj, {a.i for a in st.actors})


def _victim(a, h, norms: list[str], tolls: list[int], cues: dict, text: str, toks) -> bool:
    """Whether the actor mention ``a`` names whom the toll befell: within VICTIM_REACH words
    after a toll word with no pause between, not the shooter of "برصاص X"، "على يد X", not the
    attack noun's own genitive or adjective ("غارة للتحالف"، "للغزو الإسباني": its author),
    a body or group after a word of its members ("من"، "صفوف"، "عناصر"), a nationality on
    soldiers or a count ("جنود أتراك"، "40 جندي تركي"), not on civilians ("ثلاثة مواطنين أتراك",
    whose attack the text tells on no state unless it names the attacker)."""
    count_words = unnamed.count_words

    if h.i <= a.i < h.j + 3 or not AGENT_CUES.isdisjoint(attack_cues.cue_kinds(norms)[max(a.i - 2, 0):a.i]):
        return False
    if not any(k < a.i <= k + VICTIM_REACH and not PAUSES & set(text[toks[k].end:toks[a.i].start])
               for k in tolls):
        return False
    before = [_stem(w) for w in norms[max(a.i - 2, 0):a.i]]
    if not before or a.kind != "ADJ" and not a.kind.startswith(VICTIM_KINDS):
        return False
    if a.kind != "ADJ":  # "قتلت الشرطة X"، "قنص المتمردين لهم": the body after the verb or noun did it
        return any(w in MEMBERS or load_words().get(w) == "forces" for w in before)
    counts = count_words()
    if before[-1] in _civilians():
        return False  # "مقتل ثلاثة مواطنين أتراك في انفجار": civilians of a state, no state hit
    return load_words().get(before[-1]) == "forces" or any(w in counts or w.isdigit() for w in before)


@prepared.table()
def _civilians() -> frozenset[str]:
    """The nouns of persons no side of a clash (incident_cues.tsv kinds civilian and
    protest_people: "مواطنين"، "سياح"، "صحفي"), whose nationality names no state an attack hit."""
    from core.events.incident_cues import words_of
    return words_of("civilian") | words_of("protest_people")


def _stem(w: str) -> str:
    """A word without its conjunction, preposition and article ("ولقيادات" → "قيادات")."""
    w = w[1:] if w[:1] in "وبل" and len(w) > 3 else w
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def victim_toll(h, norms: list[str], s_actors: list, entities: list[Entity], start: int, end: int, ti: int,
                tj: int, text: str, toks: list) -> tuple[str, str] | None:
    """(country, the side hit) of an attack noun whose dead or wounded are counted near it
    and said to be of one named side, the sentence naming no other side: "قتل ثلاثة جنود
    أتراك في هجوم"، "مقتل ضابط من قوات الدرك X في انفجار"، "قتلى في صفوف X". The dead name
    whom the attack hit; its authors are the unnamed attackers the attack implies, in the
    country of the places named, else the side's own. The same gates as toll_pair: an
    attack noun, no war or battle (both sides' dead), no accident, no other side named."""
    cues = violence.load_cues()
    if (verbal(h, norms) or h.form.joint or not h.form.cameo.startswith(VIOLENT)
            or cues.get(h.form.tokens[0]) in TOLL_KINDS | AGENT_CUES):
        return None
    kinds = attack_cues.cue_kinds(norms)
    tolls = []  # a loop, not a comprehension: the names it read were closure cells on every call
    for k in range(max(ti, h.i - TOLL_REACH), min(tj, h.j + TOLL_REACH)):
        if not h.i <= k < h.j and kinds[k] in TOLL_KINDS:
            tolls.append(k)
    if not tolls or "accident" in kinds[ti:tj]:
        return None
    return _toll_victim(h, norms, s_actors, entities, start, end, text, toks, cues, tolls)


def _toll_victim(h, norms: list[str], s_actors: list, entities: list[Entity], start: int, end: int, text: str,
                 toks: list, cues: dict, tolls: list[int]) -> tuple[str, str] | None:
    """victim_toll past its gates (apart: the names its generators read are closure cells,
    made on each call of the function that holds them, and most calls end at the gates)."""
    victims = {a.actor for a in s_actors if _victim(a, h, norms, tolls, cues, text, toks)}
    if len(victims) != 1:
        return None
    (victim,) = victims
    named = [e for e in entities if any(start <= m.start < end for m in e.mentions)]
    if any(e.type not in BYSTANDER_TYPES and (e.actor or e.id) != victim or e.id.startswith(ATTACKERS) for e in named):
        return None
    place_ends = {m.end for e in named if e.type == "PLACE" for m in e.mentions}
    if not _only_where([a for a in s_actors if a.actor != victim], norms, place_ends):
        return None
    own = implied.actor_country(victim, entities, acting=True)
    where = {e.country for e in named if e.type == "PLACE"} | {e.id for e in named if e.type == "COUNTRY"}
    iso = where.pop() if len(where) == 1 and None not in where else own
    return (iso, victim) if iso else None


def _named_attacker(side: str, s_actors: list, persons: list) -> str:
    """The person named right after the unnamed attackers' word ("قام الانتحاري X بتفجير
    نفسه"), else the unnamed side."""
    if not side.startswith(ASSAILANTS):
        return side  # "مكافحة المسلحين X": a name after gunmen is no gunman's
    first = {i: pid for i, _, pid in persons}
    for a in s_actors:  # a loop: a generator's names would be cells of every call
        if a.actor == side and a.j in first:
            return first[a.j]
    return side


STRUCK_GAP = 3  # words between "استهدف"/"على" and the body or place hit ("استهدف مقر صحيفة X")
STRUCK_KINDS = ("ORG", "STATE>", "COUNTRY")  # a body, a state's body or a state, named as what was hit


NEAR = frozenset({"خارج", "امام", "داخل", "قرب", "بالقرب", "وسط"})  # "فجر نفسه خارج قاعة X": where it struck
RANKS = frozenset({"صفوف"})  # "تقاتل في صفوف X": on X's side, X is not hit


def _struck(h, norms: list[str], s_actors: list, named_places: list, tj: int, side: str) -> str | None:
    """A body, state or place an against word right after the act names as hit: "الاعتداء
    الذي استهدف مقر صحيفة X"، "هجوم على مركز للشرطة في Y"، "فجر نفسه خارج قاعة X" (the
    first named within STRUCK_GAP words; a person or a people there is left to the other
    rules)."""
    cues = violence.load_cues()
    first = {i: pid for i, _, pid in named_places}
    for k in range(h.i, min(h.j + 2, tj)):
        w = violence._bare(norms[k])
        if cues.get(w) != "against" and w not in NEAR or w in RANKS:
            continue
        for m in range(k + 1, min(k + 1 + STRUCK_GAP, tj)):
            if m in first:
                return first[m]  # "على سوق في بغداد": the place, also a capital that stands for its state
            for a in s_actors:  # a loop: a generator's names would be cells of every call
                if a.i == m and a.actor != side:
                    return a.actor if a.kind.startswith(STRUCK_KINDS) else None
        return None
    return None


@prepared.table()
def _arms() -> frozenset[str]:
    return frozenset(w for w, kind in load_words().items() if kind == "state_arms")


def _state_arms(words: list[str]) -> bool:
    """Whether the trigger's sentence names a state's armed body or weapons ("الجيش"،
    "القوات الأمنية"، "غارات"): the state then acts or is hit, and its gunmen ("مسلحين")
    are as likely the ones hit ("غارة على معسكر لمتشددين")."""
    arms = _arms()
    if _ARMS_FORMS[0] is not arms:  # the written words that read as one of them (proclitics on it), made once
        _ARMS_FORMS[:] = [arms, frozenset(w for a in arms for w in proclitic_forms(a)
                                          if any(stem in arms for stem, _ in clitic_variants(w)))]
    return not _ARMS_FORMS[1].isdisjoint(words)  # one test in C instead of a cut of every word


_ARMS_FORMS: list = [None, frozenset()]  # (the armed-body words, their written forms)


def _hit(i: int, norms: list[str], counts: frozenset[str], side: str = "") -> bool:
    """Whether the unnamed side at token i is told as the one hit: counted ("قتل الجيش ثلاثة
    مسلحين") or after a word of being hit ("مقتل مسلحين"، "من المسلحين"). Attackers
    counted are hit only after such a word ("مقتل ثلاثة مهاجمين"): "نفذ ثلاثة مهاجمين
    عمليات طعن" are the ones who attacked."""
    if i == 0:
        return False
    w = norms[i - 1].lstrip("و")
    if w in HIT_BEFORE:
        return True
    counted = w in counts or w.isdigit()
    if counted and side.startswith("unnamed-attackers"):
        return i > 1 and norms[i - 2].lstrip("و") in HIT_BEFORE
    return counted


from core.events import agentless  # noqa: E402  (it reads this module's words when imported)
from core.events import authored  # noqa: E402  (likewise; imported here once, not per attack noun)
