"""Events a verbal noun names without asserting: purposes, aims, topics, acts told before.

A verbal noun ("دعم"، "بحث"، "العقوبات") is an act the sentence asserts only when it is
not governed by a word that makes it something else:

- a purpose ("عقدت جلسة لبحث التصعيد الإسرائيلي"، "مؤتمر للمانحين لدعم الاقتصاد
  اللبناني"، "بهدف تنسيق الجهود"): what a meeting or a trip is for has not happened;
- an aim ("الاتفاق الذي يهدف إلى منع طهران من ..."، "خطوات تهدف إلى قطع التمويل"):
  the same, said of a plan or an agreement;
- a topic ("ناقشا دعم الجيش"، "ملف الانتهاكات الإيرانية"، "قضية الغارات"): what was
  discussed or reviewed, not what its sides did (nor the discussion's partners:
  "لبحث التصعيد الإسرائيلي" makes Israel no side of the talks);
- a basis ("بموجب اتفاق مع واشنطن"، "بناء على اتفاق مسبق"): an agreement named as the
  ground of another act, concluded before and told for that act's sake;
- a call's or a charge's content ("دعا إلى التنديد بـ..."، "طالبت بفتح تحقيق"،
  "اتهمت واشنطن بعرقلة التحقيق"): what is asked for has not happened, what is alleged
  is the accuser's word (the call or the accusation itself is the event);
- a demonstrative ("هذه العقوبات"، "تلك المناورات"): an act the article told before, whose
  restatement is optional at most and, told here, mostly between the wrong sides.

Verbs are left alone ("بحث الوزيران" is a meeting; "إلى ذلك، التقى": a verb after a
demonstrative; "لتسقط قوات النظام مقاتلة": a present verb after ل may tell what followed),
but "لبحث" with ل is a verbal noun whatever its shape; "تهدف" governs only what follows
إلى; the ل of a verb of undergoing or of a noun of exchange or breach names what befell or
what is acted on ("تعرضت لهجوم"، "تبادل لإطلاق النار"، "خرق لاتفاق").
The content of a call, a backing, a threat, a promise or a refusal right before the noun
("دعا البريطانيين لدعم رئيسة الوزراء"، "أيدت فرض عقوبات") is another event's business
(core.events.roles and the role model weigh it), so a purpose ل after such a trigger stays.
The cue words are data (data/lexicons/topic_cues.tsv).
"""
from __future__ import annotations

from importlib import import_module
from itertools import compress

from core import prepared
from core.events import affiliates, attack_authors, called_steps, claims, clauses, embassy_movers, jerusalem, raid_authors, readiness
from core.events import signatories, withdrawn_deals
from core.events.named_only import named_only
from core.events.roles import _pair_key
from core.events.triggers import DEFINITE, load_triggers
from core.lexicon import is_state_id, load_lexicon
from core.topics import topic_cues  # noqa: F401  (the event modules read it here)
from core.text import COMMAS, mark_before, normalize_for_match, RELATIVE_PRONOUNS, without_conjunction, without_prefix

HOPE = "hope"  # topic_cues.tsv kind: "أمله"، "الأمل"، "آملا"
PURPOSE_PREFIXES = ("ل", "ول", "فل")  # normalised proclitics of purpose before an indefinite noun
AIM_PREPOSITION = "الي"  # إلى, normalised
ANY = frozenset({"اي", "ايه", "لاي", "لايه", "باي", "بايه", "واي", "وايه"})  # "ضد أية دعاوى": any act, none made
GOAL_FORMS = frozenset({"للتوصل", "للوصول", "وللتوصل", "وللوصول"})  # "للتوصل إلى اتفاق": a goal, not reached
BASIS_PREPOSITIONS = ("علي", "الي")  # "بناء على"، "استنادا إلى", normalised
# triggers whose ل-complement is their content ("دعا لدعم"، "أيد لفرض"), not a purpose
CONTENT_OWNERS = frozenset({"REQUEST", "SUPPORT", "THREATEN", "AGREE", "REJECT"})
AGENT_TYPES = frozenset({"REQUEST", "SUPPORT", "AID"})  # nouns whose "ب... من X" names their author
AUTHOR_REACH = 4  # words between a noun and "الصادرة عن X"
ACCUSED_TYPES = frozenset({"ACCUSE", "REJECT"})  # their noun's relative clause names who is accused or refused
ACCUSED_REACH = 7  # words from such a noun to the relative clause of what it governs
CONTENT_REACH = 40  # characters between such a trigger and the noun it governs
LIST_REACH = 12  # words from a topic word to the last noun of the list it opens
LIST_BREAKS = frozenset(".:؛;\n")  # marks that end a list (a comma does not)
CLAUSE_BREAKS = LIST_BREAKS | {",", "،"}  # marks between a call and a clause of its own
CALL_PREPOSITIONS = ("الي", "علي")  # إلى، على, normalised: "دعا إلى"، "حث على"
CALL_REACH = 4  # words from a word of calling to its preposition ("دعت الولايات المتحدة جميع الأطراف إلى")
DISCUSSED_REACH = 7  # words between a verb of discussing and the act noun it discussed
# words between them that name with whom or where it was discussed ("مع الشيخ تميم"، "في قطر أيضا")
DISCUSSED_BREAKS = frozenset("،,.:؛\"«»()")  # marks between two words that end the discussed phrase
DISCUSSED_MEANS = frozenset({"سبل", "امكانيه", "كيفيه", "اليات", "طرق"})  # "بحث سبل إرساء هدنة"
DISCUSSED_FILLERS = frozenset({"مع", "في", "ايضا", "كذلك", "الشيخ", "الرئيس", "الملك", "الامير", "نظيره",
                               "نظيرته", "نظيرها", "نظرائه", "العاهل", "ولي", "العهد"})
