"""Where an attack struck whose author the text names and whose target it does not: the
country of its unnamed targets, "Targets (X)" (core.events.authored).

The sentence decides first: the nationality of a downed craft ("إسقاط الطائرة الروسية
بنيران X"); the accuser of an attack on itself ("تتهم إسرائيل إيران باستهدافها"); else
the one country named after the attack, by name or by the nationality of what was hit
("على مواقع في سوريا"، "قوات الشرطة الإسبانية")، where two are, the one named as where
("على القواعد الإيرانية في سوريا"); else the one country of the places it names ("بمقتل
أطفال في غزة برصاص ..."). Countries named before the attack are mostly who tells or
accuses ("تتهم واشنطن X باستخدام ..."), not where it struck. Never where it struck, in
the sentence or the article: a country named as the author's leader ("بقيادة X") or
backer ("المدعومة من إيران"), the names and nationalities joined to the author's
(co-authors: "نفذتها الولايات المتحدة وبريطانيا وفرنسا"، "غارات سورية وأخرى روسية"; or
what describes it: "ميليشيات الحوثي الإيرانية"), where the attack came from ("انطلاقا
من سوريا"), and a country the article names only in its dateline, where the report was
filed ("دبي، الإمارات العربية المتحدة (CNN)"). The author's own country named after the
attack as a side ("قناص إسرائيلي ... دعوى ضد إسرائيل") is not where it struck; named as
where ("في سوريا") or by its places it is (a regime's raids on its own towns). Before
all these, the one country named where the attack was aimed, after a word of direction
("صاروخا باتجاه جازان"، "نحو الأراضي السعودية"، "صواريخ على المدن السعودية"، "إلى" for a
launched projectile; data/lexicons/direction_words.tsv): a group's missile fired at a
neighbour's town struck the neighbour, not the group's own country the article names
most. The place named after "من" ("من غزة نحو سديروت"، "من داخل الأراضي اليمنية") is where
it came from, never where it struck. The words of another act's clause ("ردا على إطلاق
صواريخ باتجاه X"، "فيما دوت صفارات الإنذار في X"; core.events.other_acts) tell that act's
places, not this attack's. For a launched projectile, the one state whose defences stopped
it ("اعترضت الدفاعات السعودية صاروخا") is where it was fired. The article-wide fallback
leaves the author's home aside where the sentence names it as the other side's ground or
aims the attack at another state's land ("على أراضي المملكة": it crossed a border; not
"على الأراضي الخاضعة لسيطرة X", land told by whose control).
"""
from __future__ import annotations

import bisect
import collections

from core import prepared
from core.events import attack_sides, backers, governing, implied, other_acts, triggers, violence
from core.lexicon import DATA_DIR, is_state_id, load_lexicon, match_key, read_table, read_tsv
from core.text import clitic_variants, normalize_for_match

LEADER = "leader"  # violence_cues.tsv: a word of leading before a country ("بقيادة"، "تقوده")
LEADER_REACH = 2  # words before a country where the word of leading stands ("بقيادة الولايات المتحدة")
OBJECT_PRONOUNS = ("ها", "هم")  # on an attack noun: its object ("باستهدافها": of targeting her)
# stopwords.tsv kinds of a word after such a noun that is none of its objects ("باستهدافها منذ"، "بقصفها أمس")
NO_OBJECT_KINDS = frozenset({"preposition", "time"})
NO_OBJECT_WORDS = frozenset({"علي", "الي"})  # على، إلى, normalised (stopwords.tsv lists neither as a preposition)
HIT_REACH = 12  # words after the attack where the nationality of what it hit stands ("على أهداف إيرانية")
OBJECT_MARKS = frozenset({"علي", "ضد"})  # before the attack's object ("على المدنيين السوريين")
FROM = frozenset({"من", "ومن"})  # before where an attack came from ("من داخل الأراضي اليمنية")
FROM_REACH = 4  # words before a country where "من داخل" stands
CAPITAL = "STATE>:capital"  # actor kind of a capital: no place where a word of speech stands beside it ("قالت واشنطن")
HOME_BODY = "BODY"  # actor kind of a body the article's own state is read from ("الشرطة"، "الجيش"): mostly acts at home
ANOTHER = frozenset({"واخري", "واخر", "واخرون"})  # "لغارات سورية وأخرى روسية": another author's attacks
LOCATED = frozenset({"في", "وفي", "داخل", "بداخل", "فوق"})  # words before where an attack struck ("غارات في سوريا")
# direction_words.tsv kinds: before the place aimed at ("باتجاه"، "على"); "إلى" after a launch word only
TOWARD, ONTO, LAUNCHED_TO, LAUNCH, HEAD = "toward", "onto", "launched_to", "launch", "head"
TERRITORY = "territory"  # a head that is a country's land ("باتجاه الأراضي"، "على العمق"): the attack crossed a border
INTERCEPTOR_REACH = 4  # words after a word of alarm where the interceptor's nationality stands ("اعترضت قوات الدفاع الجوي السعودي")
KINGDOM_NAMERS = ("COUNTRY", "ORG", "PLACE")  # entity types whose country an article's "المملكة" may refer back to


