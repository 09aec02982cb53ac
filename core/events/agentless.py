"""Attacks a report tells as having struck, with no one named who struck: "استهدفت غارة
جوية سوقا في مدينة X"، "هجوم انتحاري استهدف مقر Y في Z"، "انفجرت عبوة ناسفة في X".

Newswire tells most bombings and air strikes this way before anyone claims them: the
attack noun is the subject of a verb of striking ("استهدف"، "ضرب"، "طال") or of
exploding ("انفجرت"), so the attack took place, and whoever carried it out is not known
or not said. Such a trigger finds no second actor, so it made no event (a toll near it
made one: core.events.unclaimed.toll_pair). Following the annotation conventions, the
target is the body, person or place the verb names as hit, else the one place of one
country the sentence names; the attacker is the unnamed side the attack implies
("Attackers (X)", core.events.unnamed.implied_side).

A side named anywhere it may be the author is left to the other rules: on the attack noun
("غارة إسرائيلية")، after it ("وتبنى تنظيم X الهجوم")، or before it unless a reporting
"أن" stands between ("أعلنت مصادر X أن هجوما استهدف").
"""
from __future__ import annotations

from core.events import attack_cues, governing, implied, incidents, triggers, unclaimed, violence  # modules: their names read at call time
from core.events.speech_acts import THAT
from core.lexicon import is_state_id, load_lexicon
from core.model import Entity
from core.text import RELATIVE_PRONOUNS, without_prefix

# what may strike as the subject of a verb of striking: bombings, assassinations, strikes and
# shelling, chemical attacks (cameo 183, 186, 195, 204), and the attack nouns of 190 that name
# one act (not a war, a campaign, an invasion or a siege, whose sides are at war)
STRIKE_CAMEOS = ("183", "186", "195", "204")
ATTACK_HEADS = frozenset({"هجوم", "هجوما", "هجمات", "اعتداء", "اعتداءات", "قنص", "اطلاق"})
STRIKE = "strike"  # violence_cues.tsv: "ضرب"، "طال"، "هز"; also its "against" verbs of targeting ("استهدف")
TARGETED = "ستهدف"  # the stem of those verbs ("استهدفت"، "يستهدف"), not the prepositions ("على"، "ضد")
BLAST = "blast"  # violence_cues.tsv: "انفجرت"، "دوى": a device that went off
VERB_GAP = 2  # words between the attack noun and its verb ("هجوما انتحاريا استهدف"، "الهجوم الذي ضرب")
OBJECT_REACH = 6  # words after the verb within which what it hit is named ("استهدف مقر المفوضية العليا")
# "عبرت عن صدمتها إثر غارات": shocked by an attack, so no author of it (after "عن" only: "صدمتها سيارة" ran her over)
SHOCK = frozenset({"صدمتها", "صدمته", "صدمتهم"})
CONTROL = frozenset({"سيطره", "قبضه"})  # "المدينة الخاضعة لسيطرة X": X holds where it struck, and is no author
RELATIVES = RELATIVE_PRONOUNS
NEGATIONS = frozenset({"لم", "لن", "لا", "ما"})  # before the verb: "الضربات لم تستهدف"
REPORTED = THAT  # "أعلنت X أن هجوما ...": X reports, did not strike
# what in the sentence may tell who struck, or that it was no attack: a claim, its authors, an
# agent ("برصاص"، "على يد")، an accident, a foiled plot, a denial
BARS = frozenset({"claim", "author", "accident", "averted", "denial", "seeking"})
PAUSES = unclaimed.PAUSES
# a state's strikes and aircraft besides the attack noun ("مع غارات للطيران"): whose is left unsaid,
# not unknown; a police or army named is as often the one hit ("عبوة ناسفة بدورية للشرطة")
AIRCRAFT = frozenset({"غاره", "غارات", "طيران", "طائرات", "مقاتلات"})
ARMED = unclaimed.VICTIM_KINDS  # actor kinds of armed bodies


def _armed_body(words: dict, word: str) -> bool:
    """A state's armed body, not its strikes or aircraft."""
    return words.get(word) == "state_arms" and _bare_article(word) not in AIRCRAFT


def arms_after(h, norms: list[str], tj: int) -> bool:
    """A state's armed body, definite, right after the attack noun ("جراء قصف القوات الحكومية")."""
    return h.j < tj and norms[h.j].startswith("ال") and _armed_body(incidents.load_words(), norms[h.j])