TOPIC_KINDS = ("topic", "about")  # "about": a topic word after which an actor is spoken of (core.events.bystanders)
UNDERGO_KINDS = ("undergo", "befall")  # "befall": its subject is the target (core.events.bystanders)
UNDERGO_REACH = 6  # words between a verb of undergoing and its ل ("تعرضت السفارة المصرية في طرابلس لهجوم")


@prepared.table()
def named_by_place() -> frozenset[str]:
    """Normalised nouns of treaties and meetings that a place right after them names
    (topic_cues.tsv kind "named": "اتفاقية دبلن"، "قمة هلسنكي"، "اجتماع فيينا"): the place
    is where it was signed or held, no side of it."""
    return frozenset(c for c, kind in topic_cues().items() if kind == "named")


_bare = without_conjunction


def unasserted_noun(doc, st, h) -> str | None:
    """Why a verbal-noun trigger names an act the sentence does not assert ("purpose",
    "aim", "topic", "anaphor"), or None when nothing governs it so."""
    if h.i <= st.ti:
        return None
    if signatories.described(doc, h):
        return "description"  # "الدول الموقعة على الاتفاق": parties to it, no signing told
    if readiness.offered(doc, st, h):
        return "offer"  # "أبدى استعداده للدخول في محادثات": talks offered, not held
    cues, norms = topic_cues(), doc.norms
    # a present verb after ل may tell what followed ("لتسقط قوات النظام مقاتلة"، "ليصل العدد"):
    # only a noun, or a past verb's shape that ل makes a noun ("لبحث"), is a purpose
    if (not _present_verb(h) and _purpose_prefix(doc, h) and not _content_of_previous(doc, st, h)
            and not any(_undergoes(_bare(w), cues) for w in norms[max(st.ti, h.i - UNDERGO_REACH):h.i])):
        return "purpose"  # ل before a past form makes a verbal noun ("لبحث"), before a present one a purpose ("ليبحث")
    if _called_for(doc, st, h, cues) or called_steps.called_through_step(doc, st, h, cues):
        return "content"  # "دعا إلى التنديد"، "طالبت بفتح تحقيق": what is asked for has not happened
    if not h.verbal and prospective(doc.norms, h, st.tj, cues):
        return "prospect"  # "القمة المرتقبة"، "المتوقع مناقشتها": an act still to come
    if norms[h.i] in GOAL_FORMS:
        return "purpose"  # "للتوصل إلى اتفاق" read as the verb "توصل إلى اتفاق": the goal
    prev = norms[h.i - 1]
    if not h.verbal and _hoped_for(norms, h, st, cues):
        return "purpose"  # "أعرب عن أمله في تحسين العلاقات"، "الأمل بسحب القوات": hoped for, not done
    if not h.verbal and (prev in ANY or prev == AIM_PREPOSITION and h.i - 2 >= st.ti and norms[h.i - 2] in GOAL_FORMS):
        return "purpose"  # "حصانة ضد أية دعاوى": any, none made; "جولة للوصول إلى اتفاق": a goal
    kind = _kind(prev, cues)
    # what follows إلى, بهدف or ملف is a noun whatever its shape ("تهدف إلى قطع التمويل")
    if kind in ("purpose", *TOPIC_KINDS) or kind == "anaphor" and _definite_noun(h, norms[h.i]):
        return kind  # a demonstrative before an indefinite noun is a subject: "هذه مهزلة" accuses
    if kind == "basis" and not h.verbal:
        return kind  # "في إطار الاتفاق": an agreement named as the ground of another act
    if h.i - 2 < st.ti:
        return None
    if prev == AIM_PREPOSITION and _kind(norms[h.i - 2], cues) == "aim":
        return "aim"
    if not h.verbal and prev in BASIS_PREPOSITIONS and _kind(norms[h.i - 2], cues) == "basis":
        return "basis"  # "بناء على اتفاق مع روسيا"، "استنادا إلى اتفاق": the ground of another act
    if prev == "من" and _kind(norms[h.i - 2], cues) == "stance":
        return "topic"  # "موقفه من الاتفاق النووي"
    if (doc.nt.original[doc.toks[h.i].start:h.start][:1] == "و" and not _inflected_verb(h)
            and _listed_topic(doc, st, h, cues)):
        return "topic"  # "استعرضا الأوضاع في المنطقة، ودعم لبنان": one more topic of the list
    if h.verbal:
        return None  # "في قضية منفصلة أخلي سبيل ...": a verb two words after a topic word is a clause of its own
    if _kind(norms[h.i - 2], cues) in TOPIC_KINDS and _construct(prev, h.i - 1, doc):
        return "topic"  # "بحث سبل تعزيز التعاون"، "لمناقشة شروط التهدئة": the topic's own noun between
    return "topic" if _discussed_with(doc, st, h, cues) else None


