"""Whether and when: the modality of a trigger (asserted, planned, negated ...), the
date of its event, and the last pass that merges repeated events.

Rules on cue words and positions, not learned: what a text asserts and when it dates
an act is lexicon knowledge, and the role model is trained on pairs, not on these.
"""
from __future__ import annotations

from operator import itemgetter

from core.model import Event, TimeExpr
from core.text import NormText, Token, clitic_variants, future_imperfect, without_conjunction
from core.events import feared, threatened, wish_scope
from core.events.filters import HOSTILE_CONTENT
from core.events.governing import cue_forms
from core.events.imminent import told_to_come
from core.events.questions import asked_of_told
from core.events.roles import _punct_gap
from core.events.triggers import Triggers, _Hit


# Modalities under which the text does not assert that the event happened.
UNASSERTED = ("negated", "hypothetical", "denied")


def _reported_present(h: _Hit, toks: list[Token], trig: Triggers, sent_first_tok: int, modality: str) -> bool:
    """A present-tense verb or participle under a verb of saying earlier in its sentence,
    not planned and not in a pluperfect ("وكان ... قد")."""
    if modality == "planned":
        return False
    w = toks[h.i].norm
    if not (_present(h, w) or w.startswith("م")):
        return False
    words = [t.norm for t in toks[sent_first_tok:h.i]]  # tested against the cues' written forms in C
    return not cue_forms(trig, "speech").isdisjoint(words) and cue_forms(trig, "pluperfect").isdisjoint(words)


def _present(h: _Hit, w: str) -> bool:
    """A trigger written as a present-tense verb (its normalised first word ``w``)."""
    return h.form.pos == "verb_present" or (h.verbal and w[:1] in "يتن" and h.form.pos == "phrase")


def _in_past_frame(h: _Hit, toks: list[Token], trig: Triggers, sent_first_tok: int) -> bool:
    """A past auxiliary or pluperfect cue (كان، قد after كان) earlier in the trigger's sentence."""
    past, pluperfect = cue_forms(trig, "past_aux"), cue_forms(trig, "pluperfect")  # the cues' written forms
    for k in range(sent_first_tok, h.i):
        w = toks[k].norm
        if w in past or w in pluperfect:
            return True
    return False


NEGATION_REACH = 3  # a negation stands right before its verb ("لم تسمح")
AVOID_REACH = 4  # words from a verb of avoiding to the act avoided, past its subject ("تجنب البيت الأبيض الخميس انتقاد")
MADE_WHEN_REFUSED = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # a refused demand, charge or threat was made
WISHES = {"want": "hypothetical", "intent": "planned"}  # event_cues.tsv kinds of wishes and intentions: their modality
SCOPE_REACH = 8  # a condition or plan may open the clause ("في حال كلفت بريطانيا نفسها وتنازلت")


# cue kinds of phrases whose negation particle negates nothing: "لا تزال تدعم" (still
# supports), "كلا البلدين" (both), "لا بد من" (must: a demand)
NOT_NEGATING = frozenset({"affirmative", "demand"})


def _bare(w: str) -> str:
    """A word without a leading conjunction و/ف, which a phrase cue's first word may carry
    ("وفي حال"، "ومن المقرر") where the single-word cues see it through their clitic readings."""
    return without_conjunction(w, 2)


def _not_negating(window: list[str], trig: Triggers) -> set[int]:
    """Positions of the window whose word, alone or with the next, is a phrase of
    NOT_NEGATING: "كلا" reads as ك + لا, "ولا تزال" opens with لا, and neither negates."""
    out = set()
    seconds, affirmative = _phrase_words(trig)[1], cue_forms(trig, "affirmative")
    for pos, w in enumerate(window):
        if w in affirmative:
            out.add(pos)
        elif pos + 1 < len(window):
            nxt = window[pos + 1]
            # a phrase "stem nxt" of NOT_NEGATING can only end in one of their second words
            if nxt in seconds and _not_negating_phrase(w, nxt, trig.cues):
                out.add(pos)
    return out


