"""Actors a sentence names near a trigger in a role other than the side the role model
read them as: applied after the model, so that its training candidates stay as they were.

- a topic: an actor after a preposition of subject matter ("محادثات مع حلفاء واشنطن
  بشأن سوريا"، "أسئلة حول قطر") is spoken of, no side of the act;
- the victim of a verb of undergoing: "تعرضت السفارة الروسية لهجوم من قبل X" tells an
  attack on the embassy, by X if it names one after the act noun; the subject of
  "تعرض" is the target, never the source, and nobody named before it is the source;
- one of a coordinated group: "دعا الاتحاد الأوروبي والأمين العام للأمم المتحدة إلى"
  tells a call by both, neither calling on the other;
- the antecedent of a relative clause: in "الانقلابيين الذين تدعمهم إيران" the pronoun
  of "تدعمهم" takes up the noun before "الذين", so the act's target is that noun, not an
  actor named earlier in the sentence nor one far after the verb;
- a place inside a charge: "اتهمت X إيران بتهريب الأسلحة إلى لبنان" accuses Iran alone, the
  accused standing right after the verb with the charge (a word with ب) after it.

The cue words are data (data/lexicons/topic_cues.tsv, kinds "about" and "befall").
"""
from __future__ import annotations

from core.events.actors import _group_backward, _group_forward
from core.events.roles import _after_between, _pair_key
from core.events import filter_gates, indices, nearby, opinions, threats
from core.events.sentence_sides import unsided
from core.events.speech_acts import adverbial_participle
from core.events.filters import RELATIVES, RESUMPTIVE, TARGET_MARKS, UNDERGO_REACH, _bare, cue_prefixes, topic_cues

# acts of word, whose sides a place named after في never is ("نفت إيران أن تكون ردت من
# سوريا"، "طالب المنظمات العاملة في اليمن"): where something happens, no side
REQUESTS = ("call", "request")  # topic_cues.tsv: what an accepting verb receives ("دعوة"، "طلب")
SPOKEN_TYPES = frozenset({"REQUEST", "REJECT", "SUPPORT", "THREATEN"})
CIVILIAN_TYPES = frozenset({"PROTEST"})  # acts of people, who march to a border against the state beyond it
TROOP_MOVES = frozenset({"RETREAT", "MOBILIZE"})  # troops sent to or pulled from a border face the state beyond it
GIVER_REACH = 6  # words from an act noun to its doer after من ("للوم في هجمات سابقة من قبل محققي X")
GIVER_MARKS = frozenset({"من", "قبل", "جانب"})  # "من قبل X"، "من جانب X"
BEFALL_SUBJECT_REACH = 2  # words from the end of a subject to its verb of undergoing ("السفارة التي تعرضت")
# acts whose object is a party ("الذين تدعمهم"); a denial's or a refusal's is a claim ("الأمر الذي تنفيه روسيا")
PARTY_OBJECT = frozenset({"SUPPORT", "AID", "ASSAULT", "COERCE"})
RELATIVE_TARGET_REACH = 4
ABOUT_REACH = 4  # words from بشأن/حول to a side of what is spoken of ("حول مسار السلام بين الفلسطينيين")
MEDIATION = "وساط"  # the stem of "وساطة": a mediation between two sides is the mediator's act
BETWEEN_GAP = 1  # words between an act noun and its "بين" ("التعاون العسكري بين")
PAUSES = "،,.:؛()\"«»"  # a clause or a quotation ends the topic
COORDINATED_OFFICE = 2  # office words between a و and the side they name ("والأمين العام للأمم المتحدة")  # words from a relative verb to a target it marks ("التي فرضتها واشنطن على أنقرة")