def _discussed_with(doc, st, h, cues: dict[str, str]) -> bool:
    """The verbal noun is the object of a verb of discussing, past whom it was discussed
    with ("ناقشا مع السيسي تعزيز التعاون"، "بحثا في قطر أيضا مع الشيخ تميم تعزيز
    التعاون") or past a noun of means and one construct noun ("بحث سبل إرساء هدنة"); a
    noun after خلال or another preposition is no object ("يبحث الرئيس خلال الزيارة")."""
    norms, text, toks = doc.norms, doc.nt.original, doc.toks
    construct, partner, means = 0, False, False
    for k in range(h.i - 1, max(st.ti, h.i - 1 - DISCUSSED_REACH) - 1, -1):
        if not DISCUSSED_BREAKS.isdisjoint(text[toks[k].end:toks[k + 1].start]):
            return False
        w = norms[k]
        if _kind(w, cues) == "topic" and k < h.i - 1:
            return partner or means
        partner = partner or w == "مع"
        means = means or w in DISCUSSED_MEANS
        # an actor's word: asked last, of the actors themselves (no set of their words made per trigger)
        if partner or w in DISCUSSED_FILLERS or w in DISCUSSED_MEANS or any(a.i <= k < a.j for a in st.actors):
            continue  # past "مع": the subject's words ("ناقش الوزير الأمريكي مع السيسي")
        construct += 1
        if construct > 1 or not _construct(w, k, doc) or k != h.i - 1:
            return False  # "سبل إرساء": one construct noun right before the act noun
    return False


def _called_for(doc, st, h, cues: dict[str, str]) -> bool:
    """The noun is what a call or a demand asks for: governed by إلى، على or ب, with a word of
    calling (data/lexicons/topic_cues.tsv, kind "call") at most CALL_REACH words before and no
    mark of a new clause between ("دعت الأطراف إلى وقف القتال"، "طالبت إيران بالإفراج عن")."""
    tok = doc.toks[h.i]
    prefix = normalize_for_match(doc.nt.original[tok.start:h.start])
    if not prefix and _kind(doc.norms[h.i - 1], cues) in ("back", "need") and not doc.norms[h.i].startswith("ال"):
        # the object of a backing or a need is a verbal noun, whatever its shape ("أهمية تعاون");
        # a definite one may name an act done ("تعارض الضربات الغربية على سوريا")
        _backing_as_demand(doc, st, h)
        return True  # "أيدت فرض عقوبات"، "ضرورة مساندة الدوحة": the sanction is not imposed, the backing not given
    if _present_verb(h):
        return False  # "دعا الأطراف إلى أن تتفق": a clause of its own, for the modality rules
    return governed_by_call(doc, st, h.i, prefix, cues)