def _craft_country(h, norms: list[str], actors: list) -> str | None:
    """The one state whose nationality stands on a craft the attack hit: right after the
    attack noun ("إسقاط الطائرة الروسية بنيران X") or right before the author's fire
    ("الطائرة الروسية بنيران X"): the craft's country was hit, not the fire's."""
    def hit(a) -> bool:
        k = a.i - 1
        if not a.adjective or k < 0 or attack_sides._kind(norms[k]) not in attack_sides.CRAFT:
            return False
        return a.j == h.i or not h.verbal and h.j - 1 <= k <= h.j + attack_sides.CRAFT_GAP
    states = {a.actor for a in actors if is_state_id(a.actor) and hit(a)}
    return next(iter(states)) if len(states) == 1 else None


def leading_at(norms: list[str], k: int, ti: int) -> int | None:
    """The word of leading within LEADER_REACH words before word k (not before ti), the
    nearest first, or None."""
    return next((m for m in range(k - 1, max(ti, k - LEADER_REACH) - 1, -1) if violence.cue_kind(norms[m]) == LEADER), None)


def led(doc, k: int, ti: int) -> bool:
    """The word at ``k`` follows a word of leading ("غارات التحالف بقيادة الولايات
    المتحدة"، "التي تقودها X"): the leader of the author, not where the attack struck."""
    return leading_at(doc.norms, k, ti) is not None


def _author_words(st, src) -> range:
    """The words of the author's name and of the names and nationalities joined to it
    ("ضربات أميركية وفرنسية وبريطانية"، "نفذتها الولايات المتحدة وبريطانيا وفرنسا"،
    "ميليشيات الحوثي الإيرانية"): co-authors, or what describes the author."""
    starts = {a.i: a.j for a in st.actors}
    end = src.j
    while end in starts and starts[end] > end:
        end = starts[end]
    return range(src.i, end)


def _no_target(doc, st, k: int, iso: str, barred: dict, author: range) -> bool:
    """Whether the country at word ``k`` is none the attack struck: its author's leader or
    backer ("المدعومة من إيران"، "بدعم روسي"), a co-author or a word describing the author."""
    return (k in author or led(doc, k, st.ti) or iso in barred
            or k > 0 and (doc.norms[k - 1] in ANOTHER or backers.BACKING_NOUN.match(doc.norms[k - 1]) is not None))


