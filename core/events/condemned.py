"""Sides of an attack that a sentence condemns, mourns or regrets.

News tells most attacks through the reactions to them: "أدانت تركيا مقتل جنود
باكستانيين"، "قدمت مصر تعازيها في مقتل ..."، "أبدت إسرائيل أسفها على مقتل ...". Who
condemns or mourns is no side of the attack (deplorers), and the accusation a
condemnation makes falls on the attack's author, never on its victims or the place it
hit (victims_not_accused): Pakistan is not accused for its soldiers killed, nor Saudi
Arabia for the missiles fired at it. The words are data (violence_cues.tsv, kind
deplore); the attack nouns are the trigger table's ASSAULT and COERCE forms.
"""
from __future__ import annotations

from core.cue_words import first_cue_kind
from core.events import attack_sides, filter_gates, violence  # the attack rules whose words and marks these read
from core.events.clauses import verb_after_comma
from core.events.roles import _pair_key
from core.events.triggers import GAP, load_triggers, word_keys
from core.text import COMMAS, clitic_variants, mark_before

DEPLORE = "deplore"  # violence_cues.tsv: a word of condemning, mourning or regretting
ACT_TYPES = frozenset({"ASSAULT", "COERCE"})
DEPLORE_REACH = 8  # words from the deploring word to the attack noun ("أدان قادة كل من فرنسا وألمانيا والولايات المتحدة الهجوم")
ACT_REACH = 8  # the same, from an accusing trigger
STOPS = (".", "؛", ";", ":", "(", ")", "!", "؟", "?")  # marks that end the deploring phrase; commas set off asides
# words after an attack noun that make the actor after them the one hit, where it was hit,
# or a partner, never the author ("إطلاق صواريخ صوب السعودية"، "هجوم وقع في مدينة X")
NOT_AUTHOR = frozenset({"بحق", "صوب", "تجاه", "داخل", "تستهدف", "يستهدف", "وقع", "وقعت", "تعرضت", "تعرض",
                        "تعرضوا"})
VICTIM_NOUNS = frozenset({"مقتل", "مصرع", "اصابه", "اغتيال", "استشهاد", "وفاه", "قتل", "اختطاف"})  # what follows them was hit
OWN_PRONOUNS = ("ها", "ه", "هم")  # "التي شنتها X"، "التي تقوم بها X": the relative verb's pronoun, its subject after it


PHRASE_SLACK = 2  # extra words a phrase's later words may stand in ("إطلاق النار العشوائي"، "إطلاق سبعة صواريخ")


def attack_at(norms: list[str], k: int) -> bool:
    """Whether an attack or a repression noun stands at token k: a noun of the trigger
    table's ASSAULT or COERCE forms whose later words follow it ("مقتل"، "إطلاق ... صواريخ"،
    "حملة اعتقالات"), or a noun of killing ("قتل"، "مصرع")."""
    rests = _act_rests(norms[k])
    if rests is True:
        return True
    for rest in rests:  # a loop: a generator's names would be cells of every call
        if _rest_follows(norms, k, rest):
            return True
    return False


def _act_rests(word: str) -> tuple | bool:
    """True for a noun of killing; else the later words of each ASSAULT or COERCE noun form
    the word begins, in the table's order (most words: none). A reading of the word alone,
    kept per word: an article asks it of the words after each of its accusations."""
    trig, memo = load_triggers(), _RESTS
    if memo[0] is not trig or len(memo[1]) >= MAX_RESTS:
        memo[0], memo[1] = trig, {}
    got = memo[1].get(word)
    if got is None:
        if _bare_noun(word) in VICTIM_NOUNS:
            got = True
        else:
            got = _rests_of(trig, word)
        memo[1][word] = got
    return got


def _rests_of(trig, word: str) -> tuple:
    """_act_rests of a word met the first time, apart so that the memo's hits make no
    closure cell for the generator here."""
    return tuple(t.tokens[1:] for flag in (False, True) for key, _ in trig.first_keys(word, flag)
                 for t in trig.by_first[key] if t.type in ACT_TYPES and not t.verbal)