def governed_by_call(doc, st, i: int, prefix: str, cues: dict[str, str]) -> bool:
    """Whether the noun at token ``i``, written after ``prefix``, is governed by a word of
    calling: by ب on it ("طالبت بالإفراج"، "تعهد بإطلاق سراح": a call, charge or promise) or
    by إلى or على right before it (a call), at most CALL_REACH words on, in one clause."""
    if prefix in ("ب", "وب"):
        last, kinds = i - 1, ("call", "charge", "promise")
    elif i - 1 > st.ti and doc.norms[i - 1] in CALL_PREPOSITIONS and not prefix:
        last, kinds = i - 2, ("call",)
    else:
        return False
    toks, norm = doc.toks, doc.nt.norm
    for k in range(last, max(st.ti, last - CALL_REACH) - 1, -1):
        if CLAUSE_BREAKS.intersection(norm[toks[k].nend:toks[k + 1].nstart]):
            return False  # "دعا إلى الحوار، وإلى ...": only the words of one clause
        if _kind(doc.norms[k], cues) in kinds or _kind(_without_article(doc.norms[k]), cues) in kinds:
            return True  # "دعت"، "بالمطالبة بإطلاق سراح"
    return False


ARTICLE_PREFIXES = ("وبال", "بال", "وال", "فال", "لل", "ال")  # normalised: the article and what may precede it


def _without_article(w: str) -> str:
    """A noun without its article and the proclitics before it ("بالمطالبه" → "مطالبه")."""
    return without_prefix(w, ARTICLE_PREFIXES)


PROSPECT_REACH = 2  # words after an act noun to a word that puts it ahead ("قمة جديدة محتملة")


def prospective(norms: list[str], h, end: int, cues: dict[str, str] | None = None) -> bool:
    """An act noun that a word beside it puts ahead (data/lexicons/topic_cues.tsv, kind
    "prospect"): right before it ("المتوقع مناقشتها") or within PROSPECT_REACH words after
    it through its adjectives ("القمة المرتقبة"، "قمة جديدة محتملة"): planned or possible,
    not an act the sentence tells as done."""
    cues = cues or topic_cues()
    if h.i > 0 and _kind(norms[h.i - 1], cues) == "prospect":
        return True
    for k in range(h.j, min(h.j + PROSPECT_REACH, end)):
        if _kind(norms[k], cues) == "prospect":  # "هجوم وشيك"، "ووشيك"
            return True
        if norms[k] in ("بين", "مع") or not norms[k].startswith("ال") and k > h.j:
            return False  # its sides follow, or a word that is no adjective of it
    return False


HOSTILE_CONTENT = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
DEMAND_CAMEO = "100"  # Demand, not specified below


def _backing_as_demand(doc, st, h) -> None:
    """The backing event told just before a hostile act it backs ("تؤيد فرض عقوبات على
    إيران") retyped as a demand: backing sanctions on Iran is no support of Iran."""
    if h.form.type not in HOSTILE_CONTENT:
        return
    start = doc.toks[h.i - 1].start
    cam = doc.trig.cameo.get(DEMAND_CAMEO)
    for e in reversed(doc.events):
        if e.sentence_start != st.start:
            break
        if e.type == "SUPPORT" and start <= e.trigger.start < h.start:
            e.type, e.cameo, e.goldstein = "REQUEST", DEMAND_CAMEO, cam.goldstein if cam else e.goldstein


def _inflected_verb(h) -> bool:
    """The trigger is a verb whose inflection no noun shares ("وقعا"، "أعلنت"، "يدعم");
    a bare past stem ("دعم") reads as its verbal noun as well."""
    w = h.form.tokens[0]
    return h.verbal and (w[-1:] in "اتن" or w[:1] in "يتن")


def _listed_topic(doc, st, h, cues: dict[str, str]) -> bool:
    """A verbal noun joined by و to a list that a topic word opens within LIST_REACH words
    before it, with no act of the sentence told in between (its own clause then)."""
    told = {e.trigger.start for e in doc.events if e.sentence_start == st.start}
    toks, norm = doc.toks, doc.nt.norm
    for k in range(h.i - 1, max(st.ti, h.i - LIST_REACH) - 1, -1):
        if toks[k].start in told or LIST_BREAKS.intersection(norm[toks[k].nend:toks[k + 1].nstart]):
            return False  # an act told, or a colon or a line: the list has ended
        if _kind(doc.norms[k], cues) in TOPIC_KINDS:
            return True
    return False


def _definite_noun(h, word: str) -> bool:
    """The trigger is written as a noun with the article ("العقوبات"، "الدعم"), not as a
    verb whose own letters begin with ال ("التقى")."""
    return word.startswith("ال") and not (h.form.verbal and word == h.form.tokens[0])


def _present_verb(h) -> bool:
    """The trigger is a verb in the present (its form is a verb starting with ي، ت or ن)."""
    return h.form.verbal and h.form.tokens[0][:1] in "يتن"