def _sentence_countries(src, own, h, doc, st) -> tuple[set, set, set, set, set, set]:
    """(countries named after the attack, those of them named as where ("في سوريا"،
    "داخل الأراضي السورية"), those named by the nationality of what was hit ("مواقع
    إيرانية"), countries of the places the sentence names, countries it names that are no
    target, countries named where the attack was aimed (_aimed)), past the dateline and
    the author's own words. A country named as where it came from (_origin) is none."""
    after, located, hit, places, barred_here, aimed = set(), set(), set(), set(), set(), set()
    barred = backers.sentence_backers(doc, st)
    author = _author_words(st, src)
    filed = _dateline_only(doc)
    speech = governing.cue_forms(triggers.load_triggers(), "speech")
    speaking = {a.i for a in st.actors if a.kind == CAPITAL and (  # "قالت واشنطن"، "واشنطن تقول"
        a.i > st.ti and doc.norms[a.i - 1] in speech or a.j < st.tj and doc.norms[a.j] in speech)}
    opened, alarm = other_acts.clause_starts(doc.norms, h, st.tj, _direction)  # "ردا على إطلاق صواريخ باتجاه X"
    kinds = {_direction(w) for w in doc.norms[st.ti:alarm]}  # the other side's launch tells no origin of this attack
    launched, fired = LAUNCH in kinds, bool(kinds & {LAUNCH, TOWARD})  # "من" tells an origin only for these
    for e in doc.entities:
        if e.type not in ("COUNTRY", "PLACE"):
            continue
        iso = e.id if e.type == "COUNTRY" else e.country
        for m in e.mentions:
            if not iso or iso in filed or not st.start <= m.start < st.end or src.start <= m.start < src.end:
                continue
            k = bisect.bisect_right(doc.tok_starts, m.start) - 1
            if k in speaking:
                continue  # "قالت واشنطن"، "واشنطن تعتقد": a capital standing for its state
            if k >= opened or k >= alarm and iso == own:
                continue  # the other side's act: its rockets' aim, its sirens at the author's home
            if _no_target(doc, st, k, iso, barred, author) or fired and m.start >= h.start and _origin(doc.norms, k, st.ti):
                barred_here.add(iso)
                continue
            if m.start >= h.start and _aimed(doc.norms, k, st.ti, launched):
                aimed.add(iso)
            if m.start >= h.start:
                where = k and doc.norms[k - 1] in LOCATED and not _from(doc.norms, k)
                if where:
                    located.add(iso)
                if where or iso != own or e.type == "PLACE":  # "قناص إسرائيلي ... دعوى ضد إسرائيل": its own as a side
                    after.add(iso)
            if e.type == "PLACE":
                places.add(iso)
    ends = {a.j for a in st.actors if not a.adjective}
    for a in st.actors:  # "قوات الشرطة الإسبانية"، "مواقع إيرانية": the nationality of what was hit
        if (a.adjective and h.j <= a.i < min(h.j + HIT_REACH, opened) and a.i not in ends and is_state_id(a.actor)
                and a.actor not in filed and not _from(doc.norms, a.i) and (a.actor != own or _object(doc.norms, a.i))
                and not _no_target(doc, st, a.i, a.actor, barred, author)):
            after.add(a.actor)
            if _aimed(doc.norms, a.i, st.ti, launched):
                aimed.add(a.actor)  # "على المدن السعودية"
            if any(w in LOCATED for w in doc.norms[max(a.i - 2, 0):a.i]):
                located.add(a.actor)  # "داخل الأراضي السورية"
            elif a.actor != own:
                hit.add(a.actor)
    return after, located, hit, places, barred_here, aimed


@prepared.table()
def _directions() -> dict[str, str]:
    """direction_words.tsv: a bare normalised word → its kind."""
    return {r["word"]: r["kind"] for _, r in read_table("direction_words.tsv")}


def _direction(w: str) -> str | None:
    """The direction_words.tsv kind of a normalised word, read past its proclitics ("وباتجاه")."""
    words = _directions()
    for stem, _ in clitic_variants(w):  # a loop: a generator's names would be cells of every call
        if stem in words:
            return words[stem]
    return None


def _aimed(norms: list[str], k: int, lo: int, launched: bool) -> bool:
    """Whether the place or country at word k is where the attack was aimed: a word of
    direction stands right before it, or before a place noun before it ("باتجاه جازان"،
    "نحو مدينة سديروت"، "على المدن السعودية"); "إلى" only in a sentence that launches
    ("أطلقوا صاروخا إلى إيلات", not "زيارة إلى الرياض")."""
    j = k - 1
    if j > lo and _direction(norms[j]) in (HEAD, TERRITORY):
        j -= 1
    kind = _direction(norms[j]) if j >= lo else None
    return kind in (TOWARD, ONTO) or kind == LAUNCHED_TO and launched


