"""Sides of an attack told further along its phrase than core.events.violence reads them.

The violence rules read the one hit within a few words of "على"/"ضد" and the one acting
in a few fixed constructions; news often puts more words between:

- the one hit as the nationality of the object, after the object's own words: "غارات
  على منشآت قيل إنها لأسلحة كيمياوية سورية"، "أطلقت صواريخ باتجاه الأراضي السورية"
  (further_target; every author of "شنت X وY وZ غارات" hits it, as violent_pairs reads them);
- the place hit after the object's words: "ضربات جوية ضد مواقع داخل مدينة X"، "قصف على
  مواقع متفرقة في مديرية X" (further_place: the target when no group or state is named,
  SCHEMA.md);
- the country a coalition strikes in, as core.events.violence reads it of a state
  ("الضربات الجوية التي نفذها التحالف في اليمن": coalition_hit_in);
- both sides of a noun of doing with its agent in construct and its object after "لـ":
  "مهاجمة قوات البحرية الإسرائيلية لسفينة X"، "قصف إسرائيل لغزة"، "استهداف التحالف
  لمواقع الحوثيين" (doer_and_object: without the "لـ" object the name after the noun is
  as often the one hit, "قصف سوريا");
- a person killed by an attack told after him: "مقتل X رئيس المجلس السياسي، إثر غارة
  للتحالف"، "مقتل القيادي X في غارة إسرائيلية" (killed_by: the attack's agent acts on
  the person named right after the killing noun);
- the subject before a verb of force, with those coordinated with it: "إن إيران أطلقت
  صواريخ"، "أمريكا وبريطانيا وفرنسا يقصفون" (subject_before);
- a town taken up by its head noun: "هجمات على البلدة" after "مدينة دوما" (place_anaphor).

Each reads one side the other rules already found, or a construction that names both,
so that an attack whose sides the text does state is not lost for being told at length.
Some sentences tell no attack by anyone named, whatever their words: denied reports
("نفى X تقارير عن ضربة": denied_report), any attack ("لأي هجوم": any_one), one whose
authors are sought ("تحديد المسؤول عن شن هجوم": unknown_author), a person's act on a
person ("ترامب شن هجوما على مولر": person_on_person). The words are data
(violence_cues.tsv: against, force, cause, object_stop, report_noun, denial, author,
seeking).
"""
from __future__ import annotations

from core.events import armed, attack_cues, violence  # the rules these read further than (imported by it: attributes read at call time)
from core.events.triggers import DEFINITE, _verb_like
from core.events.actors import accusative_adjective
from core.lexicon import load_lexicon
from core.text import mark_before

OBJECT_REACH = 6  # words after "على"/"ضد" to the nationality or place of what was hit
KILLED_REACH = 12  # words between a killing noun and the attack it is told to have come from
PERSON_GAP = 1  # words between the killing noun and the person ("مقتل القيادي X")


def _kind(word: str) -> str | None:
    return violence.load_cues().get(violence._bare(word))


CLAUSE_MARKS = ("،", ",", ".", "؛", ";", ":", "(", ")")  # not quotes, which a name may stand in ("لسفينة "مرمرة"")


def _pause_before(toks, text: str, k: int) -> bool:
    """A mark ending a phrase between token k-1 and token k."""
    return mark_before(toks, text, k, CLAUSE_MARKS)


def _against_at(h, norms: list[str], tj: int) -> int | None:
    """The first word introducing the one hit ("على"، "ضد"، "باتجاه") within reach after
    the act, as violence.target_against finds it."""
    kinds = attack_cues.cue_kinds(norms)
    for k in range(h.i, min(h.j + violence.TARGET_REACH, tj)):
        if kinds[k] == "against":
            return k
    return None


def _object_words(h, norms: list[str], toks, text: str, tj: int):
    """The words of the object after the act's "على"/"ضد" (k+1 ...), up to a pause, a
    word that opens another phrase ("من قبل"، "بعد") or OBJECT_REACH words."""
    k = _against_at(h, norms, tj)
    if k is None or _averted(h, norms):
        return
    for m in range(k + 1, min(k + 1 + OBJECT_REACH, tj)):
        if _pause_before(toks, text, m) or attack_cues.cue_kinds(norms)[m] == "object_stop":
            return
        yield m