def _not_negating_phrase(w: str, nxt: str, cues: dict) -> bool:
    """Whether ``w`` (through its proclitics) and ``nxt`` spell a phrase of NOT_NEGATING: a
    loop, apart, since a generator in _not_negating made its names cells of every call."""
    for stem, _ in clitic_variants(w):
        if cues.get(f"{stem} {nxt}") in NOT_NEGATING:
            return True
    return False


def _kind_among(trig: Triggers, kind: str, words: list[str]) -> bool:
    """Whether some word of ``words`` reads as a cue of ``kind`` (a loop: the generator it
    replaces made its callers' names cells of every call)."""
    for w in words:
        if kind in trig.cue_kinds(w):
            return True
    return False


def _construct_ends(window: list[str], pos: int, word: str, form: str) -> bool:
    """The negating noun "غير" at ``pos`` does not reach the trigger: the trigger is joined
    by و to the word it negates or a later one ("غير مسؤول ومزعزع للاستقرار": only the first
    adjective is negated). Only the trigger's و is read: the matcher took it off as a
    conjunction, while a word between may begin with و of its own ("غير أن وتيرة")."""
    return pos + 1 < len(window) and word[:1] == "و" and form[:1] != "و"


def _phrase_words(trig: Triggers) -> tuple[frozenset[str], frozenset[str]]:
    """(the first words of the cue phrases, the second words of the two-word phrases of
    NOT_NEGATING), made once per trigger tables: a window's words are tested against
    these before any phrase is spelt out and looked up."""
    if _PHRASE_WORDS[0] is not trig:
        phrases = [(c.split(" "), kind) for c, kind in trig.cues.items() if " " in c]
        _PHRASE_WORDS[:] = [trig, (frozenset(p[0] for p, _ in phrases),
                                   frozenset(p[1] for p, kind in phrases if len(p) == 2 and kind in NOT_NEGATING))]
    return _PHRASE_WORDS[1]


_PHRASE_WORDS: list = [None, (frozenset(), frozenset())]  # (trigger tables, their _phrase_words)


ANY = "اي"  # "أي" before a noun: any one of its kind
MAY_REACH = 1  # words between "قد تصل" and the act it may reach ("قد تصل لحد قطع")
NOUN_REACH = 3  # ... and the act noun it may reach past its subject or "من" ("قد تتمكن غدا من إيصال مساعدات")
PAST_AUX = frozenset({"كان", "كانت", "كانوا"})  # "وكانت قوات الأمن قد تمكنت": the pluperfect's قد
BE = frozenset({"يكون", "تكون"})  # past MAY_REACH, "قد يكون قرار X بالانسحاب سلاحا": the act is the subject, told as done
# "so that", "until" (normalised): a present verb after them is an aim or a wait ("حتى
# تتمكن الحكومة من توقيع اتفاق"، "كي يعلن استقالته"), not an act done
PURPOSE = frozenset({"حتي", "كي", "لكي"})
# words that tell the act after them as the cause or the time of what may be ("قد تكون
# خطيرة جراء انفجار"، "قد يطغى الجانب الاقتصادي على زيارة"), or open a clause of its own
# ("حتى تسترده كما تتهمها"): that act is told as done
MAY_STOPS = frozenset({"بسبب", "جراء", "نتيجه", "اثر", "عقب", "بعد", "قبل", "اثناء", "خلال", "علي", "منذ",
                       "بالنظر", "لان", "كما", "بما", "الذي", "التي", "الذين", "وسط", "حيث"})