MAX_RESTS = 20000  # words kept; past it the memo starts again (a worker reads for days)
_RESTS: list = [None, {}]  # (the trigger table the readings were made of, word → _act_rests)


def _rest_follows(norms: list[str], k: int, rest: tuple[str, ...]) -> bool:
    """A phrase's later words (past its gaps) in order within reach after token k."""
    words = [w for w in rest if w != GAP]
    at = k + 1
    for w in words:
        window = range(at, min(at + 1 + PHRASE_SLACK, len(norms)))
        at = next((m for m in window if w in word_keys(norms[m])), None)
        if at is None:
            return False
        at += 1
    return True


def _deploring_before(doc, i: int, ti: int) -> bool:
    """A word of condemning, mourning or regretting within reach before the attack noun at
    token i, in its sentence, with no mark ending a phrase between."""
    for k in range(i - 1, max(i - 1 - DEPLORE_REACH, ti - 1), -1):
        if mark_before(doc.toks, doc.nt.original, k + 1, STOPS):
            return False
        if first_cue_kind(doc.norms[k], violence.load_cues()) == DEPLORE:
            return True
    return False


def answering_word_at(doc, st, h, reach: int, is_cue, stops=frozenset()) -> int | None:
    """The token of the nearest word ``is_cue`` accepts within ``reach`` words before the
    trigger, with no sentence mark, comma, verb trigger or word of ``stops`` between: the
    verb that governs a noun trigger in its own phrase ("أدانت X نقل السفارة"، "رفضت X طلب
    Y"); a verb or a comma between opens another clause (core.events.deplored_acts,
    responses)."""
    marks = STOPS + COMMAS
    for k in range(h.i - 1, max(h.i - 1 - reach, st.ti - 1), -1):
        if mark_before(doc.toks, doc.nt.original, k + 1, marks) or doc.norms[k] in stops:
            return None
        if is_cue(doc.norms[k]):
            return k
        if k in doc.verbal_at:
            return None
    return None


def deplorers(doc, st, h, pairs: list) -> list:
    """An attack noun's pairs less those whose source is named only before a word that
    condemns, mourns or regrets it ("قدمت مصر تعازيها في مقتل"، "أدانت قطر إطلاق"): the
    one who deplores an attack made none; an author named after the noun ("الهجوم
    الحوثي") stays."""
    if h.form.type not in ACT_TYPES or h.verbal or not _deploring_before(doc, h.i, st.ti):
        return pairs
    return _deplorers(doc, st, h, pairs)