def _averted(h, norms: list[str]) -> bool:
    """"أعلنت X إحباط هجوم على قاعدتها": a foiled attack, whose teller did not make it
    (as violence.place_struck_in reads it)."""
    return h.i > 0 and attack_cues.cue_kinds(norms)[h.i - 1] == "averted"


def _nationality(a, norms: list[str]) -> bool:
    """A nationality adjective, also one the entity pass read as a country's name
    ("منشآت ... سورية": Syrian)."""
    if a.kind == "ADJ":
        return True
    return a.kind.startswith("COUNTRY") and a.j == a.i + 1 and bool(load_lexicon().adjective_of(norms[a.i]))


def further_target(h, norms: list[str], toks, nt, actors: list, tj: int, sources: set[str]) -> str | None:
    """The nationality of the object an attack fell on, written after the object's own
    words: "على منشآت قيل إنها لأسلحة كيمياوية سورية". Only the first actor there, and
    only a nationality: a name so far on may be a place's or an owner's."""
    at = {a.i: a for a in actors if not a.kind.startswith("PAIR")}
    for m in _object_words(h, norms, toks, nt.original, tj):
        a = at.get(m)
        if a is None:
            iso = _people_of(norms[m])  # "استهدف موقعاً سورياً": the accusative, no actor of its own
            if iso:
                return iso if iso not in sources else None
            continue
        return a.actor if _nationality(a, norms) and a.actor not in sources else None
    return None


def _people_of(w: str) -> str | None:
    """ISO3 of a nationality adjective, also in the accusative ("سوريا" after a noun)."""
    lex = load_lexicon()
    return lex.adjective_of(w) or accusative_adjective(lex.adjective_of, w)


def further_place(h, norms: list[str], toks, nt, actors: list, places: list, tj: int) -> str | None:
    """The place an attack fell on, after the object's words: "ضد مواقع داخل مدينة X"
    (no actor between: one there is whose the object is)."""
    if not h.form.cameo.startswith(violence.STRIKES):
        return None
    starts = {i: pid for i, _, pid in places}
    named = {a.i for a in actors if not a.kind.startswith("PLACE")}
    for m in _object_words(h, norms, toks, nt.original, tj):
        if m in named or _people_of(norms[m]):
            return None  # an actor or a nationality says whose the object was ("موقعاً سورياً في Y")
        if m in starts:
            return starts[m]
    return None


def coalition_hit_in(src, norms: list[str], actors: list, tj: int, start: int) -> str | None:
    """The country a coalition's attack took place in ("الضربات الجوية التي نفذها التحالف
    في اليمن"), read as violence.state_hit_in reads a state's: a coalition of states is
    an organisation of the military kind that acts for no one state."""
    if src.kind != "ORG:military":
        return None
    for a in actors:
        if (start <= a.i < min(start + violence.TARGET_REACH, tj) and a.kind.startswith("COUNTRY")
                and a.actor != src.actor):
            if a.i > 0 and violence._bare(norms[a.i - 1]) == "في":
                return a.actor
    return None


ACTING_KINDS = ("COUNTRY", "STATE>", "ORG", "UNNAMED")  # a side in construct (not a place, a pair or an adjective)