def _may_govern(window: list[str], h: _Hit) -> bool:
    """"قد" and a present-tense verb right before the trigger's phrase: the act is what
    may come ("قد تصل لحد قطع العلاقات"، "قد يؤدي إلى فرض عقوبات"); or before an act noun
    a few words on (NOUN_REACH: "قد تتمكن غدا من إيصال مساعدات"، "قد تشكل فيه X تهديدا"); or a
    purpose or "until" particle and a present verb before an act noun (PURPOSE). Not after
    a past auxiliary ("وكانت ... قد تمكنت"), nor before a word in ت that ends in ت: the
    past of the verbs written with a ت first ("قد تسببت"، "وقد تمت"); and past MAY_REACH
    only after a verb of four letters or more, not a form of "to be" (BE), and across no
    word of MAY_STOPS (right after the verb, "قد تأتي بعد هجوم" is still what may come)."""
    n = len(window)
    for pos in range(max(n - NOUN_REACH - 2, 0), n - 1):
        verb, particle, between = window[pos + 1], _bare(window[pos]), n - pos - 2
        if particle != "قد" and particle not in PURPOSE or verb[:1] not in "يتن" or verb[:1] == verb[-1:] == "ت":
            continue
        if particle not in PURPOSE and verb[:1] == "ن" or any(_bare(w) in PAST_AUX for w in window[:pos]):
            continue
        if particle == "قد" and between <= MAY_REACH:
            return True
        # further on, only an act noun, after a present verb of four letters or more ("وقد
        # تبع الإعلان عن الخطة زيارة": a past), across no stop
        if not h.verbal and len(verb) >= 4 and verb not in BE and MAY_STOPS.isdisjoint(map(_bare, window[pos + 2:])):
            return True
    return False


WISH_REACH = 4  # words from a wish or plan to the hostile act noun it governs ("نية واشنطن توجيه ضربة")
DENIER_REACH = 4  # words between a denial and the "أن" of what it denies ("نفى مصدر بالجيش X أن")
DENIAL_SCOPE = 12  # words back from the act to the denial ("نفى مصدر ... أن تكون القوات الروسية قد قصفت")


def _denied_content(window: list[str], trig: Triggers) -> bool:
    """A denial verb whose "أن" opens the clause the trigger's verb stands in: "نفت X أن
    تكون قواتها قصفت"، "نفى مصدر عسكري أن يكون الجيش اقتحم". The denial is too far from
    the act for NEGATION_REACH, and a verb of saying between ("نفى ... وقال إن") ends it;
    a noun there names an act the denial speaks of ("نفى أن يكون الرد على اجتماع X وY")."""
    for pos, w in enumerate(window):
        if "denied" not in trig.cue_kinds(w):
            continue
        for q in range(pos + 1, min(pos + 2 + DENIER_REACH, len(window))):
            kinds = trig.cue_kinds(window[q])
            if "speech" in kinds:
                break
            if "complementiser" in kinds:
                return True
    return False


DRAFT_REACH = 5  # words between a bill's name and the act it would do ("مشروع قرار تقدمت به الكويت يطالب")
ADOPT_REACH = 5  # words between an adopting verb and the bill it adopted ("صادق مجلس الأمن الدولي على مشروع قرار")


def _drafted(window: list[str], trig: Triggers) -> bool:
    """The act is the content of a bill or draft resolution named just before it that no
    verb of adopting governs ("قدم نواب مشروع قانون يفرض عقوبات"، "استخدمت X الفيتو ضد مشروع
    قرار يدين"): proposed, not done."""
    n = len(window)
    for pos in range(max(n - DRAFT_REACH - 2, 0), n - 1):
        if trig.cues.get(f"{_bare(window[pos])} {window[pos + 1]}") == "draft":
            return not _kind_among(trig, "adopt", window[max(pos - ADOPT_REACH, 0):pos])
    return False


def _light_verb_negated(window: list[str], word: str, form: str, trig: Triggers) -> bool:
    """A negation right before "قام" further back than NEGATION_REACH, whose act is the
    trigger after its بـ ("لم تقم الحكومة حتى الآن بطرد السفير"، "لم يقم X بأي احتجاجات")."""
    if not (word[:1] == "ب" and form[:1] != "ب" or window[-1:] in (["باي"], ["بأي"])):
        return False
    for pos in range(len(window) - 1):  # a loop: a generator's names would be cells of every call
        if "light" in trig.cue_kinds(window[pos + 1]) and "negation" in trig.cue_kinds(window[pos]):
            return True
    return False


