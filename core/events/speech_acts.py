"""Speech acts (ACCUSE, REJECT, REQUEST, SUPPORT, THREATEN) read from the words around
their trigger: adverbial participles ("...، متهما X")، a participle read as the passive
("متهما بالتجسس")، denials tied to an earlier claim ("وهو ما تنفيه X")، demands addressed
to no one named ("دعت جميع الأطراف")، threat verbs that mean "endanger" ("يهدد أمن")، and
actors joined by "و" that stand on one side. The role rules (core.events.roles) and the
extraction (core.events) ask these questions; they need only the tokens.
"""
from __future__ import annotations

from functools import lru_cache

from core import prepared
from core.text import NormText, Token, normalize_for_match
from core.events import addressees
from core.events.posted import posted_on, reporting_verb
from core.events.actors import COMPANIONS, _ActorMention
from core.events.triggers import DATA, DEFINITE, _Hit, _rows


SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})
OBJECT_PRONOUNS = frozenset({"اياها", "اياه", "اياهم", "اياهما", "اياهن"})  # "متهما إياها": the one just named
PARTICIPLE_REACH = 3  # words between a participle and the actor it governs ("منددا بشدة بالهجوم الروسي")
COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها", "لان"})


@prepared.table()
def _trigger_word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(``_adverbial_forms``, ``_denial_forms``), read in one pass over triggers.tsv and
    kept in the prepared image: built, they cost a batch run 35-40 ms of its start-up
    before the workers fork, and every worker 12 ms more for the denials, which the
    warm-up article does not reach."""
    adverbial, denial = set(), set()
    for r in _rows(DATA / "triggers.tsv", "form", "type", "pos", "note"):
        words = r["form"].split()
        note = r.get("note") or ""
        typ = r["type"].strip()
        if typ == "REJECT" and any(w in note for w in ("deny", "denial", "untrue")) and words:
            denial.add(normalize_for_match(words[0]))
        if typ not in SPEECH_ACT_TYPES or "[inverse]" in note or not words:
            continue
        w = normalize_for_match(words[0])
        if (w[:1] == "م" or w[1:2] == "ا") and not w.startswith("مسؤول") and (
                "(participle)" in note and w.endswith(("ا", "ه", "ين")) or len(words) > 1 and w.endswith("ا")):
            adverbial.add(w)
    return frozenset(adverbial), frozenset(denial)


@lru_cache(maxsize=1)
def _adverbial_forms() -> frozenset[str]:
    """First words of the participles news writes after a clause to add what its subject
    said ("...، متهما X بـ"، "...، محذرة من"): active participles (مُفعِل، فاعل) of the
    speech-act types, marked "(participle)" in triggers.tsv or opening a phrase."""
    return _trigger_word_sets()[0]


def adverbial_participle(h: _Hit, toks: list[Token], nt: NormText) -> bool:
    """The trigger is an indefinite active participle of a speech act ("متهما"، "محذرة").
    One of support right after a word is an adjective ("إدارة مؤيدة لإسرائيل"، "مسيرات
    مؤيدة للحكومة"): only after a comma does it add to a clause ("...، مؤيدا الخطة")."""
    if h.verbal or h.form.tokens[0] not in _adverbial_forms() or toks[h.i].norm.startswith(DEFINITE):
        return False
    return h.form.type != "SUPPORT" or (h.i > 0 and bool(nt.norm[toks[h.i - 1].nend:toks[h.i].nstart].strip()))


def passive_participle(h: _Hit, toks: list[Token], nt: NormText, actors: list[_ActorMention]) -> bool:
    """"رجلا متهما بالتجسس": the same letters read as the passive (accused of) when the
    charge follows at once; the man is accused, nobody named accuses ("متهمة بريطانيا":
    a name that starts with ب is the accused). With the article the word is a noun: "المتهمين"،
    "للمتهمة" are the defendants, whom nobody named accuses there either."""
    if h.form.tokens[0].startswith("متهم") and toks[h.i].norm.startswith(DEFINITE) and len(h.form.tokens) == 1:
        return True
    nxt = toks[h.j].norm if h.j < len(toks) else ""
    return (nxt[:1] == "ب" and h.form.tokens[0].startswith("متهم") and adverbial_participle(h, toks, nt)
            and h.j not in [a.i for a in actors])  # no generator reading h: a cell of every call


def same_side(h: _Hit, pairs: list, s_actors: list[_ActorMention], toks, nt: NormText) -> list:
    """The pairs of a speech act without those whose two actors its sentence coordinates
    ("أعربت الولايات المتحدة وبريطانيا عن أسفهما"، "دعا روسيا والصين إلى"): actors joined
    by "و" stand on one side of an accusation, a demand or a refusal, not on both."""
    if h.form.type not in SPEECH_ACT_TYPES or not pairs:
        return pairs
    joined: set[frozenset[str]] = set()
    for x, y in zip(s_actors, s_actors[1:]):
        if x.actor == y.actor or (x.i > 0 and toks[x.i - 1].norm == "بين"):  # "بين باريس وروما": two sides
            continue
        if y.i == x.j and not nt.norm[toks[x.j - 1].nend:toks[y.i].nstart].strip():
            # "و" before the name, or the first letter of a coordinated adjective ("قوات تركية وأميركية")
            conj = "و" in nt.original[toks[y.i].start:y.start] or (y.adjective and toks[y.i].norm.startswith("و"))
        else:
            conj = x.j < y.i <= x.j + 2 and " ".join(t.norm for t in toks[x.j:y.i]) in COMPANIONS
        if conj:
            joined.add(frozenset((x.actor, y.actor)))
    if not joined:
        return pairs
    return [(p, d) for p, d in pairs if not (d and len(p) == 2 and frozenset(p) in joined)]


ADDRESSEE_REACH = 5  # words between a demand and its addressee ("دعت الوزيرة الأمريكية جميع الأطراف")


PEOPLE = "people_addressee"  # event_cues.tsv: "مستثمرين"، "رعاياها": private people asked
PEOPLE_REACH = 3  # words from a demand to such people: at most its subject ("دعت وزارة الخارجية رعاياها")
ASKED_FROM = "من"  # "طلب من X ... إطلاق سراح المواطنين": X is asked, the people are the content's


def _asked_people(toks: list[Token], h: _Hit, k: int, actors: list[_ActorMention]) -> bool:
    """Private people right after a demand or after its subject ("دعت الحكومة مستثمرين
    أجانب إلى ..."، "دعت فرنسا رعاياها إلى مغادرة إيران"): they are asked, no state is,
    and the state after them is the content's. Not further on, nor past "من" ("طلب من
    الرئيس المساعدة في إطلاق سراح المواطنين": the president is asked), nor after a phrase
    of the demand and its content ("طلب … المساعدة في"), nor past a side other than the
    verb's subject ("طالبت X Y بحماية المواطنين": Y is asked)."""
    between = {a.actor for a in actors if h.j <= a.i < k}
    return (h.j - h.i == 1 and k - h.j <= PEOPLE_REACH and all(t.norm != ASKED_FROM for t in toks[h.j:k])
            and len(between) <= 1)


def unnamed_addressee(h: _Hit, toks: list[Token], trig, actors: list[_ActorMention], text: str) -> bool:
    """"دعت X جميع الأطراف إلى ..."، "طالب المجتمع الدولي بـ ...": a demand addressed to
    no one named (event_cues.tsv, kind addressee); the actors after it are the content's.
    At most the verb's own subject stands between, and only when none stands before it.
    A named addressee beside it ("المجتمع الدولي وبخاصة مجلس الأمن") is asked (addressees)."""
    if h.form.type != "REQUEST" or not h.verbal:
        return False
    return _addressed_no_one(h, toks, trig, actors, text)


def _addressed_no_one(h: _Hit, toks: list[Token], trig, actors: list[_ActorMention], text: str) -> bool:
    """unnamed_addressee's reading of a verb of demand, apart from its gate: its generators'
    names are closure cells, made on each call of the function that holds them, and most
    triggers are no such verb."""
    for k in range(h.j, min(len(toks), h.j + ADDRESSEE_REACH)):
        two = toks[k].norm + " " + toks[k + 1].norm if k + 1 < len(toks) else ""
        if trig.cues.get(toks[k].norm) == PEOPLE and _asked_people(toks, h, k, actors):
            return True
        if trig.cues.get(two) == "addressee" or trig.cues.get(toks[k].norm) == "addressee":
            between = {a.actor for a in actors if h.j <= a.i < k}
            preposed = any(0 <= h.i - a.j <= 1 for a in actors)
            if addressees.named_beside(toks, text, actors, k + (2 if trig.cues.get(two) == "addressee" else 1)):
                return False
            return not between or (len(between) == 1 and not preposed)
    return False


LOYALTY = frozenset({"بالولاء", "بولاء"})  # "يدين بالولاء لـ": owes allegiance


def owes_allegiance(h: _Hit, toks: list[Token]) -> bool:
    """"مقاتلون يدينون بالولاء للتنظيم": the verb of condemning (دان) before "بالولاء"
    means to owe loyalty, and condemns no one."""
    return h.form.type == "ACCUSE" and h.verbal and h.j < len(toks) and toks[h.j].norm in LOYALTY


def endangers(h: _Hit, toks: list[Token], trig) -> bool:
    """"يهدد أمن المنطقة"، "تهدد استقرار البلاد"، "يهدد بانهيار": a threat verb whose
    object is what is put at risk (event_cues.tsv, kind endangered) means "endanger" and
    states no threat between actors ("حذرت وحدة الأرصاد": a subject after "warn")."""
    return (h.form.type == "THREATEN" and h.verbal and "هدد" in h.form.tokens[0] and h.j < len(toks)
            and "endangered" in trig.cue_kinds(toks[h.j].norm))


CLAIM_LINKS = frozenset({"ما", "الذي", "التي"})  # "وهو ما تنفيه X"، "الأمر الذي نفته X"
CLAIM_HEADS = frozenset({"هو", "وهو", "هذا", "وهذا", "الامر", "والامر", "وهي", "الاتهام", "الاتهامات", "والاتهامات",
                         "المزاعم", "الادعاءات", "التهم", "والتهم"})  # what the relative returns to


def claim_link(h: _Hit, toks: list[Token]) -> bool:
    """A rejection tied to the sentence's earlier claim ("وهو ما تنفيه"، "الأمر الذي نفته"):
    the relative before the verb and the pronoun on it that returns to the claim."""
    return (h.form.type == "REJECT" and h.verbal and h.i >= 2 and toks[h.i - 1].norm in CLAIM_LINKS
            and toks[h.i - 2].norm in CLAIM_HEADS and toks[h.j - 1].norm.endswith(("ه", "ها")))


@prepared.table()
def _denial_forms() -> frozenset[str]:
    """First words of the triggers that deny a claim (triggers.tsv notes "deny",
    "denial", "untrue"): "نفى"، "تنفي"، "لا أساس"."""
    return _trigger_word_sets()[1]


CLAIM_REACH = 6  # the article's last events among which the claim a denial answers is told
CLAIM_CHARS = 800  # ... told in a sentence starting at most this many characters before the denial's


def denied_accuser(h: _Hit, roles, events: list, sentence_start: int) -> list[str]:
    """"اتهمت X روسيا بالتدخل ... ونفى وزير الخارجية الروسي ذلك": a denial whose sentence
    names only the one who denies answers the accusation just told against it; the
    accuser (the source of that ACCUSE event among the article's last CLAIM_REACH
    events, told within CLAIM_CHARS before) is its target. Empty when there is none."""
    if (h.form.type != "REJECT" or not h.verbal or not roles or not roles[0] or roles[1] or roles[2]
            or h.form.tokens[0] not in _denial_forms()):
        return []
    for e in reversed(events[-CLAIM_REACH:]):
        if e.sentence_start < sentence_start - CLAIM_CHARS:
            break
        if e.type == "ACCUSE" and e.directed and e.actors[1] in roles[0] and e.actors[0] not in roles[0]:
            return [e.actors[0]]
    return []


def combats(h: _Hit, toks: list[Token], trig) -> bool:
    """"مكافحة تمويل الإرهاب"، "ضد دعم الإرهاب": an evaluation (speech_triggers.tsv) right
    after a word of fighting it (event_cues.tsv, kind combat) names what is fought and
    accuses no one."""
    return h.form.speech and h.i > 0 and "combat" in trig.cue_kinds(toks[h.i - 1].norm)


VENUE_KINDS = ("ORG:media", "ORG:company")  # outlets and platforms a statement is made on
VENUE_WORDS = frozenset({"علي", "عبر", "في", "مع", "لدي", "امام"})  # "على تويتر"، "في مقابلة مع قناة X"
VENUE_REACH = 3  # words before the outlet's name where the venue word stands ("عبر حسابه على موقع تويتر")


def said_where(h: _Hit, pairs: list, s_actors: list[_ActorMention], toks: list[Token]) -> list:
    """The pairs of a speech act less those whose target is an outlet or platform named
    only as where it was said ("انتقد بوتين على تويتر"، "في حديث لقناة X"): the medium
    of a statement is not whom it is about."""
    if h.form.type not in SPEECH_ACT_TYPES or not pairs:
        return pairs
    return _not_said_where(h, pairs, s_actors, toks)


def _not_said_where(h: _Hit, pairs: list, s_actors: list[_ActorMention], toks: list[Token]) -> list:
    """said_where past its gate, apart so that a trigger of no speech act returns before the
    closure cells its comprehensions need are made."""
    venues = set()
    for a in s_actors:
        if a.kind.startswith(VENUE_KINDS) and a.i > h.i:
            # "لصحيفة X": told to an outlet ("لشركة X" is of a company, its target)
            lead = a.kind.startswith("ORG:media") and toks[a.i].norm[:1] == "ل" and toks[a.i].start < a.start
            if lead or any(toks[k].norm in VENUE_WORDS for k in range(max(a.i - VENUE_REACH, 0), a.i)):
                venues.add(a.actor)
    named_otherwise = {a.actor for a in s_actors if a.actor in venues and not a.kind.startswith(VENUE_KINDS)}
    venues -= named_otherwise
    if not venues:
        return pairs
    return [(p, d) for p, d in pairs if not (d and len(p) == 2 and p[1] in venues)]


VENUE_SPEECH_REACH = 12  # words from a verb of saying to the على of where it was said ("وكتب السفير ...، في تغريدة على تويتر")


def venue_addressee(group: list[_ActorMention], lead: int, toks: list[Token], trig, ti: int) -> bool:
    """"وكتب ترامب على تويتر أن ..."، "واعتبر X عبر حسابه على تويتر، أن ...": an outlet or
    platform after على, with a verb of saying before it and no complementiser between, is
    where the speaker said it (the أن after it opens what was said), not one he calls on
    ("على روسيا أن ..."، "قال إن على الشركة أن تدفع" stay demands). ``lead``: the على."""
    if not all(g.kind.startswith(VENUE_KINDS) for g in group):
        return False
    if lead > 0 and posted_on(toks[lead - 1].norm):  # "على صفحته على فيسبوك أن"، "نشرت على تويتر أن"
        return True
    for k in range(lead - 1, max(ti, lead - VENUE_SPEECH_REACH) - 1, -1):
        kinds = trig.cue_kinds(toks[k].norm)
        if "complementiser" in kinds:
            return False
        if "speech" in kinds or reporting_verb(toks[k].norm):  # "ذكرت الشرطة على تويتر أن"
            return True
    return False


DEMAND_REACH = 8  # words from a demand to the verb of what it asks ("طلبت X من Y أن تسحب")
THAT = frozenset({"ان", "بان", "وان"})  # normalised "أن" (that, to): the demanded act follows


def demanded_act(h: _Hit, toks: list[Token], last_tok: int, last_type: str) -> bool:
    """"طلبت الكويت من الفلبين أن تسحب سفيرها": a verb introduced by "أن" right after a
    demand is what is demanded, not an act that took place (as a ب noun after it is:
    "طالبت X بسحب قواتها")."""
    return (h.verbal and last_type == "REQUEST" and 0 <= h.i - last_tok <= DEMAND_REACH
            and any(t.norm in THAT for t in toks[max(last_tok, h.i - 3):h.i]))