def no_topic_sides(doc, st, pairs: list) -> list:
    """The pairs none of whose sides the sentence names only after a preposition of
    subject matter ("بشأن سوريا"، "حول إيران"), nor one side so a few words further on
    ("حول مسار السلام بين الفلسطينيين وإسرائيل") and the other not: two sides both
    named there ("محادثات حول التعاون بين المغرب وإسرائيل") may be the talks' own."""
    topics, further = unsided(doc, st, _topic_sides)
    if not topics and not further:
        return pairs
    out = []  # a loop: a comprehension's names would be cells of every call
    for p, d in pairs:
        if topics.isdisjoint(p) and (further.isdisjoint(p) or further.issuperset(p)):
            out.append((p, d))
    return out


def _topic_sides(doc, st) -> tuple[set[str], set[str]]:
    """The actors the sentence names only after a preposition of subject matter, and those
    it names only a few words further on (read once per sentence: core.events.sentence_sides)."""
    cues, norms = topic_cues(), doc.norms
    topics, further, named = set(), set(), set()
    if not filter_gates.cue_named(doc, st, cues, ("about",)):
        return topics, further  # gate: both tests below ask cues.get(_bare(w)) == "about" of a word of the sentence
    for a in st.actors:
        about = a.i > st.ti and cues.get(_bare(norms[a.i - 1])) == "about"
        far = not about and _about_further(doc, st, a, cues)
        (topics if about else further if far else named).add(a.actor)
    topics -= named
    further -= named | topics
    return topics, further


def _about_further(doc, st, a, cues) -> bool:
    """Actor a is named within ABOUT_REACH words after a preposition of subject matter
    (the thing spoken of between: "حول مسار السلام بين"), no punctuation between."""
    norms = doc.norms
    for k in range(a.i - 2, max(st.ti, a.i - 1 - ABOUT_REACH) - 1, -1):
        if cues.get(_bare(norms[k])) == "about":
            between = doc.nt.original[doc.toks[k].end:a.start]
            return not any(c in between for c in PAUSES)
    return False


def no_border_sides(doc, st, h, pairs: list) -> list:
    """The pairs whose target (or either side of a joint act) the sentence names only as
    the country of a border ("تمويل الجدار على الحدود مع المكسيك"، "الحدود الأميركية
    المكسيكية"، "حدود سوريا"): the border says where, as "في" does. A source so named is
    a subject dropped before ("وهدد بوقف المساعدات ... إلى الحدود الأمريكية"); a protest
    at a border, and troops sent to or pulled from it ("سحبت قواتها من الحدود مع
    إثيوبيا"), face the state beyond it."""
    if h.form.type in CIVILIAN_TYPES or h.form.type in TROOP_MOVES:
        return pairs
    return _no_border_sides(doc, st, h, pairs)