def _modality(h: _Hit, toks: list[Token], trig: Triggers, sent_first_tok: int, clause_first_tok: int = 0,
              norms: list[str] | None = None) -> str:
    lo = max(sent_first_tok, clause_first_tok, h.i - SCOPE_REACH)
    window = [t.norm for t in toks[lo:h.i]]
    kinds = set()
    skip = _not_negating(window, trig)
    for pos, w in enumerate(window):
        if pos in skip:
            continue
        near = len(window) - pos <= NEGATION_REACH
        for kind in trig.cue_kinds(w):
            if kind == "refusal":  # "رفضت استقبال السفينة": not done; "رفضت طلب التأشيرة"، "رفضت العقوبات": done
                kind = ("negation" if h.form.type not in MADE_WHEN_REFUSED and not h.verbal
                        and not toks[h.i].norm.startswith("ال") else None)  # "رفضت روسيا التي تدعم": a clause
            if kind == "hypothetical" and asked_of_told(w, h, norms if norms is not None else [t.norm for t in toks]):
                continue  # "هل تنجح القمة التي عقدت أمس": the question asks of a summit held
            if kind == "avoid":  # "تجنب البيت الأبيض الخميس انتقاد"، "لتفادي العقوبات": avoided, not done
                kind, near = "negation", len(window) - pos <= AVOID_REACH
            if kind in WISHES:  # "يريد فرض عقوبات": wanted, not done; only in its clause (core.events.wish_scope)
                kind = WISHES[kind] if wish_scope.governs(window, pos, trig) else None
            if kind == "construct":  # "غير مسؤول ومزعزع": the first adjective only, not the trigger
                kind = None if _construct_ends(window, pos, toks[h.i].norm, h.form.tokens[0]) else "negation"
            if kind and (near or kind not in ("negation", "denied")):
                kinds.add(kind)
    firsts = _phrase_words(trig)[0]  # a phrase is looked up only where one of its first words stands
    for pos, w in enumerate(window):  # each word's bare form once, for both lengths of phrase
        bare = _bare(w)
        if w not in firsts and bare not in firsts:
            continue
        for n in (2, 3):
            if pos + n > len(window):
                break
            kind = trig.cues.get(" ".join(window[pos:pos + n])) or trig.cues.get(
                " ".join([bare, *window[pos + 1:pos + n]]))  # "وفي حالة" is "في حالة"
            if kind:
                kinds.add(kind)
    first = toks[h.i].norm
    if h.i > lo and _bare(toks[h.i - 1].norm) == "قد" and _present(h, first) and first[:1] != "ن":
        kinds.add("hypothetical")  # "قد تنسحب"، "قد تفرض": may; "قد انسحبت"، "فقد نفذت" has
    if feared.feared(window, h.verbal, trig, [t.norm for t in toks[h.i:h.i + feared.AFTER_REACH]]):
        kinds.add("hypothetical")  # "وسط مخاوف من انسحاب واشنطن"، "يخشى X من أن يهاجمه Y": feared, not done
    if _may_govern(window, h):
        kinds.add("hypothetical")  # "قد تصل لحد قطع العلاقات": what may come to pass
    if not h.verbal and h.form.type in HOSTILE_CONTENT and _kind_among(trig, "wish", window[-WISH_REACH:]):
        kinds.add("hypothetical")  # "رغبة X باغتيال"، "خطة لغزو"، "دعوات لضرب": wished, not done
    if not h.verbal and h.form.type in HOSTILE_CONTENT and threatened.governs(window, first, trig):
        kinds.add("hypothetical")  # "التهديد البريطاني باتخاذ إجراءات عقابية": threatened, not done
    if h.verbal and _denied_content([t.norm for t in toks[max(sent_first_tok, clause_first_tok, h.i - DENIAL_SCOPE):h.i]], trig):
        kinds.add("denied")  # "نفت موسكو أن تكون طائراتها قصفت": the act is what is denied
    if _drafted(window, trig) or _light_verb_negated(window, toks[h.i].norm, h.form.tokens[0], trig):
        kinds.add("hypothetical")  # "مشروع قانون يفرض عقوبات"، "لم تقم الحكومة حتى الآن بطرد": not done
    if h.i > lo and not h.verbal and _bare(toks[h.i - 1].norm) == ANY:
        kinds.add("hypothetical")  # "أي اتفاق للسلام"، "أي هجوم": any one, none made
    written_future = future_imperfect(first, min_len=2) is not None
    if h.verbal and written_future and not h.form.tokens[0].startswith("س") or told_to_come(h, toks):
        kinds.add("planned")  # "ستقصف"; "هجوم وشيك"، "القمة المرتقبة" (core.events.imminent)
    if "negation" in kinds:
        return "negated"
    if "denied" in kinds:
        return "denied"
    if "hypothetical" in kinds:
        return "hypothetical"
    if "planned" in kinds:
        return "planned"
    if "reported" in kinds:
        return "reported"
    return "asserted"