def _hoped_for(norms: list[str], h, st, cues: dict[str, str]) -> bool:
    """The noun is what a word of hoping governs (topic_cues.tsv kind hope): right after it
    with its ب ("أملها بتطبيع العلاقات") or after its في ("عن أمله في تحسين العلاقات")."""
    prev = norms[h.i - 1]
    if _kind(prev, cues) == HOPE:
        return True
    return prev == "في" and h.i - 2 >= st.ti and _kind(norms[h.i - 2], cues) == HOPE


def _kind(word: str, cues: dict[str, str]) -> str | None:
    """The cue kind of a word, with or without a leading و/ف."""
    return cues.get(word) or cues.get(_bare(word))


def _construct(word: str, i: int, doc) -> bool:
    """Word i is a noun heading a construct ("سبل"، "شروط"): no article, no conjunction,
    no actor's word."""
    return not word.startswith(("ال", "و", "ف")) and i not in doc.in_entity


def _undergoes(word: str, cues: dict[str, str]) -> bool:
    """The word before is a verb of undergoing, with or without a pronoun ("تعرضت لهجوم"،
    "منذ تعرضها لهجوم"): its ل names what befell someone, no purpose."""
    return word.startswith(cue_prefixes(cues, UNDERGO_KINDS))


_PREFIXES: dict = {}


def cue_prefixes(cues: dict[str, str], kinds) -> tuple[str, ...]:
    """The cues of ``kinds`` as one tuple for str.startswith."""
    key = (id(cues), kinds)
    hit = _PREFIXES.get(key)
    if hit is None or hit[0] is not cues:
        hit = _PREFIXES[key] = (cues, tuple(compress(cues, map(kinds.__contains__, cues.values()))))  # no cell
    return hit[1]


def _purpose_prefix(doc, h) -> bool:
    """The noun is written with a purpose ل and without the article ("لبحث"، "لدعم"،
    "للقاء" = ل + لقاء; not "للاتفاق" = ل + الاتفاق, where ل names what is spoken of)."""
    tok = doc.toks[h.i]
    prefix = normalize_for_match(doc.nt.original[tok.start:h.start])
    if prefix not in PURPOSE_PREFIXES:
        return False
    written = normalize_for_match(doc.nt.original[h.start:h.end])
    return not (written.startswith("ل") and not h.form.tokens[0].startswith("ل"))


def _content_of_previous(doc, st, h) -> bool:
    """An event of the sentence whose trigger ends just before the noun and takes a
    content ("دعا ... لدعم"، "دعم السعودية لفرض")."""
    for e in reversed(doc.events):
        if e.sentence_start != st.start:
            break
        if e.type in CONTENT_OWNERS and e.trigger.end <= h.start and h.start - e.trigger.end <= CONTENT_REACH:
            return True
    return False


def named_at(norms: list[str], actors, h) -> int:
    """The word where a noun's "من X" (or genitive) names its author: "من" written after the
    noun, or the last word of the trigger's form ("طلب من"), or the genitive right after it
    ("بناء على طلب الكويت"); past a head noun to its nationality adjective ("من الحكومة السورية")."""
    after = h.j + 1 if norms[h.j] == "من" else h.j
    at = {a.i for a in actors}
    if after not in at and norms[after][:1] != "ل" and any(a.i == after + 1 and a.adjective for a in actors):
        after += 1  # the asker's head noun and its adjective (not "بدعمه للنظام السوري": the supported)
    return after


def source_named_after(doc, st, h) -> str | None:
    """The actor a noun's own phrase names as its author, after it: "بدعوة من الكويت"،
    "بناء على طلب من مصر"، "بطلب الكويت" (a request, a backing made by X: ب or "بناء على"
    before, من X or X itself right after), "قائمة العقوبات الصادرة عن الاتحاد الأوروبي" (issued by X)."""
    if h.j >= st.tj:
        return None  # (a verb's shape after ب or "بناء على" is a noun: "بناء على طلب من")
    norms, at = doc.norms, {a.i: a.actor for a in st.actors}
    after = named_at(norms, st.actors, h)
    if h.form.type in AGENT_TYPES and after in at:
        prefix = normalize_for_match(doc.nt.original[doc.toks[h.i].start:h.start])
        if prefix in ("ب", "وب") or h.i - 2 >= st.ti and norms[h.i - 1] == "علي" and _bare(norms[h.i - 2]) == "بناء":
            return at[after]
    if h.verbal:
        return None
    cues = topic_cues()
    for k in range(h.j, min(h.j + AUTHOR_REACH, st.tj - 2)):
        if cues.get(norms[k]) == "author" and norms[k + 1] == "عن" and k + 2 in at:
            return at[k + 2]
        if norms[k] in RELATIVES:
            # an accusation's relative clause names the accused ("الجرائم التي ارتكبها X"),
            # save when its verb voices the accusation itself ("الاتهامات التي وجهتها X")
            if h.form.type in ACCUSED_TYPES or h.form.speech:
                voiced = _voiced(norms[k + 1]) and _takes_up_trigger(doc.toks, h, k)
                return _relative_agent(norms, at, k, st.tj) if voiced else None
            return _relative_agent(norms, at, k, st.tj)
        if not norms[k].startswith("ال") and norms[k] != "غير":
            break  # the relative clause must follow the noun and its adjectives ("العقوبات الجديدة التي")
    return None


