"""Accusing verbs read in the passive: in "اعتقلت السلطات خمسة أشخاص اتهموا بالتجسس" or
"وكان التنظيم قد اتهم بتفجير المسجد" the charge follows the verb at once, with no object
between: the verb is "اُتُّهموا"، "اُتُّهم", its subject is the accused, and the accuser
is not named. No actor of the sentence accuses anyone there. So with a noun of accusing
or convicting whose pronoun is the accused and whose charge follows it ("بعد إدانته
بالتآمر"، "إثر اتهامها بدعم الإرهاب"): the accuser is no actor the sentence names near it.
"""
from __future__ import annotations

import re

from core.events import constructions, violence
from core.events.roles import PASSIVE_AUX as SUBJECTLESS_AUX
from core.events.stated import Stated
from core.events.asides import asides
from core.events.named_only import without_named_only
from core.events.reading_cues import related
from core.events.triggers import word_keys
from core.events.turned import turned_to_source
from core.text import mark_before

ACCUSING = re.compile(r"^[وف]?(?:ا|ي|ت)?تهم(?:ت|ا|وا|ون|ان|ن)?$")  # "اتهم"، "تتهم"، "اتهموا"; no object pronoun
PLURAL = ("وا", "ون", "ن")  # "اتهموا بـ": a plural subject dropped could be no ب-word after it
DEFINITE_CHARGE = ("بال", "بان")  # "بالتجسس"، "بأنه"
# ب-words that are no charge: "اتهمت بدورها إيران"، "اتهم بشدة"، "اتهم بعد القمة"
NO_CHARGE = frozenset({"بدوره", "بدورها", "بدورهم", "بشده", "بقوه", "بوضوح", "بعد", "بين", "بالمقابل", "بالمثل",
                       "بالتالي", "بالفعل", "بالامس", "بالاضافه", "به", "بها", "بهم", "بذلك", "بدوري"})


def _charge(word: str, plural: bool, trig) -> bool:
    """A ب-word that names what someone is accused of: any after a plural verb (its subject
    cannot be a ب-word), else a definite noun or "بأن", or a verbal noun the trigger lexicon
    knows ("بتفجير"، "بدعم"), not a subject ("بيان"، "بعض")."""
    if not word.startswith("ب") or word in NO_CHARGE:
        return False
    if plural or word.startswith(DEFINITE_CHARGE):
        return True
    return any(k in trig.by_first for k, clitics in word_keys(word).items() if clitics)


def passive_accusation(doc, st, h) -> bool:
    """The accusing verb at ``h`` is followed at once by its charge, with no actor between
    ("يتهمون بلاده بدعم": "بلاده" is the accused, named)."""
    verb = doc.norms[h.i]
    if (h.j != h.i + 1 or not h.verbal or not ACCUSING.match(verb) or h.j >= st.tj or h.j in doc.in_entity
            or any(a.i == h.j for a in st.actors)):
        return False
    return _charge(doc.norms[h.j], verb.endswith(PLURAL), doc.trig)


CHARGED_NOUN = re.compile(r"^(?:[وفبل]|ب?ال|ل?ل)?(?:ادانت|اتهام)(?:ه|ها|هم|هما)$")  # "إدانته"، "واتهامها"، "لاتهامهم"
CONVICTOR = ("من", "قبل")  # "بعد إدانته من قبل روسيا بتسريب": the court's state, the man convicted


def accused_noun(doc, st, h) -> bool:
    """A noun of accusing or convicting that carries the accused as its pronoun and is
    followed by the charge ("إدانته بالتآمر"، "اتهامها بدعم") or by who convicted ("من قبل")."""
    if h.verbal or h.j != h.i + 1 or h.j >= st.tj or not CHARGED_NOUN.match(doc.norms[h.i]):
        return False
    nxt = doc.norms[h.j]
    if nxt == CONVICTOR[0] and h.j + 1 < st.tj and doc.norms[h.j + 1] == CONVICTOR[1]:
        return True
    return not any(a.i == h.j for a in st.actors) and h.j not in doc.in_entity and _charge(nxt, False, doc.trig)


CHARGE_WORDS = frozenset({"بتهمه", "بتهم", "بتهمتي", "وبتهمه", "بجريمه", "بجرائم"})  # normalised: "بتهمة التجسس"


def charge_content(doc, h) -> bool:
    """An act noun right after "بتهمة" ("سجن بتهمة التجسس لصالح X"، "دعوى بتهمة دعم
    منظمات"): the charge, what is alleged, not an act the sentence tells. No verb follows
    "بتهمة": a word spelt as a past verb there ("بتهمة دعم"، "بتهمة قتل") is its verbal noun."""
    return h.i > 0 and doc.norms[h.i - 1] in CHARGE_WORDS  # a verb's spelling there is its noun: "بتهمة دعم"


BENEFIT_WORDS = frozenset({"لصالح", "لحساب", "لمصلحه", "لفائده"})  # normalised: "التجسس لصالح إيران"
# acts on a person's body: who he served is not arrested or hit with him; an accusation of
# working for a state accuses that state, and aid withheld "لصالح X" sanctions X
HOSTILE = frozenset({"COERCE", "ASSAULT"})
# a conviction or an accusation of belonging to a group ("إدانتها بالانتماء إلى تنظيم X"، "اتهمه
# بالانتماء لجماعة X"): the group is what the accused belongs to, not who is accused
MEMBERSHIP_TYPES = frozenset({"ACCUSE"})