def _aimed_kingdom(h, doc, st, leave: set) -> str | None:
    """The one monarchy the article names (by its name, or as the country of a body or a
    place: "قوات الدفاع الجوي السعودية"، "نجران") that a word referring back to it names as where
    the attack was aimed ("صاروخا أطلقته ميليشيات الحوثي باتجاه المملكة": the kingdom of
    the article; generic_refs.tsv gives the word's monarchy kind), the author's own
    country, its backers and leaders aside."""
    lex, norms = load_lexicon(), doc.norms
    kinds = {kind for k in range(h.j, min(st.tj, len(norms))) if _aimed(norms, k, st.ti, False)
             for stem, _ in clitic_variants(norms[k]) if (kind := lex.generic_monarchy.get(match_key(stem)))}
    if len(kinds) != 1:
        return None
    kind = next(iter(kinds))
    named = {e.id if e.type == "COUNTRY" else e.country for e in doc.entities if e.type in KINGDOM_NAMERS}
    states = {c for c in named - leave if c in lex.by_id and lex.by_id[c].monarchy_kind == kind}
    return next(iter(states)) if len(states) == 1 else None


def _interceptor(h, doc, st, leave: set) -> str | None:
    """The one state whose defences stopped the projectile the attack launched, named
    within INTERCEPTOR_REACH words after a word of alarm or right before it ("اعترضت
    الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون"، "أعلنت السعودية اعتراض صاروخ"): a
    missile is intercepted over the land it was fired at. Not for an attack that launches
    nothing, nor the author's own country, its backers and leaders."""
    norms = doc.norms
    if not any(_direction(w) == LAUNCH for w in norms[h.i:h.j]):
        return None
    alarms = [k for k in range(st.ti, st.tj) if other_acts.alarm_at(norms, k, _direction) and not h.i <= k < h.j]
    states = {a.actor for a in st.actors if is_state_id(a.actor) and a.actor not in leave and any(
        k < a.i <= k + INTERCEPTOR_REACH or a.j == k for k in alarms)}
    return next(iter(states)) if len(states) == 1 else None


def _origin(norms: list[str], k: int, lo: int) -> bool:
    """Whether the place or country at word k is named as where the attack came from:
    "من" right before it, or before a place noun or "داخل" before it ("من غزة"، "من داخل
    الأراضي اليمنية"، "انطلاقا من الأراضي السورية"), never where it struck. Asked only of
    a sentence that launches or aims (_sentence_countries): elsewhere "من" mostly tells
    who ("نشر قوات من إيران": the Iranian forces may be what was hit)."""
    if k - 1 >= lo and norms[k - 1] in FROM:
        return True
    return k - 2 >= lo and norms[k - 2] in FROM and (norms[k - 1] in LOCATED or _direction(norms[k - 1]) in (HEAD, TERRITORY))


def _one(here: set, located: set, hit: set, places: set) -> str | None:
    """The one country of ``here``, or of those of them named as where ("على القواعد
    الإيرانية في سوريا"), or of those whose places the sentence names ("الضربة استهدفت
    موقعا قرب العاصمة السورية دمشق ... قوات النظام السوري والإيرانيين"), or of those
    named by the nationality of what was hit; None when that leaves two."""
    for some in (here, here & located, here & places, here & hit):
        if len(some) == 1:
            return next(iter(some))
    return None


def country(src, h, doc, st) -> str | None:
    """The country the attack took place in (module docstring), or None when the sentence
    names two after it or two places' countries."""
    own = implied.actor_country(src.actor, doc.entities)
    if craft := _craft_country(h, doc.norms, st.actors):
        return craft
    if (accuser := _accuser_hit(h, doc, st)) is not None:
        return accuser
    after, located, hit, places, barred, aimed = _sentence_countries(src, own, h, doc, st)
    if len(aimed) == 1:
        return next(iter(aimed))
    if not aimed and (kingdom := _aimed_kingdom(h, doc, st, {src.actor, own} | barred)):
        return kingdom
    if not aimed and (stopper := _interceptor(h, doc, st, {src.actor, own} | barred)):
        return stopper
    for here in (after, places):
        if here:
            return _one(here, located, hit, places)
    state = is_state_id(src.actor) and src.kind != HOME_BODY
    away = _crossed(h, doc, st, own) or state and _own_named(src, own, h, doc, st)
    return _fallback(doc, own, {src.actor} | barred, state, away)