def _voiced(verb: str) -> bool:
    """Whether a relative clause's verb, its resumptive pronoun taken off, voices, issues or
    lodges the noun it takes up ("وجهتها"، "أطلقها"، "قدمتها"; event_cues.tsv, kind voicing).
    A plural's silent alef is not written before the pronoun ("وجهوها" is "وجهوا" + ها)."""
    for end in RESUMPTIVE:
        if verb.endswith(end) and len(verb) > len(end) + 2:
            stem = verb[:-len(end)]
            return "voicing" in load_triggers().cue_kinds(stem + "ا" if stem.endswith("و") else stem)
    return False


def _takes_up_trigger(toks, h, k: int) -> bool:
    """Whether the relative pronoun at k takes up the trigger noun itself: right after it,
    or after a definite noun's adjectives ("الاتهامات الأمريكية التي"). After an indefinite
    noun a definite word is its genitive ("إدانة الصواريخ التي أطلقها X"), which the
    clause takes up: the rockets are launched, the condemnation is not voiced by X."""
    return k == h.j or toks[h.i].norm.startswith(DEFINITE)


RELATIVES = RELATIVE_PRONOUNS
RESUMPTIVE = ("ها", "ه", "هم", "هما")  # the relative verb's pronoun that takes the noun up
TARGET_MARKS = frozenset({"علي", "ضد", "بحق"})  # what comes after them is acted on


def _relative_agent(norms: list[str], at: dict, k: int, end: int) -> str | None:
    """The subject of a relative clause whose verb takes the noun up by a pronoun
    ("العقوبات التي فرضتها واشنطن على أنقرة"، "الانتهاكات التي يقوم بها الحوثيون"): the
    noun's author, named within three words of the verb and before any "على"/"ضد"."""
    verb = k + 1
    if verb >= end:
        return None
    if norms[verb].endswith(RESUMPTIVE) and len(norms[verb]) > 4:
        first = verb + 1
    elif verb + 1 < end and norms[verb + 1] in ("بها", "به", "بهم"):
        first = verb + 2  # "يقوم بها"
    else:
        return None
    for m in range(first, min(first + 3, end)):
        if norms[m] in TARGET_MARKS:
            return None
        if m in at:
            return at[m]
    return None


def accused_named_after(doc, st, h) -> str | None:
    """The agent of the relative clause that follows an accusation or a rejection's noun
    and the nouns it governs ("التحقيق في الجرائم التي ارتكبها الحوثيون"، "الإجراءات غير
    القانونية التي اتخذتها الإمارات"): the accused, never the accuser."""
    if h.verbal or (h.form.type not in ACCUSED_TYPES and not h.form.speech):
        return None
    norms, at = doc.norms, {a.i: a.actor for a in st.actors}
    for k in range(h.j, min(h.j + ACCUSED_REACH, st.tj - 2)):
        if k in at:
            return None  # a side named before any relative clause
        if norms[k] in RELATIVES:
            return _relative_agent(norms, at, k, st.tj)
    return None