def agent_in_sentence(norms: list[str], ti: int, tj: int, actor_at: set[int]) -> bool:
    """Whether the sentence names who struck, whatever the attack noun: a body, a side or
    members after an agent word ("بنيران قوات ..."، "برصاص الجيش"، "على يد عناصر ..."، "من
    قبل"; not a weapon: "بقذائف الهاون"), or a state's armed body right after a verb that is
    no verb of saying ("داهمت القوات ..."، not "قالت الشرطة"). An attack such a sentence tells
    has an author the text names; the unnamed attackers an attack implies would be a guess
    against it. Read once per sentence (core.events.unclaimed); ``arms_after`` is the part
    that depends on the attack noun. ``actor_at``: the first tokens of the sentence's actor
    mentions."""
    _bare, MEMBERS = violence._bare, unclaimed.MEMBERS  # an import statement per call cost more than the rule
    words, saying = incidents.load_words(), governing.cue_forms(triggers.load_triggers(), "speech")
    kinds = attack_cues.cue_kinds(norms)  # each word's cue kind, once per article
    for k in range(ti, tj):
        kind = kinds[k]  # the word before (bare) is read only where a test needs it
        if kind is not None and (kind == "agent" or kind in AGENT_AFTER and k > ti and _bare(norms[k - 1]) == AGENT_AFTER[kind]
                                 ) and k + 1 < tj and (k + 1 in actor_at or words.get(norms[k + 1]) == "state_arms"
                                                       or _bare_article(norms[k + 1]) in MEMBERS):
            return True
        # a state's armed body, not its strikes or aircraft (no nested function: its names were cells)
        if norms[k].startswith("ال") and _armed_body(words, norms[k]) and k > ti and _after_verb(_bare(norms[k - 1]), words) and norms[k - 1] not in saying:
            return True
    return False


AGENT_AFTER = {"agent_after_من": "من", "agent_after_علي": "علي"}  # an agent cue after the word it needs ("من قبل"، "على يد")


def _after_verb(before: str, words: dict) -> bool:
    """Whether the word before a state's armed body reads as a verb it is the subject of
    ("داهمت القوات"): ending in ت, not a plural ات, no definite noun, no word of incidents."""
    return before.endswith("ت") and not before.endswith("ات") and not before.startswith("ال") and before not in words


def _strikes(h) -> bool:
    """Whether the trigger names one act that strikes (a bombing, a strike, an attack)."""
    form = h.form
    return not form.joint and (form.cameo.startswith(STRIKE_CAMEOS)
                               or form.cameo.startswith("190") and form.tokens[0] in ATTACK_HEADS)


def _verb_at(h, norms: list[str], cues: dict, actor_at: set[int], place_at: set[int], tj: int
             ) -> tuple[int, str] | None:
    """(token, kind) of the verb the attack noun is the subject of: right before it
    ("استهدفت غارة"، "انفجرت عبوة") or within VERB_GAP words after it, over adjectives
    and a relative pronoun ("هجوما انتحاريا استهدف"، "الهجوم الذي ضرب")."""
    _bare = violence._bare

    def kind(k: int) -> str | None:
        w = _bare(norms[k])
        found = cues.get(w)
        return STRIKE if found == STRIKE or found == "against" and TARGETED in w else found

    if h.i > 0 and kind(h.i - 1) in (STRIKE, BLAST):
        return h.i - 1, kind(h.i - 1)
    stop = load_lexicon().stopwords
    for k in range(h.j, min(h.j + VERB_GAP + 1, tj)):
        if k in actor_at and k not in place_at:  # "اعتداء ماريلاند الذي استهدف": where, not whose
            return None
        if kind(k) == STRIKE:
            return k, STRIKE
        if norms[k] in stop and norms[k] not in RELATIVES:
            return None  # "الضربات بعد اتهامات طالت": the verb of another noun
    return None


def _hit_after(k: int, doc, st, first_place: dict, first_person: dict) -> tuple[str, int] | None:
    """(the side or place named first within OBJECT_REACH words after token k, its token),
    no pause between: what the verb struck ("استهدف مقر المفوضية"، "طالت موكب رئيس الوزراء X")."""
    toks, text = doc.toks, doc.nt.original
    for m in range(k + 1, min(k + 1 + OBJECT_REACH, st.tj)):
        if PAUSES & set(text[toks[m - 1].end:toks[m].start]):
            return None
        if m in first_place:
            return first_place[m], m
        if m in first_person:
            return first_person[m], m
        a = next((a for a in st.actors if a.i == m), None)
        if a is not None:
            return (a.actor, m) if a.kind.startswith(("ORG", "STATE>", "COUNTRY")) else None
    return None


def _where(named: list[Entity]) -> tuple[str, str | None] | None:
    """(country, its one place or None) the sentence places the attack in: one country,
    that of its places and of the countries it names."""
    isos = {e.id if e.type == "COUNTRY" else e.country for e in named if e.type in ("COUNTRY", "PLACE")}
    if len(isos) != 1 or None in isos:
        return None
    places = {e.id for e in named if e.type == "PLACE"}
    return isos.pop(), places.pop() if len(places) == 1 else None