def doer_and_object(h, norms: list[str], toks, nt, actors: list, places: list, tj: int) -> list[str] | None:
    """[agent, object] of an attack noun in construct with its agent and its object after
    "لـ": "مهاجمة قوات البحرية الإسرائيلية لسفينة X" (an armed body's word, "قوات"،
    "طائرات"، may come before the agent), "قصف إسرائيل لغزة". The object is the actor
    or place right after "لـ", or a nationality or a name on it within a few words
    ("لمواقع عسكرية سورية"، "لمواقع حركة X")."""
    if h.verbal or h.form.pos != "noun" or len(h.form.tokens) != 1 or h.form.cameo[:3] not in violence.ADJECTIVE_CAMEO:
        return None
    w, form = norms[h.i], h.form.tokens[0]
    if not w.endswith(form) or w[:len(w) - len(form)] not in violence.CONSTRUCT_PREFIXES or h.j >= tj:
        return None  # "الهجوم"، "قصفها": no construct
    at = {a.i: a for a in actors}
    k = h.j
    a = at.get(k)
    if a is None and attack_cues.cue_kinds(norms)[k] == "force" and k + 1 < tj:
        a = at.get(k + 1)  # "قوات البحرية الإسرائيلية": an armed body's word before the agent
        acting = a is not None and (a.kind.startswith(ACTING_KINDS) or a.kind == "ADJ")
    else:
        acting = a is not None and a.kind.startswith(ACTING_KINDS)
    if not acting or a.j >= tj:
        return None
    j = a.j
    while j in at and at[j].kind == "ADJ" and at[j].actor == a.actor:
        j = at[j].j  # "قوات البحرية الإسرائيلية": the agent's own adjective
    o = norms[j] if j < tj else ""
    if o[:1] != "ل" or o[:2] == "لا" or len(o) < 4 or _kind(o) == "object_stop" or _pause_before(toks, nt.original, j):
        return None
    target = _object_actor(norms, nt, toks, at, places, j, tj, a.actor)
    return [a.actor, target] if target and target != a.actor else None


def _object_actor(norms, nt, toks, at: dict, places: list, j: int, tj: int, agent: str) -> str | None:
    """The side the "لـ" object at token j names: an actor written there ("لإسرائيل"،
    "لسفينة X"), a place ("لمدينة X"), or the first actor within OBJECT_GAP words of
    the object ("لمواقع حركة X"، "لمواقع سورية"), not after a pause."""
    starts = {i: pid for i, _, pid in places}
    for m in range(j, min(j + violence.OBJECT_GAP, tj)):
        if m > j and _pause_before(toks, nt.original, m):
            return None
        a = at.get(m)
        if a is not None and not a.kind.startswith("PAIR"):
            return a.actor if a.actor != agent else None
        if m in starts:
            return starts[m]
    return None


def killed_by(h, norms: list[str], actors: list, persons: list, ti: int, sources: set[str]) -> str | None:
    """The person a killing noun names before an attack that is told as its cause: "مقتل
    X رئيس المجلس السياسي، إثر غارة للتحالف"، "مقتل القيادي X في غارة إسرائيلية". The
    attack comes right after a word of cause ("إثر"، "جراء"، "في"، "بـ"), the person
    right after the killing noun, and no other actor between them."""
    if not h.form.cameo.startswith(violence.STRIKES) or h.i <= ti:
        return None
    cause = attack_cues.cue_kinds(norms)[h.i - 1] == "cause" or norms[h.i][:1] == "ب" and h.form.tokens[0][:1] != "ب"
    if not cause:
        return None
    first = {i: (j, pid) for i, j, pid in persons}
    for k in range(h.i - 1, max(ti, h.i - KILLED_REACH) - 1, -1):
        if attack_cues.cue_kinds(norms)[k] != "victim_noun":
            continue
        for m in range(k + 1, k + 2 + PERSON_GAP):
            if m in first:
                end, pid = first[m]
                own = {a.actor for a in actors if m <= a.i < end} | {pid} | sources  # his office's body
                return None if any(end <= a.i < h.i and a.actor not in own for a in actors) else pid
        return None
    return None


SUBJECT_LINKS = frozenset({"قد", "لقد", "التي", "الذي", "الذين"})  # "X التي شنت"، "X قد قصفت": still its subject
BODY_WORDS = frozenset({"القوات", "الطائرات", "المقاتلات", "الطيران", "المدفعيه", "البحريه", "الجيش", "قوات",
                        "طائرات", "مقاتلات", "الحكومه", "السلطات"})  # "الطائرات الروسية قصفت": the adjective is whose