def author_first(doc, st, h, pairs: list) -> list:
    """Directed pairs turned round when the noun's phrase names their target as the author
    (source_named_after: "التأم المجلس بدعوة من الكويت" is Kuwait's request of the council)
    or their source as the accused (accused_named_after); an inverse participle's pairs
    only between the author after it and the noun it describes (inverse_sides)."""
    pairs = _late("core.events.condemned", "condemned_sides")(doc, st, h, pairs)  # "أدانت تركيا مقتل جنود باكستانيين": no victim accused
    pairs = claims.author_of_rejected_claims(doc, st, h, pairs)  # "رفضت وارسو اتهامات نتانياهو": Israel accuses
    pairs = jerusalem.israel_not_palestine(doc, h, pairs)  # "نقل السفارة الأمريكية إلى القدس": USA → ISR
    pairs = embassy_movers.movers_only(doc, st, h, pairs)  # "رفض بلاده لنقل السفارة الأمريكية": USA moves it
    pairs = withdrawn_deals.aimed_at_party(doc, st, h, pairs)  # "انسحاب X من الاتفاق النووي الإيراني": on Iran
    pairs = _late("core.events.lone_accused", "no_accused_accusers")(doc, st, h, pairs)  # "واتهمت X بدعم Y": X is accused
    pairs = affiliates.no_affiliates(doc, st, h, pairs)  # "حزب X المقرب من إيران": Iran describes X
    if h.form.inverse and not h.verbal:
        pairs = inverse_sides(st, h, pairs)
    author = (source_named_after(doc, st, h) or attack_authors.author_after(doc, st, h)  # "هجوم لداعش"
              or raid_authors.force_author(doc, st, h))  # "بقصف من طائرات التحالف"
    out = []  # loops, not comprehensions: their names would be cells of every call
    if author is not None:
        for p, d in pairs:
            out.append(([author, p[0]], d) if d and len(p) == 2 and p[1] == author and p[0] != author else (p, d))
        return out
    accused = accused_named_after(doc, st, h)
    if accused is not None:
        for p, d in pairs:
            out.append(([p[1], accused], d) if d and len(p) == 2 and p[0] == accused and p[1] != accused else (p, d))
        return out
    return pairs


def _late(module: str, name: str):
    """A function of a module that imports these filters (condemned reads the violence
    rules, lone_accused reads passives, and both import this module), imported on first use
    and kept: an import statement per trigger cost a lock and a look-up."""
    f = _LATE.get(name)
    if f is None:
        f = _LATE[name] = getattr(import_module(module), name)
    return f


_LATE: dict = {}
INVERSE_AUTHOR_REACH = 3  # words from an inverse participle to its author ("المدعومة من قبل روسيا")
INVERSE_NOUN_REACH = 1  # words between the noun described and its participle ("جماعة الحوثي المسلحة المدعومة")


def inverse_sides(st, h, pairs: list) -> list:
    """"جبهة البوليساريو المدعومة من الجزائر": the author is the actor right after the
    participle, the target the one right before it; a pair with any other side is the
    model's reach beyond the phrase (another actor of the sentence). Left as they are when
    the phrase names no actor on either side (an apposition in brackets, "بدعم من X")."""
    authors = {a.actor for a in st.actors if h.j <= a.i <= h.j + INVERSE_AUTHOR_REACH}
    nouns = {a.actor for a in st.actors if a.j <= h.i and h.i - a.j <= INVERSE_NOUN_REACH}
    if not authors or not nouns:
        return pairs
    return [(p, d) for p, d in pairs if len(p) != 2 or p[0] in authors and p[1] in nouns]


# Sides named otherwise than as a side, and agreements told again (applied after the role
# model, as the rest of this module).
TOLD_ONCE = {"AGREE", "COOPERATE", "AID"}  # an agreement or aid noun told again names the one told (told_again)


def _sides_named(pairs: list, named: set[str]) -> list:
    """The pairs whose every side is among the actors the sentence names as a side."""
    return [(p, d) for p, d in pairs if all(x in named for x in p)]


LATER_CLAUSE = frozenset({"بعد", "قبل", "عقب"})  # "، بعد أيام من عبور مدمرة أميركية": a time clause of its own


def no_later_clause_targets(doc: _Article, st: _Sentence, h: _Hit, pairs: list) -> list:
    """The pairs of a hostile act less those whose target the sentence names only in a
    clause after it opened by a comma: a time clause ("، بعد أيام من عبور مدمرة أميركية") or
    a verb with its own subject ("، أرسلت إسرائيل وفدا"): another event, not the act's aim."""
    norms, toks, text = doc.norms, doc.toks, doc.nt.original
    opened = next((k for k in range(h.j, st.tj) if norms[k] in LATER_CLAUSE and mark_before(toks, text, k, COMMAS)
                   or clauses.verb_after_comma(toks, doc.nt, k) and any(clauses.subject_at(a, k, norms) for a in st.actors)),
                  None)  # the first such clause: the sentence past it is not read
    if opened is None:
        return pairs
    inside = clauses.named_only_after(st.actors, opened)
    kept = [(p, d) for p, d in pairs if p[-1] not in inside]
    st.pairs.update(_pair_key(p) for p in pairs if not kept)  # told all the same: the role model need not relax
    return kept