def _deplorers(doc, st, h, pairs: list) -> list:
    """deplorers past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    after = {a.actor for a in st.actors if a.i >= h.j}
    before = {a.actor for a in st.actors if a.j <= h.i}
    return [(p, d) for p, d in pairs if not (d and p[0] in before and p[0] not in after)]


def condemned_sides(doc, st, h, pairs: list) -> list:
    """A trigger's pairs less the deplorers of an attack as its authors and its victims as
    the accused. The sentence has told an act all the same: the pairs taken out count as
    told (the role model need not relax for the triggers after it, core.events.learned.RELAX)."""
    if not pairs:
        return pairs
    kept = victims_not_accused(doc, st, h, deplorers(doc, st, h, pairs))
    if not kept:
        st.pairs.update(_pair_key(p) for p in pairs)
    return kept


def _act_after(h, doc, tj: int) -> int | None:
    """The token of the attack noun an accusation condemns, within reach after it."""
    norms, toks, text = doc.norms, doc.toks, doc.nt.original
    for k in range(h.j, min(h.j + ACT_REACH, tj)):
        if k > h.j and (mark_before(toks, text, k, STOPS) or verb_after_comma(toks, doc.nt, k)):
            return None
        if attack_at(norms, k):
            return k
    return None


AGENT_KINDS = ("agent", "agent_after_من", "agent_after_علي")  # "برصاص"، "من قبل"، "على يد"، "شنتها"


def _agent_mark(norms: list[str], k: int) -> bool:
    """An agent phrase at token k: "برصاص"، "من قبل"، "على يد"، "التي شنتها"، "التي تقوم بها"."""
    kind = first_cue_kind(norms[k], violence.load_cues())
    if kind in AGENT_KINDS:
        return kind == "agent" or k > 0 and norms[k - 1] == kind.rsplit("_", 1)[1]
    return norms[k] in violence.RELATIVES and bool(
        norms[k + 1:k + 2] and norms[k + 1].endswith(OWN_PRONOUNS) or norms[k + 2:k + 3] in (["بها"], ["به"], ["بهم"]))


def _not_author_mark(w: str) -> bool:
    """A word after which the actor is the one hit, the place or a partner ("على"، "صوب"،
    "في"، "مع"، "التي استهدفت")."""
    return (first_cue_kind(w, violence.load_cues()) == "against" or violence._bare(w) in attack_sides.NOT_SUBJECT
            or w in NOT_AUTHOR)


def _author_side(norms: list[str], act: int, a, agent_marks: list[int]) -> bool:
    """Whether the actor a, named after the attack noun at token act, is the attack's
    author: after an agent phrase or a لـ of the agent, in construct with a noun of doing,
    or its adjective ("الهجوم الحوثي"); not after a word of the one hit or of the place,
    not after a noun of the killed ("مقتل جنود باكستانيين"), not before an agent phrase
    named later ("استهداف المدنيين الفلسطينيين من قبل قوات X")."""
    if any(act < m <= a.i for m in agent_marks):
        return True
    if any(_not_author_mark(norms[k]) for k in range(act + 1, a.i)):
        return False
    first = norms[a.i]
    if first.startswith(("لل", "ول")) or first[:1] == "ل" and not first.startswith("ال"):
        return True  # "للنظام الإيراني": the agent of a noun of doing
    if first[:1] == "ب" and not first.startswith("بين"):
        return False  # "بالسعودية": where it fell
    return not any(m > a.i for m in agent_marks) and _bare_noun(norms[act]) not in VICTIM_NOUNS


def _bare_noun(w: str) -> str:
    return next((stem for stem, _ in clitic_variants(w) if stem in VICTIM_NOUNS), w)


def _phrase_end(doc, act: int, tj: int) -> int:
    """The token after the attack noun's phrase: its first comma or stop, else the sentence's end."""
    return next((k for k in range(act + 1, tj) if mark_before(doc.toks, doc.nt.original, k, STOPS + COMMAS)), tj)


def victims_not_accused(doc, st, h, pairs: list) -> list:
    """An accusation's pairs less those whose target is named only as the one hit by the
    attack it condemns, or where it was hit ("أدانت تركيا مقتل جنود باكستانيين"، "أدانت X
    إطلاق صواريخ حوثية على السعودية": no accusation of Pakistan or Saudi Arabia). Only the
    attack noun's phrase is read: a side named after its comma is another clause's."""
    if h.form.type != "ACCUSE" or not filter_gates.directed_target_after(st, h, pairs):
        return pairs  # gate: the pairs dropped below are directed, their target named after the attack noun
    act = _act_after(h, doc, st.tj)
    return pairs if act is None else _not_victims(doc, st, pairs, act)


def _not_victims(doc, st, pairs: list, act: int) -> list:
    """victims_not_accused of an accusation of the attack noun at ``act`` (apart from its gates:
    the names its generators read are closure cells, made on each call of the function that holds them)."""
    norms, end = doc.norms, _phrase_end(doc, act, st.tj)
    marks = [k for k in range(act + 1, end) if _agent_mark(norms, k)]
    named = [a for a in st.actors if act < a.i < end]
    authors = {a.actor for a in named if _author_side(norms, act, a, marks)}
    victims = {a.actor for a in named} - authors  # hit wherever the phrase names them
    kept = {a.actor for a in st.actors if not act < a.i < end}
    return [(p, d) for p, d in pairs if not (d and p[-1] in victims and p[-1] not in kept)]