def subject_before(h, norms: list[str], toks, nt, actors: list, ti: int, persons: list = ()):
    """The subject written before a verb of armed force: "إن إيران أطلقت صواريخ"، "إسرائيل
    التي شنت غارات" (right before it, or before "قد"/"التي"); a nationality only after a
    word of armed bodies ("الطائرات الروسية قصفت"). Not before a verb of killing, which
    unvocalised is as often the passive ("جنديين قتلا": were killed), nor an actor after a
    preposition ("على إيران شنت") or named as the news' source, nor a person before "يهاجم"
    ("ترامب يهاجم X" attacks with words; ``persons``: the article's, violence.named_spans;
    a person's attack on a person is dropped by violent_pairs, person_on_person)."""
    if not h.form.cameo.startswith(violence.STRIKES) or not _verb_first(h, norms):
        return None
    return _subject_before(h, norms, toks, nt, actors, ti, persons)


def _subject_before(h, norms: list[str], toks, nt, actors: list, ti: int, persons) -> object | None:
    """subject_before of a verb of armed force (apart from its gate: the names its generators
    read are closure cells, made on each call of the function that holds them)."""
    end = h.i - 1 if h.i - 1 > ti and norms[h.i - 1] in SUBJECT_LINKS else h.i
    a = next((a for a in reversed(actors) if a.j == end and a.i >= ti and not a.kind.startswith("PAIR")), None)
    if a is None or any(c in nt.original[a.end:toks[h.i].start] for c in violence.PAUSES):
        return None  # "في حسابها بتويتر "دمر قصف ...": a quotation opens between
    if "هاجم" in h.form.tokens[0] and any(i <= a.i < j for i, j, _ in persons):
        return None  # "ترامب يهاجم X": a politician attacks with words
    if any(c in "بلك" for c in nt.original[toks[a.i].start:a.start]):
        return None  # "بتويتر"، "لإيران": governed by a preposition written on it
    before = violence._bare(norms[a.i - 1]) if a.i > ti else ""
    if a.kind == "ADJ":
        return a if before in BODY_WORDS else None
    if not a.kind.startswith(ACTING_KINDS) or before in NOT_SUBJECT or before in violence.ATTRIBUTION:
        return None
    return a


def _verb_first(h, norms: list[str]) -> bool:
    """The trigger is a verb, or a phrase written with a verb first ("أطلقت … صواريخ", whose
    first word the tables also list in a noun phrase)."""
    written, form = norms[h.i], h.form.tokens[0]
    if written[:1] in "بل" and form[:1] not in "بل" or "سقط" in form:
        return False  # "بشن"، "لشن": a verbal noun; "تسقط الدفاعات صواريخ": shot down over its own ground
    if h.verbal:
        return h.form.pos in ("verb_past", "verb_present", "phrase")
    return h.form.pos == "phrase" and not written.startswith(DEFINITE) and _verb_like(form, frozenset(), frozenset())


# words before an actor that make it a place, a partner or an object, not a subject
# words of a region of a country before its name ("بشمال العراق"، "شمالي سوريا"): where, not who
COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "بشمال", "بجنوب", "بشرق", "بغرب", "بوسط", "شمالي", "جنوبي",
                     "شرقي", "غربي"})
NOT_SUBJECT = frozenset({"في", "من", "الي", "علي", "عن", "مع", "بين", "ضد", "لدي", "نحو", "باتجاه"}) | COMPASS
# "معسكرات بشمال العراق يشن منها": where, not who


REPORT_REACH = 6  # words between a word of reports or claims and the attack noun ("تقارير عن ضربة جوية",
# "الأنباء التي تداولتها وسائل إعلام حول استهداف")


def denied_report(h, norms: list[str], ti: int) -> bool:
    """Whether the attack is the content of reports or claims the sentence denies before
    them: "نفى مسؤولون تقارير عن ضربة جوية"، "رفضت الوزارة ادعاءات بقصف ..." (the denial
    cue is far from the trigger for the modality's reach; the act is not told as done)."""
    kinds = attack_cues.cue_kinds(norms)  # each word's kind, once per article
    for k in range(h.i - 1, max(ti, h.i - 1 - REPORT_REACH) - 1, -1):  # a loop: no cell of kinds
        if kinds[k] == "report_noun":
            return "denial" in kinds[ti:k]
    return False