def not_only_where(doc: _Article, st: _Sentence, pairs: list) -> list:
    """The pairs of a diplomatic event whose sides the sentence names otherwise than as
    where something happens ("خلال الانتخابات في إيطاليا"، "اجتمعا في الرياض")."""
    norms = doc.norms
    return _sides_named(pairs, {a.actor for a in st.actors if not (a.i > 0 and norms[a.i - 1] == "في")})


def no_where_targets(doc: _Article, st: _Sentence, h: _Hit, pairs: list) -> list:
    """The pairs less those whose target is a state the sentence names only right after
    "في", as where something happens or stays ("انتقد بقاء الرئيس في الرياض"، "أدانته
    المحكمة بالتدرب في العراق"). A source so named stays ("المسؤول في وزارة الخارجية":
    a post, not a place), and so does a body ("أعضاء في حركة X"، "قائد في قوات X": one
    belongs to it); unlike not_only_where, a side the sentence does not name (carried
    from the sentence before, a speaker's "نحن") is left alone. A body that acts for its
    state, itself the act's object before "في" ("اتهمت X النظام في دمشق"), is that
    state's government: the state stays a target ("بقاء الحكومة في الرياض": where)."""
    norms, states, after_in = doc.norms, [], False  # a loop, no closure cells: most sentences' states follow no "في"
    for a in st.actors:
        if is_state_id(a.actor):
            states.append(a)
            after_in = after_in or a.i > 0 and norms[a.i - 1] == "في"
    return _where_targets_out(doc, st, h, pairs, states) if after_in else pairs


def _where_targets_out(doc: _Article, st: _Sentence, h: _Hit, pairs: list, states: list) -> list:
    """no_where_targets past its gate (some state named after "في"): its lambda's cells made only here."""
    norms = doc.norms
    where = named_only(states, lambda a: a.i > 0 and norms[a.i - 1] == "في" and not _seated_object(doc, st, h, a.i - 1))
    return [(p, d) for p, d in pairs if not (d and p[-1] in where)] if where else pairs


def _seated_object(doc: _Article, st: _Sentence, h: _Hit, k: int) -> bool:
    """A government's noun (org_heads.tsv kind government: "النظام"، "الحكومة") before the
    "في" at k, or before it and one adjective that names no state ("النظام الحاكم في"),
    right after the trigger or after an actor (the subject): the act's own object, the
    state's government. A body of another state ("البعثة الأمريكية في سوريا"، a body
    the lexicon names) sits abroad: no such reading."""
    heads, norms = load_lexicon().org_head_index, doc.norms
    named = {m for a in st.actors for m in range(a.i, a.j)}
    for j in (k - 1, k - 2):
        head = heads.get(without_conjunction(norms[j])) if j > st.ti else None
        if head is not None and head.kind == "government" and j not in named and (j == k - 1 or k - 1 not in named):
            return j == h.j or any(a.j == j for a in st.actors)
    return False


def told_again(doc: _Article, h: _Hit, pairs: list) -> list:
    """The pairs of an agreement, aid or cooperation noun that are not the article's
    earlier one told again: a noun of the type the article has already joined these two
    actors by ("أبرما اتفاق تعاون" after "اتفق المغرب وإسرائيل"), or a definite one
    ("الاتفاق"، "الاتفاقية") once a noun of its type made an event, which names that
    agreement as a topic ("موقفه من الاتفاق النووي") rather than telling a new one."""
    typ = h.form.type
    if typ not in TOLD_ONCE or not pairs:
        return pairs
    told = doc.told  # loops, not generators: their names would be cells of every call
    if h.verbal:
        for p, _ in pairs:
            told.add((typ, frozenset(p)))
        return pairs
    again = doc.norms[h.i].startswith(DEFINITE) and typ in told  # "الاتفاق" once one was told
    out = []
    for p, d in pairs:
        if (typ, frozenset(p)) not in told and not again:
            out.append((p, d))
    for p, _ in pairs:
        told.add((typ, frozenset(p)))
    told.add(typ)
    return out


def past_dateline(doc: _Article, st: _Sentence, pairs: list) -> list:
    """The pairs of the article's first sentence whose sides are named after its
    dateline: the place a report was filed from is no side of what it reports."""
    if doc.dateline_end is None:
        return pairs
    return _sides_named(pairs, {a.actor for a in st.actors if a.start >= doc.dateline_end})


def no_treaty_place(doc: _Article, st: _Sentence, pairs: list) -> list:
    """The pairs whose sides are named in the sentence otherwise than by the place of a
    treaty's name: the city where a treaty was signed is no side of what is done about it."""
    return _sides_named(pairs, {a.actor for a in st.actors if a.i not in doc.treaty_places})