def _own_named(src, own: str | None, h, doc, st) -> bool:
    """Whether the sentence names the author's own country (by its name or a place of it)
    as the other side's ground: aimed at in another act's clause after the attack, or after a word
    of alarm ("غارات ردا على إطلاق صواريخ باتجاه X"، "فيما دوت صفارات الإنذار في X"), or
    after a word of alarm before it ("دوت صفارات الإنذار في X بعد أن شنت طائرات X غارات")."""
    if own is None:
        return False
    norms = doc.norms
    opened, alarm = other_acts.clause_starts(norms, h, st.tj, _direction)
    alarmed = next((k for k in range(st.ti, h.i) if other_acts.alarm_at(norms, k, _direction)), h.i)
    places = {e.id for e in doc.entities if e.type == "PLACE" and e.country == own}
    author = _author_words(st, src)
    def ground(a) -> bool:  # aimed at in the other act's clause, or where its alarm sounded
        if a.i >= opened:
            return _aimed(norms, a.i, st.ti, True) or any(  # "ردا على سقوط قذائف ... في عربين": a civil war's, at home too
                other_acts.alarm_at(norms, k, _direction) for k in range(opened, a.i))
        return a.i >= alarm or alarmed < a.i < h.i and not a.adjective
    return any((a.actor == own or a.actor in places) and a.i not in author and ground(a) for a in st.actors)


def _crossed(h, doc, st, own: str | None) -> bool:
    """Whether the sentence aims the attack at another country's land ("صاروخا على أراضي
    المملكة"، "باتجاه العمق السعودي"): it crossed into another country, and the author's
    own home, however often the article names it, is not where it struck. Only where the
    land word is followed by another state's name or nationality, or by a word standing
    for a kingdom (_land_abroad): "غارات على الأراضي الخاضعة لسيطرة المعارضة"، "على
    الأراضي التي يسيطر عليها التنظيم" tell whose control, not a border crossed."""
    norms = doc.norms
    opened, _ = other_acts.clause_starts(norms, h, st.tj, _direction)
    return any(_direction(norms[k]) == TERRITORY and _direction(norms[k - 1]) in (TOWARD, ONTO, LAUNCHED_TO)
               and _land_abroad(doc, st, k + 1, own) for k in range(max(h.j, st.ti + 1), opened))


def _land_abroad(doc, st, k: int, own: str | None) -> bool:
    """Whether word k, right after a land word, names a state other than ``own`` (its
    name or nationality: "أراضي المملكة"، "العمق السعودي") or a kingdom
    (generic_refs.tsv monarchy kind: "المملكة")."""
    if k >= min(st.tj, len(doc.norms)):
        return False
    if any(a.i == k and is_state_id(a.actor) and a.actor != own for a in st.actors):
        return True
    lex = load_lexicon()
    return any(lex.generic_monarchy.get(match_key(stem)) for stem, _ in clitic_variants(doc.norms[k]))


def _accuser_hit(h, doc, st) -> str | None:
    """The state that accuses another of an attack on it, told by the pronoun on the
    attack noun ("تتهم إسرائيل إيران باستهدافها"، "اتهمت سوريا إسرائيل بقصفها"): the
    accuser, the state right before the accused, was struck. Only with no object after the
    noun (_no_object_after): "اتهمت X Y بقصفها مستشفيات في إدلب" has the pronoun as the
    doer (Y's own bombing of hospitals), and the sentence's places tell where it struck."""
    norms, actors = doc.norms, st.actors
    w = norms[h.i]
    if h.verbal or not w.startswith("ب") or not w.endswith(OBJECT_PRONOUNS) or not _no_object_after(doc, st, h.i):
        return None
    before = [a for a in actors if st.ti <= a.i and a.j <= h.i and not a.adjective]
    if len(before) < 2 or before[-1].j != h.i or before[-2].j != before[-1].i:
        return None
    return before[-2].actor if is_state_id(before[-2].actor) else None


def _no_object_after(doc, st, k: int) -> bool:
    """Whether no object follows word k: the sentence ends after it, a punctuation mark
    stands after it, or the next word is a preposition or a word of time ("باستهدافها
    منذ"، "بقصفها في"، "بقصفها أمس")."""
    if k + 1 >= st.tj or k + 1 >= len(doc.toks):
        return True
    if doc.nt.original[doc.toks[k].end:doc.toks[k + 1].start].strip():
        return True
    return violence._bare(doc.norms[k + 1]) in _no_object_words()