ANAPHOR_REACH = 300  # words back to "مدينة X" that "المدينة" takes up
SETTLEMENT = frozenset({"مدينه", "بلده", "قريه"})  # news calls one town by any of them ("مدينة دوما ... البلدة")
# a definite head noun → the heads written before the name of a place it may take up
PLACE_HEADS = {"المدينه": SETTLEMENT, "البلده": SETTLEMENT, "القريه": SETTLEMENT,
               "المحافظه": frozenset({"محافظه"}), "المخيم": frozenset({"مخيم"})}


def place_anaphor(h, norms: list[str], places: list, tj: int) -> str | None:
    """The place a definite head noun after "على"/"ضد" takes up: "هجمات جوية على البلدة" (the
    last "بلدة X" named before it), "هجوما على المدينة الساحلية" (the last "مدينة X"):
    the target when the text names no group or state as target (SCHEMA.md). Not when a
    name follows the head ("على مدينة X" is read as written)."""
    k = _against_at(h, norms, tj)
    if k is None or k + 1 >= tj or _averted(h, norms):
        return None
    head = PLACE_HEADS.get(violence._bare(norms[k + 1]))
    starts = {i for i, _, _ in places}
    if head is None or k + 2 in starts:
        return None
    before = [(i, pid) for i, _, pid in places if 0 < i < k and k - i <= ANAPHOR_REACH
              and _head_of(norms[i - 1]) in head]
    return max(before)[1] if before else None


def _head_of(word: str) -> str:
    """A head noun without its proclitics and article ("بمدينة"، "والمدينة" → "مدينه")."""
    w = violence._bare(word)
    for pre in ("بال", "لل", "ال", "ب", "ل"):
        if w.startswith(pre) and len(w) - len(pre) >= 3:
            return w[len(pre):]
    return w


AUTHOR_REACH = 4  # words between "المسؤول عن"، "منفذي" and the attack they are said of
HELD = frozenset({"المسؤول", "المسؤوله"})  # violence_cues.tsv "held": "X هي المسؤولة عن"، or sought


def unknown_author(h, norms: list[str], ti: int) -> bool:
    """Whether the attack is told as one whose authors are sought: "تحديد المسؤول عن شن
    هجوم"، "محاسبة المسؤولين عن الهجوم"، "كشف هوية منفذي الهجوم" (a word of seeking before
    the word for those responsible, within AUTHOR_REACH words before the act): no side the
    sentence names made it."""
    kinds = attack_cues.cue_kinds(norms)
    for k in range(h.i - 1, max(ti, h.i - AUTHOR_REACH) - 1, -1):
        if (kinds[k] == "author" or violence._bare(norms[k]) in HELD) and k > ti and (
                _seeking(norms[k - 1]) or k - 1 > ti and _seeking(norms[k - 2])):
            return True
    return False


def _seeking(word: str) -> bool:
    """A word of seeking the authors, also after "بـ"/"لـ" ("بتحديد"، "لمحاسبة")."""
    w = violence._bare(word)
    return _kind(w) == "seeking" or w[:1] in "بل" and _kind(w[1:]) == "seeking"


ANY = frozenset({"اي", "لاي", "باي", "لايه", "ايه", "بايه"})  # "للتصدي لأي هجوم": any one, none made


def any_one(h, norms: list[str]) -> bool:
    """Whether the attack noun is "any" attack ("للتصدي لأي هجوم تشنه X"): none is told."""
    return not h.verbal and h.i > 0 and violence._bare(norms[h.i - 1]) in ANY


def person_on_person(src, target: str, persons: list) -> bool:
    """A person named as the subject acting on a person: "ترامب قد شن هجوما على مولر" (with
    words), "أطلق X النار على عمه Y" (his own deed): the subject would stand for his state."""
    return (any(i <= src.i < j for i, j, _ in persons)
            and any(pid == target for _, _, pid in persons))


PEOPLE_REACH = 2  # words from a noun of unnamed people to the verb it is the subject of ("أربعة أشخاص اقتحموا")