def _no_border_sides(doc, st, h, pairs: list) -> list:
    """no_border_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    border = unsided(doc, st, _border_sides)
    if not border:
        return pairs
    return [(p, d) for p, d in pairs if border.isdisjoint(p[1:] if d and len(p) == 2 else p)]


def _border_sides(doc, st) -> set[str]:
    """The actors the sentence names only as the country of a border (read once per
    sentence: core.events.sentence_sides)."""
    cues, norms = topic_cues(), doc.norms
    border, named = set(), set()
    for a in st.actors:
        (border if _after_border(norms, st.ti, a, cues) else named).add(a.actor)
    return border - named


def _after_border(norms: list[str], first: int, a, cues) -> bool:
    """The actor follows a border noun: right after it, after its مع, or after one
    adjective between ("الحدود الجنوبية مع"، "الحدود الأميركية المكسيكية")."""
    k = a.i - 1
    if k > first and norms[k] == "مع":
        k -= 1
    for _ in range(2):
        if k < first:
            return False
        if cues.get(_bare(norms[k])) == "border":
            return True
        if not norms[k].startswith("ال"):
            return False
        k -= 1  # an adjective ("الجنوبية"، "الأميركية") between
    return False


def _not_only_places(doc, st, pairs: list) -> list:
    """The pairs none of whose sides the sentence names only as a country or place after
    في (where something happens); an organisation after في is one its members belong to
    ("شركاءها في الاتحاد الأوروبي"), a side."""
    where = unsided(doc, st, _place_sides)
    if not where:
        return pairs
    return [(p, d) for p, d in pairs if where.isdisjoint(p)]


def _place_sides(doc, st) -> set[str]:
    """The actors the sentence names only as a country or place after في (read once per
    sentence: core.events.sentence_sides)."""
    norms = doc.norms
    where = {a.actor for a in st.actors if a.i > st.ti and norms[a.i - 1] == "في" and not a.kind.startswith("ORG")}
    return where - {a.actor for a in st.actors if not (a.i > st.ti and norms[a.i - 1] == "في")}


def befall_word(doc, st, h) -> int | None:
    """The position of a verb of undergoing whose ل governs the act noun ("تعرضت ...
    لهجوم"), within UNDERGO_REACH words before it, or None."""
    tok = doc.toks[h.i]
    governed = doc.nt.original[tok.start:h.start].endswith("ل") or h.i > st.ti and doc.norms[h.i - 1] == "الي"
    if h.form.tokens[0][:1] in "يتن" or not governed:
        return None  # "ليقصف" is a purpose; "لقصف" (ل + a past stem) and "إلى قصف" the noun
    cues = topic_cues()
    for k in range(h.i - 1, max(st.ti, h.i - UNDERGO_REACH) - 1, -1):
        w = _bare(doc.norms[k])
        if w.startswith(cue_prefixes(cues, ("befall",))):
            return k
    return None


def receive_word(doc, st, h) -> int | None:
    """The position of a verb of receiving or facing whose object is the act noun, bare or
    after ب ("حظيت روسيا بدعم الصين"، "تلقت أوكرانيا دعما"), within UNDERGO_REACH words
    before it, or None."""
    if doc.nt.original[doc.toks[h.i].start:h.start] not in ("", "ب"):  # "دعما" may read as a verb
        return None
    cues = topic_cues()
    receiving = cue_prefixes(cues, ("receive",))  # asked once, not at each word
    for k in range(h.i - 1, max(st.ti, h.i - UNDERGO_REACH) - 1, -1):
        w = _bare(doc.norms[k])
        if w in RELATIVES:
            return None  # "يواجه ماكرون الذي يزور ألمانيا": the act is the relative clause's own
        if w.startswith(receiving):
            return k
        if cues.get(w) == "accept":  # "قبلت X دعوة Y"; not "قبلت X تقديم مساعدات", "تلبية"
            return k if cues.get(_bare(doc.norms[h.i])) in REQUESTS else None
    return None


def befallen_target(doc, st, h, pairs: list) -> list:
    """Directed pairs of an act noun that befell the subject of a verb of undergoing:
    that subject (named between the verb and the noun, or just before the verb) is the
    target; the source, if any, is named after the noun. A pair read the other way round
    is turned; one whose source is named before the noun otherwise is dropped. A verb of
    receiving whose subject is a pronoun ("بعد تلقيه تهديدات") names its undergoer earlier,
    as no side: a pair from a side named before the noun to a giver named after it is
    turned, and any other whose source is named before the noun is dropped too."""
    b = befall_word(doc, st, h)
    received = b is None and (b := receive_word(doc, st, h)) is not None
    if b is None:
        return pairs
    return _befallen_target(doc, st, h, pairs, b, received)


def _befallen_target(doc, st, h, pairs: list, b: int, received: bool) -> list:
    """befallen_target past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    norms = doc.norms
    # the subject before the verb, or before the relative word that opens it ("العميل
    # الروسي المزدوج الذي تعرض للتسميم")
    subject_end = b - 1 if b - 1 > st.ti and norms[b - 1] in RELATIVES else b
    victims = {a.actor for a in st.actors if (b < a.i < h.i or 0 <= subject_end - a.j < BEFALL_SUBJECT_REACH)
               and norms[a.i - 1] != "في"}  # "تعرضت السفارة الروسية في دمشق": the embassy, not Syria
    before = {a.actor for a in st.actors if a.i < h.i}
    if not victims and not received:
        return pairs  # "وتعرضها لإطلاق نار": a pronoun's subject, named somewhere before
    # the source is named after the noun, not where it happened ("للتسميم في بريطانيا")
    after = givers(doc, st, h) - before
    pronoun = not victims  # "بعد تلقيه تهديدات"، "أنه سيتلقى الدعم من X": the receiver named before, as no side
    victims = victims or before
    out = []
    for p, d in pairs:
        if not d or len(p) != 2:
            out.append((p, d))
        elif p[0] in victims and p[1] in after:
            out.append(([p[1], p[0]], d))  # "تعرضت روسيا لهجوم من X": X attacked Russia
        elif p[0] not in before and (pronoun or p[1] in victims):
            out.append((p, d))
    return out


def givers(doc, st, h) -> set[str]:
    """The actors named after the act noun as who did it: its genitive, or one or two
    words after من within a few words ("بدعم الصين وإيران"، "دعما عسكريا من روسيا"،
    "لهجوم من قبل X"، "من قبل محققي المنظمة"),
    with those joined to them by و; one named further on ("يواجه ترامب انتقادات لتقاعسه
    عن معاقبة روسيا") or where it happened ("للتسميم في بريطانيا") did nothing."""
    norms, out, end = doc.norms, set(), None
    for a in st.actors:
        if a.i < h.j or norms[a.i - 1] == "في":
            continue
        if (a.i == h.j or a.i - h.j <= GIVER_REACH and not GIVER_MARKS.isdisjoint(norms[a.i - 2:a.i])
                or end is not None and a.i == end and _joined(doc, a, a.i)):
            out.add(a.actor)
            end = a.j
    return out


def relative_target(doc, st, h, pairs: list) -> list:
    """Directed pairs of a verb that opens a relative clause and takes up its antecedent
    by a pronoun ("الذين تدعمهم إيران"): the target is the antecedent, the actor ending
    right before the relative word, or one the clause marks as target right after the verb
    ("التي فرضتها واشنطن على أنقرة"); no actor named before the antecedent is."""
    norms = doc.norms
    if h.form.type not in PARTY_OBJECT or h.i - 1 <= st.ti or norms[h.i - 1] not in RELATIVES:
        return pairs
    return _relative_target(doc, st, h, pairs, norms)


def _relative_target(doc, st, h, pairs: list, norms) -> list:
    """relative_target past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    word, form = norms[h.i], h.form.tokens[0]
    if len(word) <= len(form) or not word.startswith(form) or not word.endswith(RESUMPTIVE):
        return pairs  # no pronoun of its own: the antecedent is its subject ("التي فرضت")
    targets = {a.actor for a in st.actors if a.j == h.i - 1}
    for a in st.actors:
        if h.j <= a.i <= h.j + RELATIVE_TARGET_REACH and (norms[a.i - 1] in TARGET_MARKS
                                                          or _marked_by_prefix(doc, a)):
            targets.add(a.actor)
    return [(p, d) for p, d in pairs if not d or len(p) != 2 or p[1] in targets]


def _marked_by_prefix(doc, a) -> bool:
    """The actor's word carries a ل of the target ("لأنقرة")."""
    tok = doc.toks[a.i]
    return doc.nt.original[tok.start:a.start] in ("ل", "ول")


def _coordinated_only(doc, st, x: str, y: str) -> bool:
    """Every mention of y in the sentence is joined by و right after a mention of x, or
    the other way round ("دعا الاتحاد الأوروبي والأمين العام للأمم المتحدة"): the two
    share one role, never one acting on the other. Not after بين, which names the two
    sides of a joint act."""
    xs, ys = [], []  # loops, not comprehensions: the names these read were closure cells on every call
    for a in st.actors:
        if a.actor == x:
            xs.append(a)
        if a.actor == y:
            ys.append(a)
    starts = {a.i for a in st.actors}
    for a in ys:
        first = _joined_after(doc, a, xs, starts)
        if first is None or (first.i > 0 and doc.norms[first.i - 1] == "بين"):
            return False
    return bool(ys)


def _joined_after(doc, a, xs: list, starts: set[int]):
    """The first mention of ``xs`` that y's mention ``a`` is joined to by و: the و opens a's
    mention or the office words before it ("والأمين العام للأمم المتحدة"), no actor between."""
    toks = doc.toks
    for b in xs:
        if 0 <= a.i - b.j <= COORDINATED_OFFICE and starts.isdisjoint(range(b.j, a.i)) and _joined(doc, a, b.j) \
                and not doc.nt.norm[toks[b.j - 1].nend:toks[b.j].nstart].strip():
            return b
    return None


def _joined(doc, a, k: int) -> bool:
    """Word k opens mention a with a conjunction: و written before the mention in its own
    word ("وإسرائيل", not "واشنطن", whose و is its first letter) or before an adjective's
    article ("والأميركي"), a و of its own, or و with the article on the office words before
    the mention ("والأمين العام للأمم المتحدة")."""
    word = doc.norms[k]
    if k == a.i:  # an adjective's mention keeps its و ("التركي والأميركي")
        return doc.nt.original[doc.toks[k].start:a.start][:1] == "و" or a.kind == "ADJ" and word.startswith("وال")
    return word == "و" or word.startswith("وال")  # "و الأميركية"


LIST_HEAD = 3  # words between "بين" and the first name of its list ("بين جامعات ومؤسسات سعودية وأميركية")


def no_listed_pairs(doc, st, h, pairs: list) -> list:
    """Directed pairs of an act not done jointly less those whose two sides stand in one
    run of names joined by و, the source first (actors._coordinated, no commas): "ندد
    البريطانيون والكنديون والأمم المتحدة" names three co-sources, the first and the
    last no pair (no_coordinated_pairs sees the neighbours only), when every mention of
    the target is so listed. Not a list after "بين"
    ("محادثات بين وزير الدفاع الفرنسي ونظيره الألماني"), nor the two parties of one word
    ("البلدان"), which are the pair."""
    if h.form.joint or not any(d and len(p) == 2 for p, d in pairs):
        return pairs
    return _no_listed_pairs(doc, st, h, pairs)


def _no_listed_pairs(doc, st, h, pairs: list) -> list:
    """no_listed_pairs past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    targets = {p[1] for p, d in pairs if d and len(p) == 2}
    runs: dict[str, set] = {}  # each target: the sides listed before every mention of it
    for k, a in enumerate(st.actors):
        if a.actor not in targets:
            continue
        run = _group_backward(st.actors, k, doc.toks, doc.nt, commas=False)
        listed = set()  # loops, not comprehensions: their names would be cells of every call
        if "بين" not in doc.norms[max(st.ti, run[0].i - LIST_HEAD - 1):run[0].i]:
            for b in run:
                if b.i < a.i:
                    listed.add(b.actor)
        runs[a.actor] = runs[a.actor] & listed if a.actor in runs else listed
    out = []
    for p, d in pairs:
        if not d or len(p) != 2 or p[0] not in runs.get(p[1], ()):
            out.append((p, d))
    return out


def no_coordinated_pairs(doc, st, pairs: list) -> list:
    """Directed pairs less those whose two sides the sentence names only as one
    coordinated group (_coordinated_only)."""
    kept = []  # a loop, not a comprehension: no closure cells
    for p, d in pairs:
        if not d or len(p) != 2 or not (_coordinated_only(doc, st, p[0], p[1]) or _coordinated_only(doc, st, p[1], p[0])):
            kept.append((p, d))
    return kept


def between_sides_only(doc, st, h, pairs: list) -> list:
    """"وهناك مباحثات بين الروس وجيش الإسلام": an act noun whose "بين" names two or more
    coordinated sides right after it is theirs alone; a speaker, a host or a party named
    elsewhere in the sentence is in none of its pairs."""
    if h.verbal or not pairs:
        return pairs
    return _between_sides_only(doc, st, h, pairs)


def _between_sides_only(doc, st, h, pairs: list) -> list:
    """between_sides_only past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    norms = doc.norms
    if any(MEDIATION in norms[k] for k in range(max(st.ti, h.i - 1), h.j)):
        return pairs  # "عرض الوساطة بين تركيا والأكراد": the mediator is a side
    k = next((k for k in range(h.j, min(h.j + BETWEEN_GAP + 1, st.tj)) if norms[k] == "بين"), None)
    if k is None:
        return pairs
    first = next((n for n, a in enumerate(st.actors) if k < a.i <= k + 2 and _after_between(doc.toks, a.i)), None)
    if first is None:
        return pairs
    sides = {a.actor for a in _between_group(doc, st, first)}
    if len(sides) < 2:
        return pairs  # "بين الحكومة الشرعية والميليشيا": one side unnamed, the other not known
    return [(p, d) for p, d in pairs if sides.issuperset(p)]


def _between_group(doc, st, first: int) -> list:
    """The sides coordinated from the actor at index first: joined by و, or after a head
    word that carries the و ("بين إسرائيل وحركة حماس")."""
    group = _group_forward(st.actors, first, doc.toks, doc.nt)
    last = first + len(group) - 1
    while last + 1 < len(st.actors):
        a, b = st.actors[last], st.actors[last + 1]
        if not (b.i == a.j + 1 and doc.norms[a.j][:1] == "و" and len(doc.norms[a.j]) > 2):
            break
        group.append(b)
        last += 1
    return group


def adjective_agents(doc, st, h, pairs: list) -> list:
    """Directed pairs of an act noun less those whose target is a nationality adjective
    written right after the noun ("قصف إسرائيلي"، "هجوم أمريكي بريطاني فرنسي"): the
    adjective names who acted, never whom it was done to (a verb's adjective right after
    it is its subject too). A phrase that ends on its object ("استدعاء السفير الروسي"،
    "سحب دبلوماسيين روس") has the adjective describe the object; an indefinite word of
    blame said of another ("إن هذه مهزلة بريطانية") accuses whom its adjective names,
    unlike an accusation made ("المزاعم الروسية"، "التحقيقات البريطانية"). An adverbial
    participle ("...، محذرة السوريين") governs the word after it as a verb does, and its
    subject is its clause's: the nationality noun after it is whom it warns or accuses."""
    if not pairs or len(h.form.tokens) > 1 or h.form.type == "ACCUSE" and _indefinite(doc.norms[h.i]):
        return pairs  # "إن هذه مهزلة بريطانية"، "فشل إيراني": the speaker accuses whom the adjective names
    return _adjective_agents(doc, st, h, pairs)


def _adjective_agents(doc, st, h, pairs: list) -> list:
    """adjective_agents past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    if adverbial_participle(h, doc.toks, doc.nt):
        return pairs  # "، داعيا الإيرانيين إلى": the participle's object
    agents, end = set(), h.j
    for a in st.actors:
        if a.i == end and a.kind == "ADJ" and (not h.verbal or _subject_form(doc.norms[a.i])):
            agents.add(a.actor)
            end = a.j
    if not agents:
        return pairs
    return [(p, d) for p, d in pairs if not d or len(p) != 2 or p[1] not in agents]


def _indefinite(word: str) -> bool:
    """The written word has no article after its proclitics ("مهزلة"، "فشل"; not
    "المزاعم"، "بالمزاعم"، "للمزاعم")."""
    w = _bare(word)
    return not (w.startswith(("ال", "لل")) or w[1:].startswith("ال"))


def _subject_form(word: str) -> bool:
    """A nationality word after a verb that can only be its subject: indefinite ("قصف
    إسرائيلي") or a nominative plural ("يطالب الفلسطينيون"); "اتهمت البريطانيين" and
    "اعتقلت الألماني" name the object."""
    return not word.startswith("ال") or word.endswith("ون")


def sides_by_role(doc, st, h, pairs: list) -> list:
    """The pairs less those whose sides the sentence names as a topic, turned or dropped
    where a verb of undergoing or a relative clause says who the target is."""
    if not pairs:
        return pairs
    read = pairs
    pairs = indices.no_index_sides(doc, st, pairs)  # "تراجع مؤشر ناسداك": an index, no company acting
    pairs = nearby.no_nearby_bodies(doc, st, h, pairs)  # "إطلاق نار قرب مقر شركة X": where, not whom
    if h.form.type in SPOKEN_TYPES:
        pairs = _not_only_places(doc, st, pairs)  # "طالب المنظمات العاملة في اليمن": no demand of Yemen
    pairs = no_listed_pairs(doc, st, h, no_coordinated_pairs(doc, st, pairs))  # "دعا X والأمين العام": both call
    pairs = between_sides_only(doc, st, h, pairs)  # "مباحثات بين الروس وجيش الإسلام": theirs alone
    pairs = adjective_agents(doc, st, h, pairs)  # "قصف إسرائيلي": Israel shelled
    pairs = no_border_sides(doc, st, h, pairs)  # "الحدود مع المكسيك": where, no side
    pairs = opinions.not_opinions(doc, st, pairs)  # "الكاتب يربط بين ..."، "صحيفة X تكتب عن": a view
    pairs = threats.protected_sides(doc, st, h, pairs)  # "حذر من عدوان على سوريا": Syria is protected
    pairs = relative_target(doc, st, h, befallen_target(doc, st, h, no_topic_sides(doc, st, pairs)))
    if h.form.type == "ACCUSE" and len(pairs) > 1:
        pairs = no_charge_sides(doc, st, h, pairs)  # "اتهمت X إيران بتهريب الأسلحة إلى لبنان": Iran alone
    if not pairs:
        # the sentence has told an act all the same: the role model need not relax for the
        # triggers after it (core.events.learned.RELAX), as after a purpose or a topic
        st.pairs.update(_pair_key(p) for p in read)
    return pairs


CHARGE_REACH = 3  # words from an accusing verb to the end of the accused it names before the charge


def no_charge_sides(doc, st, h, pairs: list) -> list:
    """An accusation's pairs less those whose target the sentence names only inside the
    charge: in "اتهمت فرنسا إيران بتهريب الأسلحة إلى لبنان" the accused is the actor right
    after the verb, followed at once by the charge (a word with ب); Lebanon is where the
    arms went, not a second accused."""
    if not h.verbal:  # "نددت دمشق بـ...": first, so that no closure cell is made (the rest reads nothing it changes)
        return pairs
    return _no_charge_sides(doc, st, h, pairs)


def _no_charge_sides(doc, st, h, pairs: list) -> list:
    """no_charge_sides past its gates, apart so that the calls that end at them return before the
    closure cells its comprehensions and lambdas need are made."""
    toks = doc.toks
    accused = [a for a in st.actors if h.j <= a.i and a.j - h.j <= CHARGE_REACH
               and a.j < len(toks) and toks[a.j].norm.startswith("ب") and not any(b.i == a.j for b in st.actors)]
    targets = {p[-1] for p, d in pairs if d}
    if not h.verbal or not accused or accused[-1].actor not in targets - {p[0] for p, _ in pairs}:
        return pairs  # "نددت دمشق بـ...": the one before the charge is the subject
    charge = accused[-1].j
    named = {a.actor for a in st.actors if a.i < charge}
    return [(p, d) for p, d in pairs if not d or p[-1] in named]