@prepared.table()
def _no_object_words() -> frozenset[str]:
    """The normalised words after an attack noun that begin no object of it (NO_OBJECT_KINDS)."""
    return NO_OBJECT_WORDS | frozenset(normalize_for_match(r["word"]) for _, r in read_tsv(
        DATA_DIR / "stopwords.tsv", ("word", "kind")) if r["kind"] in NO_OBJECT_KINDS)


def _object(norms: list[str], k: int) -> bool:
    """Whether the nationality at word k is that of the attack's object ("على المدنيين
    السوريين": the author's own people may be hit), not of its rulers or its fence
    ("رئيس الوزراء الإسرائيلي"، "السياج الأمني الإسرائيلي")."""
    return k >= 2 and norms[k - 2] in OBJECT_MARKS


def _from(norms: list[str], k: int) -> bool:
    """Whether "من" stands in the two words before word k ("انطلاقا من سوريا"، "من
    الأراضي السورية") or "من داخل" in the four ("من داخل الأراضي اليمنية"): where the
    attack came from, not where it struck."""
    near = norms[max(k - FROM_REACH, 0):k]
    return any(w in FROM for w in near[-2:]) or any(a in FROM and b in LOCATED for a, b in zip(near, near[1:]))


def _dateline_only(doc) -> frozenset[str]:
    """The countries the article names only in its dateline ("دبي، الإمارات العربية
    المتحدة (CNN)"): where the report was filed, no side of what it reports. Made once
    per article, the first time an attack needs them, and kept on it."""
    if doc.filed is None:
        doc.filed = _dateline_countries(doc)
    return doc.filed


def _dateline_countries(doc) -> frozenset[str]:
    """_dateline_only, made from the article's entities."""
    opened = doc.dateline_end
    if not opened:
        return frozenset()
    named, outside = set(), set()
    for e in doc.entities:
        iso = implied.country_named(e)
        for m in e.mentions if iso else ():
            (outside if m.start >= opened else named).add(iso)
    return frozenset(named - outside)


def _place_counts(doc, leave) -> collections.Counter:
    """How often the article names places of each country, those of ``leave`` aside."""
    counts = collections.Counter()
    for e in doc.entities:
        if e.type == "PLACE" and e.country and e.country not in leave:
            counts[e.country] += len(e.mentions)
    return counts


def _fallback(doc, own: str | None, leave: set, state: bool, away: bool = False) -> str | None:
    """The country of an attack whose sentence names none, by the article, the dateline's
    country and the author's leaders and backers aside. For a state's attack, the country
    whose places the article names most, the state's own aside: a state mostly strikes
    abroad, and the country an article names most was where it struck in about one case
    of three (news about a strike names its rulers and its allies), its towns in most;
    the state's own only when the article names no other country (a regime's campaign)
    and the sentence names the state's country nowhere but in its author's words: named
    in another act's clause, at its sirens or as where the attack came from ("غارات ردا
    على إطلاق صواريخ باتجاه X"، "فيما دوت صفارات الإنذار في X"), it is the other side's
    target, not the raid's (``away``: country, _own_named). ``away`` also for an attack
    aimed at another state's land (_crossed): never the author's home.
    For an armed group's or an alliance's, and a body told by its word alone ("أطلقت
    الشرطة النار عليه", the state read from the article), the one whose name and places
    the article names most, its own included ("Targets (Afghanistan)" for the Taliban);
    else its own."""
    leave = leave | _dateline_only(doc) | ({own} if away else set())
    if state:
        ranked = [(n, c) for c, n in _place_counts(doc, leave | {own}).items()]
        if ranked:
            return max(ranked)[1]
        return None if away or any(e.type == "COUNTRY" and e.id not in leave | {own} for e in doc.entities) else own
    counts = _place_counts(doc, leave)
    for e in doc.entities:
        if e.type == "COUNTRY" and e.id not in leave:
            counts[e.id] += len(e.mentions)
    ranked = [(n, c) for c, n in counts.items() if n]
    return max(ranked)[1] if ranked else None if away else own