def no_beneficiaries(doc, st, h, pairs: list) -> list:
    """An arrest's or an attack's pairs less those with a side named only as whom the
    charged or fought act served ("اعتقل X بتهمة التجسس لصالح إيران"، "يقاتل لصالح
    التنظيم"): Iran is not arrested there; nor one named only in the charge after it. An
    accusation's pairs less those with a side named only as what the accused belongs to."""
    if not pairs or h.form.type not in MEMBERSHIP_TYPES and h.form.type not in HOSTILE:
        return pairs
    return _no_beneficiaries(doc, st, h, pairs)


def _no_beneficiaries(doc, st, h, pairs: list) -> list:
    """no_beneficiaries past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    norms = doc.norms
    if h.form.type in MEMBERSHIP_TYPES:
        kept = without_named_only(pairs, st.actors, lambda a: _in_membership(norms, h, a.i))
        if len(kept) < len(pairs):
            related(doc, st, pairs)  # the sentence has still related them: no later act inherits them
        return kept
    if h.form.type not in HOSTILE:
        return pairs
    return without_named_only(pairs, st.actors, lambda a: a.i > 0 and norms[a.i - 1] in BENEFIT_WORDS
                              or _in_charge(norms, h, a.i))


CHARGE_REACH = 4  # words from "بتهمة" to a side its charge names ("بتهمة الانتماء إلى جماعة X")
MEMBERSHIP = "membership"  # construction_cues.tsv: "بانتمائهم"، "لتنظيم": what the arrested belong to


def _in_charge(norms: list[str], h, i: int) -> bool:
    """The word at ``i`` is in the charge of an arrest or a sentence told after its trigger
    ("اعتقلت X ناشطا بتهمة دعم جماعة Y"): Y is what he is charged with serving, not whom X
    arrests; so with a suspicion of membership ("يشتبه بانتمائهم لتنظيم Y")."""
    return any(norms[k] in CHARGE_WORDS or constructions.kind(norms[k]) == MEMBERSHIP
               for k in range(max(h.j, i - CHARGE_REACH), i))


def _in_membership(norms: list[str], h, i: int) -> bool:
    """The word at ``i`` follows, within reach and after the trigger, a word of belonging
    ("بالانتماء إلى تنظيم X"، "لانتمائه لجماعة X")."""
    return any(constructions.kind(norms[k]) == MEMBERSHIP for k in range(max(h.j, i - CHARGE_REACH), i))


PASSIVE_AUX = SUBJECTLESS_AUX | {"وتم", "ويتم", "وجري"}  # normalised: "تم تصنيف"
AGENT_LEADS = {"قبل": "من", "جانب": "من", "طرف": "من", "يد": "علي"}  # "من قبل X"، "من جانب X"، "على يد X"
AGENT_REACH = 8  # words from the trigger to its agent phrase ("تم تصنيف حركة X منظمة إرهابية من قبل Y")
BREAKS = violence.PAUSES  # a break or a quote: the agent is another act's


def passive_agent(doc, st, h) -> str | None:
    """The actor an agent phrase names after a verbal noun made passive by "تم"/"جرى" ("تم
    تصنيف X منظمة إرهابية من قبل Y"), with no clause break or quote between but an aside
    on the object ("تم تصنيف X، التي ...، منظمة إرهابية من قبل Y"). Not after a verb:
    unvowelled, a passive one reads as an active one, whose object noun may own the phrase
    ("نددت بالتطهير الإثني من جانب X": X cleanses, the banners condemn)."""
    norms = doc.norms
    if h.verbal or not (h.i > st.ti and norms[h.i - 1] in PASSIVE_AUX):
        return None
    at = {a.i: a.actor for a in st.actors}
    skip = {}  # a loop, not a comprehension: no closure cell
    for _, k, close in asides(doc, st):
        if k > h.j:
            skip[k] = close
    k, words = h.j + 1, 0
    while k < st.tj - 1 and words < AGENT_REACH:
        if k in skip:
            k = skip[k]  # past the aside, to the word after its closing comma
            continue
        if mark_before(doc.toks, doc.nt.original, k, BREAKS) and k not in skip.values():
            return None
        if AGENT_LEADS.get(norms[k]) == norms[k - 1] and k + 1 in at:
            return at[k + 1]
        k, words = k + 1, words + 1
    return None


def agent_sources(doc, st, h, pairs: list) -> list:
    """Directed pairs with a passive's agent as their source: the rules read the agent
    phrase so (roles._rule_agent_phrase), but the role model, which weighs an actor after
    the object as an object, may turn the pair round ("تم تصنيف X ... من قبل الولايات
    المتحدة" is the United States' designation of X). Applied after the model."""
    if not pairs:
        return pairs
    agent = passive_agent(doc, st, h)
    return turned_to_source(pairs, agent) if agent is not None else pairs


def stated_agent(doc, st, h, roles, pairs: list) -> list:
    """The rules' one directed pair of a passive's agent phrase ("تم تصنيف X منظمة إرهابية
    من قبل Y": Y acts on X) as a stated pair: the construction names who acts outright,
    and the role model, which has few such phrases to learn from, drops the pair as often
    as it turns it round (``agent_sources``)."""
    if not roles or len(roles[0]) != 1 or len(roles[1]) != 1 or len(pairs) != 1 or not pairs[0][1]:
        return pairs
    if passive_agent(doc, st, h) != roles[0][0]:
        return pairs
    return [(Stated(p), d) for p, d in pairs]