FIELD_REACH = 8  # a list of fields of cooperation follows its cue closely
_NORM = itemgetter(0)  # a token's word


def _names_a_field(h: _Hit, toks: list[Token], nt: NormText, trig: Triggers, first_tok: int) -> bool:
    """A verbal noun in the list a field cue opens ("ليشمل"، "في مجالات") within its clause
    names a field an agreement or cooperation covers, not an act of its own."""
    fields = cue_forms(trig, "field")  # the cue's written forms: a set look-up per word
    lo = max(first_tok, h.i - FIELD_REACH)
    if lo >= h.i or fields.isdisjoint(map(_NORM, toks[lo:h.i])):
        return False  # most nouns: no cue before them, tested in C
    for k in range(h.i - 1, lo - 1, -1):
        if toks[k].norm in fields:
            return not _punct_gap(toks, nt, k + 1, h.i)
    return False


def _demanded(h: _Hit, toks: list[Token], trig: Triggers, first_tok: int) -> bool:
    """An obligation cue ("يجب"، "ينبغي"، "لا بد من") just before the trigger in its clause:
    what follows is demanded, not done."""
    window = [t.norm for t in toks[max(first_tok, h.i - 4):h.i]]
    if not cue_forms(trig, "demand").isdisjoint(window):  # the cue's written forms, tested in C
        return True
    for k in range(len(window) - 1):  # a loop: a generator's names would be cells of every call
        if trig.cues.get(" ".join(window[k:k + 2])) == "demand":
            return True
    return False


def _date_for(at: int, times: list[TimeExpr], clause: tuple[int, int], sentence: tuple[int, int], foreign=None):
    """The nearest date of the clause, else of the sentence, to character ``at`` (none
    that ``foreign`` says dates another act: core.events.dating)."""
    # loops, not comprehensions and min's key: their names were closure cells made on each
    # of the four calls an article has
    dated = []
    for t in times:
        if t.type == "DATE" and not t.value.endswith("_REF") and sentence[0] <= t.start < sentence[1] \
                and not (foreign and foreign(t)):
            dated.append(t)
    for lo, hi, src in ((clause[0], clause[1], "clause"), (sentence[0], sentence[1], "sentence")):
        best = best_key = None
        for t in dated:
            if lo <= t.start < hi and (best_key is None or (abs(t.start - at), t.start) < best_key):
                best, best_key = t, (abs(t.start - at), t.start)  # the first of the nearest, as min() keeps
        if best is not None:
            return best.value, src
    return None, None


def _dedupe(events: list[Event], acts: set = frozenset()) -> list[Event]:
    """One event per (type, actors) per sentence, and one across the article when two
    sentences give it dates at most three days apart (a lead and its recap). Undated
    repeats stay: news often reports repeated acts (two accusations are two events); so do
    the ``acts`` ((sentence, trigger start)) joined by و to an act of their sentence, a
    second act told with another word ("طرد ... وتجميد الحوار")."""
    import datetime as dt

    def day(v: str | None):
        try:
            return dt.date.fromisoformat(v) if v and len(v) == 10 else None
        except ValueError:
            return None

    out: list[Event] = []
    for e in events:
        key = (e.type, tuple(e.actors) if e.directed else tuple(sorted(e.actors)))
        dup = False
        for o in out:
            if (o.type, tuple(o.actors) if o.directed else tuple(sorted(o.actors))) != key:
                continue
            if o.sentence_start == e.sentence_start:
                dup = (e.sentence_start, e.trigger.start) not in acts
            elif e.date and o.date and "document" not in (e.date_source, o.date_source):
                a, b = day(e.date), day(o.date)
                dup = e.date == o.date or (a is not None and b is not None and abs((a - b).days) <= 3)
            if dup:
                break
        if not dup:
            out.append(e)
    return out