def _own_country(hit: tuple[str, int] | None, entities: list[Entity]) -> tuple[str, None] | None:
    """(country, None) of an attack whose target the verb names, in a sentence that names no
    place or country: the target's own ("هجوما استهدف مقر المفوضية العليا للانتخابات X"). A
    state's forces place the attack only where the article names that state as a country
    (forces named by a word alone, "قوات النظام", place none)."""
    if not hit or is_state_id(hit[0]) and not any(e.id == hit[0] for e in entities):
        return None
    iso = implied.actor_country(hit[0], entities)
    return (iso, None) if iso else None


def _bare_article(w: str) -> str:
    """A word without its conjunction, preposition and article ("وللطيران" → "طيران")."""
    return without_prefix(w, BARE_PREFIXES)


BARE_PREFIXES = ("ولل", "فلل", "وال", "فال", "بال", "لل", "ال", "و", "ب", "ل")  # before the nouns of AIRCRAFT, MEMBERS, CONTROL


def struck_pair(h, doc, st) -> tuple[str, str] | None:
    """(country, target) of an attack noun told as having struck, no one named who struck:
    the subject of a verb of striking or exploding; the target what the verb names as hit,
    else where the sentence places it. None when a side stands where it may be the author
    (on or after the attack noun, or before it with no reporting "أن" between), or the
    sentence tells a claim, an agent, an accident or a foiled plot."""
    norms = doc.norms
    if unclaimed.verbal(h, norms) or not _strikes(h) or not BARS.isdisjoint(attack_cues.cue_kinds(norms)[st.ti:st.tj]):
        return None
    return _struck(h, doc, st)


def _struck(h, doc, st) -> tuple[str, str] | None:
    """struck_pair of an attack noun of striking (apart from its gate: the names its
    generators read are closure cells, made on each call of the function that holds them)."""
    norms, cues = doc.norms, violence.load_cues()
    if any(a.actor.startswith(unclaimed.ATTACKERS) for a in st.actors):
        return None  # named attackers: core.events.unclaimed.attack_pair's
    verb = _verb_at(h, norms, cues, {a.i for a in st.actors}, {a.i for a in st.actors if a.kind.startswith("PLACE")}, st.tj)
    return None if verb is None else _struck_by(h, doc, st, *verb)


def _struck_by(h, doc, st, k: int, kind: str) -> tuple[str, str] | None:
    """_struck past its first gate, a verb of striking ``k`` found (apart: most calls end
    there, before the closure cells of the generators below are made)."""
    norms = doc.norms
    if k > st.ti and violence._bare(norms[k - 1]) in NEGATIONS:
        return None  # "الضربات لم تستهدف ...": denied
    first_place = {i: pid for i, _, pid in doc.named_spans()["PLACE"]}
    first_person = {i: pid for i, _, pid in doc.named_spans()["PERSON"]}
    # what a device that went off hit is where it went off ("عبوة زرعتها ميليشيا X": its planter)
    hit = None if kind == BLAST else _hit_after(max(k, h.j - 1), doc, st, first_place, first_person)
    named = [e for e in doc.entities if any(st.start <= m.start < st.end for m in e.mentions)]
    where = _where(named) if any(e.type in ("COUNTRY", "PLACE") for e in named) else _own_country(hit, doc.entities)
    if where is None or hit is None and where[1] is None and not any(a.actor == where[0] for a in st.actors):
        return None  # no target, no place, and the country not named: where it struck is not said
    target = hit[0] if hit else where[1] or where[0]
    after = hit[1] if hit else max(k, h.j - 1)
    if any(_bare_article(w) in AIRCRAFT and w[:1] != "ب" for w in norms[st.ti:h.i] + norms[h.j:st.tj]):
        return None  # "القصف ... مع غارات للطيران الحربي": a state's aircraft struck, whosever
    # "أعلنت X أن هجوما": X reports; "أدانت X الهجوم الذي": X mourns or condemns (and all before)
    deplored = "deplore" in attack_cues.cue_kinds(norms)[st.ti:h.i] or any(
        w in SHOCK and norms[k - 1] == "عن" for k, w in enumerate(norms[st.ti:h.i], st.ti))
    reported = h.i if deplored else max((i for i in range(st.ti, h.i) if norms[i] in REPORTED), default=-1)
    place_ends = {m.end for e in named if e.type == "PLACE" for m in e.mentions}
    # a reporter is no author, unless an armed body ("أعلن الجيش X أن عبوة استهدفت دبابة"): the one hit;
    # a country taken for where must be named as where ("في X"), not as who ("تنفذ X قصفا طال ...")
    others = [a for a in st.actors if not (hit and a.actor == target) and not (a.i < reported and not a.kind.startswith(ARMED))
              and not (a.i > st.ti and _bare_article(norms[a.i - 1]) in CONTROL)]  # "الخاضعة لسيطرة X": where
    if not unclaimed._only_where([a for a in others if a.i > after or a.i < h.i or a.actor == target], norms, place_ends):
        return None
    if any(h.i <= a.i <= after and a.actor != target and not a.kind.startswith(("PLACE", "UNNAMED")) for a in others):
        return None  # "غارة إسرائيلية استهدفت": its author
    return where[0], target