def mission_owners(norms: list[str], actors: list) -> set[str]:
    """Actors the sentence names only as the owner of an embassy or consulate ("السفارة
    الإيرانية"، "سفارة إيران"): an attack on the mission falls on its state."""
    owners, other, kinds = set(), set(), attack_cues.cue_kinds(norms)
    for a in actors:
        mission = kinds[a.i] == "mission" or a.i > 0 and kinds[a.i - 1] == "mission"
        (owners if mission else other).add(a.actor)  # the mission's own mention, or its owner's
    return owners - other


CRAFT = frozenset({"craft", "armed_craft"})  # cue kinds of a craft ("الطائرات" is also an armed body)
ONE_CRAFT = "craft"  # the cue kind of one craft, never an armed body ("المقاتلة"، "السفينة")
CRAFT_GAP = 1  # words between the attack word and the craft: "على" ("الهجوم على السفينة X"), or one of the form's


def craft_owners(h, norms: list[str], actors: list) -> set[str]:
    """Actors named only as the nationality right after a craft an attack word hits
    ("إسقاط الطائرة الروسية فوق سوريا"، "استهداف السفينة الإيرانية"): the side hit, which
    made no attack; the craft as the subject ("قصفت الطائرات الروسية") stays the author's.
    One craft ("مقاتلة"، "الطائرة"; cue kind craft, not armed_craft, which may be the
    attack's own planes) names the side hit even where the sentence names it again
    ("العلاقات بين موسكو وأنقرة إثر إسقاط مقاتلة روسية")."""
    owners, other, hit = set(), set(), set()
    for a in actors:
        k = a.i - 1
        kind = attack_cues.cue_kinds(norms)[k] if k >= 0 else None
        craft = a.adjective and k >= h.j - 1 and k - h.j <= CRAFT_GAP and not h.verbal and kind in CRAFT
        (owners if craft else other).add(a.actor)
        if craft and kind == ONE_CRAFT:
            hit.add(a.actor)
    return owners - other | hit


def body_owners(h, norms: list[str], actors: list) -> set[str]:
    """Actors the sentence names only as the nationality of an armed body written with ل
    ("استهدفت X موقعا لقوات Y"، "مواقع للقوات Y"): what was hit was theirs, they made no
    attack. Not the agent of an attack noun written so ("الهجوم الكيماوي للنظام Y": lam_agent)."""
    owned = [a for a in actors if a.kind == "ADJ" and armed.armed_owner(norms, a.i, 0)]
    if not owned:
        return set()
    agent = violence.lam_agent(h, norms, actors)
    return {a.actor for a in owned if a is not agent} - {a.actor for a in actors if a not in owned or a is agent}


def not_authors(h, norms: list[str], actors: list) -> set[str]:
    """Actors the sentence names in ways that make them no author of the attack: only as
    the owner of an embassy or consulate (mission_owners) or of an armed body hit (body_owners), or anywhere but between a noun
    of unnamed people and the attack verb it is the subject of, or as a craft's (craft_owners) ("اعتقلت الشرطة X أشخاصا
    اقتحموا"، "قالت الشرطة إن شخصين هاجما": those people attacked, not the police's state)."""
    out = mission_owners(norms, actors) | craft_owners(h, norms, actors) | body_owners(h, norms, actors)
    if h.verbal:
        kinds = attack_cues.cue_kinds(norms)
        k = next((k for k in range(h.i - 1, max(h.i - 1 - PEOPLE_REACH, -1), -1) if kinds[k] == "people"), None)
        if k is not None:
            out |= {a.actor for a in actors} - {a.actor for a in actors if k <= a.i < h.i}  # "شبان فلسطينيون هاجموا"
    return out


def authors_only(h, norms: list[str], actors: list, pairs: list) -> list:
    """The directed pairs of an attack less those whose source is no author (not_authors);
    one whose source owns the mission and whose target may be an author is read backwards
    ("محتجون حاولوا اقتحام القنصلية X": the protesters attack X, not X them)."""
    barred = not_authors(h, norms, actors)
    if not barred:
        return pairs
    owners = mission_owners(norms, actors)
    out = []
    for p, d in pairs:
        if d and len(p) == 2 and p[0] in barred:
            if p[0] not in owners or p[1] in barred:
                continue
            p = type(p)(p[::-1])
        out.append((p, d))
    return out
