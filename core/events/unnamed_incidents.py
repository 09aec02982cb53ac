"""Clashes and protests a sentence tells as having taken place, with one side named or
none: "قتل شخصان في اشتباكات في مدينة X"، "اندلعت مواجهات بين محتجين والشرطة"، "أضرب
المعلمون عن العمل"، "نظم عمال المصنع اعتصاما أمام مقر الوزارة".

The rules and the role model read a trigger's sides where the text names two; incident
news mostly names one or none (who fired first in a clash is rarely said, strikers are
"the teachers", not a body). Such a trigger made no event, and the incident vanished from
the timeline. Following the way unnamed sides are reported (ACLED; core.events.unnamed),
the side the text does not name is an UNNAMED one of the country the sentence is set in:
"Unidentified armed group (X)" for a clash, "Protesters (X)" for a protest, the other side
the one named, else the place or the country (a protest with no stated target is one
against the government of the place). Such an event counts when it matches and is never
a false alarm; what the user sees is its cost, so only a sentence that tells the incident
as having happened qualifies:

- a clash noun ("اشتباكات"، "مواجهات"; not a battle or a fight, which are as often words,
  elections or wars retold) with its dead or wounded counted in the sentence, or after a
  verb of breaking out or going on ("اندلعت"، "دارت"، "تجددت"، "تشهد"), or with its sides
  after "بين" or "مع"; not one feared, possible, planned or any ("لمواجهة أي اشتباكات"),
  not in a sentence or an article of sport ("مواجهات الجولة");
- a verb of demonstrating, sitting in or striking whose subject is a group of people
  ("تظاهر العمال"، "أضرب المعلمون")، or a protest noun after a verb of staging it ("نظم
  ... اعتصاما"، "خرجوا في مسيرة"، "عمت ... مظاهرات"); not a state's protest ("احتجت
  الخارجية" is a diplomatic note), not one feared or warned of, not an uprising of years
  past ("خلال الانتفاضة الثانية"), not a rally of support ("تظاهروا تأييدا للرئيس");
- a state's armed body named by no name after an agent word or as an attack verb's subject
  ("قتل شاب برصاص الشرطة"، "اقتحمت قوات الأمن المقر"): the state the sentence is set in, or
  unnamed attackers of it for aircraft ("قصفت الطائرات الحربية"), whose state is as often
  another; not after a verb of targeting, whose body is as often the one hit; none in an
  occupied territory (its army is another state's: "برصاص الجيش في الخليل").

A clash's side before "مع" is never the speaker before "إن"/"أن" ("وقال مسؤول أمريكي إن
اشتباكات مع مسلحين") nor a nationality on a victim ("قتل صحفي فرنسي في اشتباكات"), whose
country is not the gunmen's either; a clash with no sides named makes no event in a sentence
that tells a state's attack ("بعد أن شنت القوات اليمنية هجوما": that state is the side).

The words are data (incident_cues.tsv: clash_noun, erupt, staged, protest_people, any,
warned, uprising, figurative, civilian, support, agent_of, protest_note, occupied; a word
of banning and the nouns of bans of no protest, core.events.incident_cues.banned); the
modality (planned, denied, conditional) is the stage's reading of the trigger.
"""
from __future__ import annotations

from types import SimpleNamespace

from core.events import agentless, attack_cues, authored, filters, implied, incidents, meetings, unclaimed, unnamed
from core.events.clause_time import when
from core.events.emit import emit
from core.events.modality import UNASSERTED
from core.cue_words import speech_forms
from core.events.incident_cues import bare as _bare, kind_of as _kind, load_words, words_of
from core.lexicon import load_lexicon
from core.text import mark_between

ARMED_GROUP = "Unidentified armed group"  # unnamed_actors.tsv: the unnamed side of a clash
PROTESTERS = "Protesters"  # unnamed_actors.tsv: the unnamed side of a protest
PROTESTERS_ID = "unnamed-protesters"  # its entities' ids (core.events.protests.PROTESTERS)
FIGURATIVE_REACH = 2  # words after a clash noun where a word making it one of words stands ("مواجهات سياسية")
STAGED = frozenset({"staged", "erupt"})  # incident_cues.tsv kinds before a protest noun that tell it took place
TOLL_KINDS = frozenset({"toll", "victim", "victim_noun"})  # violence_cues.tsv: "قتلى"، "قُتل"، "مقتل"
ERUPT_REACH = 3  # words before a clash noun where a verb of breaking out stands ("اندلعت، الأحد، مواجهات")
SIDES_REACH = 3  # words after a clash noun where "بين" or "مع" stands ("اشتباكات عنيفة بين")
SIDE_GAP = 3  # words after "بين"/"مع"/"و" within which the side stands ("بين عناصر من X")
FEARED_REACH = 3  # words before a clash noun where a word of fear stands ("مخاوف من اندلاع مواجهات")
STAGED_REACH = 3  # words before a protest noun where the verb staging it stands ("نظم العمال اعتصاما")
PEOPLE_REACH = 2  # words after (or right before) a protest verb where its subject stands ("أضرب، أمس، المعلمون")
PAUSES = tuple("،,.؛;:()\"«»")
SUPPORT_REACH = 3  # words after a protest trigger where a word of support stands ("تظاهر الطلاب تأييدا")
SAID_REACH = 4  # words before "إن"/"أن" where the verb of saying stands ("وقال مسؤول أمريكي إن")
THAT = frozenset({"ان", "بان", "وان"})
CIVILIANS = ("civilian", "protest_people")  # incident_cues.tsv kinds of people no side of a clash ("صحفي"، "طلاب")


def _paused(doc, a: int, b: int) -> bool:
    """A pause stands between tokens a and b (a < b)."""
    return mark_between(doc.toks, doc.nt.original, a, b, PAUSES)


NO_FIGHTERS = ("ORG:media", "ORG:company", "ORG:intl_org", "ORG:regional_org")  # who reports or suffers a clash, no side of it
STATE = "@state"  # a side named by a word of a state's armed body ("الشرطة"، "الجيش"): the country's


def _side_from(doc, st, k: int, conjoined: bool = False) -> tuple[str | None, int]:
    """(the side named first within SIDE_GAP words after token k, no pause between: an
    actor's id, STATE for a state's armed body with no name after it, or None; the token
    after it). ``conjoined``: the side's first word must carry "و" ("ومحتجين")."""
    norms, arms = doc.norms, incidents.load_words()
    at = {a.i: a for a in st.actors if not a.kind.startswith("PAIR")}
    for m in range(k + 1, min(k + 1 + SIDE_GAP, st.tj)):
        if _paused(doc, m - 1, m):
            break
        if conjoined and not norms[m].startswith("و"):
            continue
        if m in at:  # "مع مهاجرين فنزويليين": migrants' nationality, no state's side
            return (None if _civilian(doc, at[m]) else at[m].actor), at[m].j
        if "state_arms" in (arms.get(norms[m]), arms.get(_bare(norms[m])), arms.get(norms[m][1:])) and not (
                m + 1 in at and not at[m + 1].kind.startswith("PLACE") and not norms[m + 1].startswith("و")):
            return STATE, m + 1  # "بين الشرطة ومحتجين"، not "قوات سوريا الديمقراطية"
        if conjoined:
            break
    return None, k + 1


def _clash_sides(doc, st, h) -> tuple[list | None, bool]:
    """(the sides "بين X وY" or "مع X" name, each an actor id, STATE or None for an
    unnamed one; None when neither word follows), and whether one did."""
    norms = doc.norms
    for k in range(h.j, min(h.j + SIDES_REACH, st.tj)):
        if k > h.j and _paused(doc, k - 1, k):
            break
        if norms[k] == "بين":
            first, after = _side_from(doc, st, k)
            if first is None:
                return [None, None], True  # "بين المزارعين والرعاة": sides the text does not name
            second, _ = _side_from(doc, st, after - 1, conjoined=True)
            return [first, second], True
        if norms[k] == "مع":
            other, _ = _side_from(doc, st, k)
            said = _speech_end(doc, st, h)
            of_place = set(doc.place_ends.values())  # "الموصل العراقية": where, no side ("جندي تركي" is one)
            before = [a for a in st.actors if a.i < h.i and not a.kind.startswith(("PLACE", "PAIR"))
                      and not (a.kind == "ADJ" and a.i in of_place) and a.actor != other
                      and a.start >= (doc.dateline_end or 0)  # "دبي، الإمارات (CNN)": no side
                      and words_of("agent_of").isdisjoint(norms[max(a.i - 2, 0):a.i])  # "الموالية لإيران": a patron
                      and a.i >= said and not _civilian(doc, a) and not _joined_authors(doc, h, a)]
            # a name before a nationality ("ميليشيات الحوثي الإيرانية" are the Houthis)
            before = [a.actor for a in before if a.kind != "ADJ"] or [a.actor for a in before]
            return [before[-1] if before else None, other], True
    return None, False


def _joined_authors(doc, h, a) -> bool:
    """A side after "لـ" before a clash noun joined by "و" ("في غارات للتحالف ومواجهات مع
    المقاومة"): the author of the attack noun before, on the side of the clash's other
    fighters, no side against them."""
    tok = doc.toks[a.i]
    return doc.norms[h.i].startswith("و") and doc.nt.original[tok.start:a.start] in LAM_CUTS


LAM_CUTS = ("ل", "ول", "فل")  # what a mention's cut proclitic is when a "لـ" stood before it


def _speech_end(doc, st, h) -> int:
    """The token of "إن"/"أن" after a verb of saying before the trigger ("وقال مسؤول أمريكي
    إن اشتباكات"): who speaks before it is no side of the clash; st.ti when none."""
    norms, said = doc.norms, speech_forms()
    for k in range(h.i - 1, st.ti, -1):
        if norms[k] in THAT and not said.isdisjoint(norms[max(st.ti, k - SAID_REACH):k]):
            return k
    return st.ti


def _civilian(doc, a) -> bool:
    """A nationality adjective on a person no side of a clash ("قتل صحفي فرنسي في اشتباكات"):
    the victim's nationality, no fighter."""
    return a.kind == "ADJ" and a.i > 0 and _kind(doc.norms[a.i - 1], load_words()) in CIVILIANS


def _kind_among(ws: list[str], words: dict, kind: str) -> bool:
    """Whether some word of ``ws`` is of incident cue ``kind`` (loops, not generators, for
    clash_pair: their names were cells of every call)."""
    for w in ws:
        if _kind(w, words) == kind:
            return True
    return False


def _assault_told(events: list, start: int) -> bool:
    """Whether an ASSAULT event was told in the sentence starting at character ``start``."""
    for e in events:
        if e.sentence_start == start and e.type == "ASSAULT":
            return True
    return False


def _state_adjective_body(doc, st) -> bool:
    """The sentence names a state's armed body by its adjective ("القوات اليمنية"): that state
    is the side its other rules read, no unnamed group's."""
    arms = incidents.load_words()
    adjs = {a.i for a in st.actors if a.kind == "ADJ"}
    return any(k - 1 >= st.ti and "state_arms" in (arms.get(doc.norms[k - 1]), arms.get(_bare(doc.norms[k - 1])))
               for k in adjs)


def _feared(doc, st, h) -> bool:
    """A word of fear, warning or seeking stands shortly before the trigger ("مخاوف من
    مواجهات"، "حذر من اندلاع انتفاضة"، "بالسعي لإشعال المواجهات"): none took place."""
    lo, words = max(st.ti, h.i - FEARED_REACH), load_words()
    return "feared" in attack_cues.cue_kinds(doc.norms)[lo:h.i] or any(_kind(w, words) == "warned" for w in doc.norms[lo:h.i])


def clash_pair(doc, st, h) -> tuple[list, bool] | None:
    """([side, side], directed) of a clash noun the sentence tells as having taken place
    (module docstring), its unnamed sides as None; None when it does not qualify."""
    norms, words = doc.norms, load_words()
    if h.verbal or h.i in doc.in_entity or _kind(norms[h.i], words) != "clash_noun":
        return None
    lo = max(st.ti, h.i - ERUPT_REACH)
    kinds = attack_cues.cue_kinds(norms)
    if _feared(doc, st, h) or _kind_among(norms[lo:h.i], words, "any"):
        return None  # "مخاوف من مواجهات"، "لمواجهة أي اشتباكات"
    if h.i > st.ti and _kind(norms[h.i - 1], words) == "term":
        return None  # "قواعد الاشتباك": rules of engagement, no clash
    if filters.prospective(norms, h, st.tj) or _kind_among(norms[h.j:h.j + FIGURATIVE_REACH], words, "figurative"):
        return None  # "المواجهات المحتملة"، "مواجهات سياسية"
    sides, between = _clash_sides(doc, st, h)
    erupted = _kind_among(norms[lo:h.i], words, "erupt")
    if not (between or erupted or not TOLL_KINDS.isdisjoint(kinds[st.ti:st.tj])) or meetings.sport_sentence(doc, st):
        return None
    if sides is None and (_state_adjective_body(doc, st) or _assault_told(doc.events, st.start)):
        return None  # "بعد أن شنت القوات اليمنية هجوما": the state's attack, told by the other rules
    if sides is None:  # no sides after it: the one side the sentence names, if one (whom the toll befell)
        named = {a.actor for a in st.actors if not a.kind.startswith(("PLACE", "PAIR", "ADJ", "COUNTRY"))
                 and not a.kind.startswith(NO_FIGHTERS)}
        if len(named) > 1:
            return None  # the rules' reading: which of them fought whom is not said here
        return [None, named.pop() if named else None], True
    if all(sides) and sides[0] == sides[1]:
        return None
    return sides, False


def armed_body(doc, st, h) -> tuple[int, int, bool] | None:
    """(first token, end token, told as the agent of a toll) of a state's armed body named
    by no name that the trigger makes the author of its attack: after an agent word that is
    the trigger ("برصاص قوات الأمن"، "بنيران الشرطة") or right after it ("هجوم شنته القوات"),
    or as the subject right after an attack verb ("قصفت الطائرات الحربية"، "هاجمت الشرطة").
    Not one a name, a nationality or "التابعة لـ" follows ("برصاص الجيش الإسرائيلي": the
    other rules' reading): then its state is named."""
    norms, kinds = doc.norms, attack_cues.cue_kinds(doc.norms)
    if h.j - h.i == 1 and kinds[h.i] == "agent":
        j, toll = h.j, True
    elif not h.verbal and h.j < st.tj and kinds[h.j] == "agent":
        j, toll = h.j + 1, False
    elif (unclaimed.verbal(h, norms) and agentless.TARGETED not in norms[h.i] and not norms[h.i].endswith(PLURAL_VERB)
          and kinds[h.i] not in authored.NOT_ATTACKS):
        # not "استهدفت قوات الأمن" (as often the body hit), "يقاتلون القوات" (the subject in the verb), "طردت"
        j, toll = h.j, False
    else:
        return None
    arms = incidents.load_words()
    named = {a.i for a in st.actors}
    k = j
    while k < min(j + BODY_WORDS, st.tj) and k not in named and (
            arms.get(norms[k]) == "state_arms" or k > j and kinds[k] == "arm"):
        k += 1  # "قوات الأمن"، "الطائرات الحربية"
    if k == j or k in named or k < st.tj and (norms[k] in words_of("agent_of") or _kind(norms[k], load_words()) == "joint"):
        return None  # "القوات الموالية لـ"؛ "القوات المشتركة"، "القوات الدولية": no one state's
    if not norms[k - 1].startswith(DEFINITE) and k < st.tj and norms[k].startswith(DEFINITE):
        return None  # "قوات التحالف": a body its owner's noun names, not the state's own
    for a in st.actors:  # a loop: a generator's names would be cells of every call
        if a.i >= k and a.i < k + OWNER_GAP and norms[a.i][:1] == "ل":
            return None  # "غارة جوية للتحالف": its author named after it
    return j, k, toll


def _country(doc, st, h, victims: set[int] = frozenset()) -> str | None:
    """The country the sentence is set in (core.events.implied.sentence_country); not one
    named only by the nationality of a victim (``victims``: where such adjectives start,
    "قتل صحفي فرنسي في اشتباكات"), then the places'; None when there is no other."""
    entities = doc.entities
    if victims:
        entities = [SimpleNamespace(id=e.id, type=e.type, country=e.country,
                                    mentions=[m for m in e.mentions if m.start not in victims]) for e in entities]
        entities = [e for e in entities if e.mentions]
    return implied.sentence_country(max(st.start, doc.dateline_end or 0), st.end, entities, h.start,
                                    doc.dateline_end or 0)


def _people_at(doc, st, h) -> int | None:
    """The token of the group of people that is a protest verb's subject: within PEOPLE_REACH
    words after it ("أضرب المعلمون") or right before it ("النساء يتظاهرن")."""
    norms, words = doc.norms, load_words()
    for k in list(range(h.j, min(h.j + PEOPLE_REACH, st.tj))) + [h.i - 1]:
        if st.ti <= k and _kind(norms[k], words) == "protest_people" and not _paused(doc, min(k, h.i), max(k, h.i)):
            return k
    return None


def protest_at(doc, st, h) -> int | None:
    """The token whose words name the protesters of a protest trigger the sentence tells as
    staged (module docstring): its subject, a group of people, or the trigger itself."""
    norms, words = doc.norms, load_words()
    if h.i in doc.in_entity or any(a.actor.startswith(PROTESTERS_ID) for a in st.actors) or _feared(doc, st, h):
        return None  # protesters named: core.events.protests; "خطر أن تندلع أعمال شغب": feared
    if _kind(norms[h.i], words) == "uprising":
        return None  # "خلال الانتفاضة الثانية": an uprising of years past, as often as one staged
    if any(_kind(w, words) == "support" for w in norms[h.j:min(h.j + SUPPORT_REACH, st.tj)]):
        return None  # "تظاهر الطلاب تأييدا للرئيس": a rally of support, against no one
    if h.verbal:
        if h.form.tokens[0].startswith(tuple(words_of("protest_note"))):
            return None
        return _people_at(doc, st, h)
    if filters.prospective(norms, h, st.tj):
        return None
    if any(_kind(w, words) in STAGED for w in norms[max(st.ti, h.i - STAGED_REACH):h.i]):
        return h.i
    return None


def _side(doc, h, label: str, iso: str, at: tuple[int, int]) -> str:
    """The id of the UNNAMED side of kind ``label`` in ``iso``, its mention the words at ``at``."""
    doc.implied_at.add(h.start)  # a side no name stands for is no subject a next sentence may drop
    return unnamed.implied_side(doc.entities, label, iso, load_lexicon(), doc.nt.original, *at)


def incident_events(doc, st, h) -> None:
    """The event of a clash or a protest trigger that made none, with its unnamed side."""
    if h.form.type == "ASSAULT" and (body := armed_body(doc, st, h)):
        _armed_body_events(doc, st, h, body)
    elif h.form.type == "ASSAULT":
        got = clash_pair(doc, st, h)
        if got is None:
            return
        (first, second), directed = got
        clause, modality, date, date_source = when(doc, st, h)
        iso = _country(doc, st, h, {a.start for a in st.actors if _civilian(doc, a)})
        if modality in UNASSERTED or iso is None and not (first and second and STATE not in (first, second)):
            return
        own = (h.start, h.end)
        pair = [iso if first == STATE else first or _side(doc, h, ARMED_GROUP, iso, own),
                iso if second == STATE else second]
        if pair[1] is None:
            pair[1] = _side(doc, h, ARMED_GROUP, iso, own) if first else _where(doc, st, iso)
        if pair[0] == pair[1] and first is None and second:
            pair[1] = _where(doc, st, iso)  # "قال مسؤول إن اشتباكات مع مسلحين": the gunmen's, where they fought
        if pair[0] == pair[1]:
            return
        emit(doc, st, h, [(pair, directed)], clause, modality, date, date_source)
    elif h.form.type == "PROTEST":
        k = protest_at(doc, st, h)
        if k is None:
            return
        clause, modality, date, date_source = when(doc, st, h)
        iso = _country(doc, st, h)
        if modality in UNASSERTED or iso is None:
            return
        toks = doc.toks
        side = _side(doc, h, PROTESTERS, iso, (toks[k].start, toks[k].end) if k != h.i else (h.start, h.end))
        emit(doc, st, h, [([side, iso], True)], clause, modality, date, date_source)


def _where(doc, st, iso: str) -> str:
    """The one place of ``iso`` the sentence names, else the country."""
    places = {e.id for e in doc.entities if e.type == "PLACE" and e.country == iso
              and any(st.start <= m.start < st.end for m in e.mentions)}
    return places.pop() if len(places) == 1 else iso


TARGETS = "Targets"  # unnamed_actors.tsv / core.events.authored: whom an attack with a named author hit
ATTACKERS = "Attackers"  # unnamed_actors.tsv: the unnamed side an attack implies (core.events.unnamed.IMPLIED_ATTACKERS)
PLURAL_VERB = ("ون", "وا")  # a verb whose subject is its own suffix: the body after it is its object
DEFINITE = ("ال", "وال")
OWNER_GAP = 3  # words after the body within which "لـ" names its owner or author ("غارة جوية للتحالف")
BODY_WORDS = 3  # words of a state's armed body named by no name ("قوات الأمن"، "الطائرات الحربية")
OBJECT_REACH = 6  # words after it within which what it hit is named ("قصفت الطائرات مواقع في ريف إدلب")


def _armed_body_events(doc, st, h, body: tuple[int, int, bool]) -> None:
    """The attack of a state's armed body named by no name (armed_body): by the state the
    sentence is set in, or by unnamed attackers of it when the body is aircraft (whose
    aircraft is as often another state's); on the protesters the sentence names, else on
    the place or side named right after the body ("قصفت الطائرات مواقع في ريف إدلب"), else on
    the unnamed targets of that country ("قتل شاب برصاص الشرطة")."""
    clause, modality, date, date_source = when(doc, st, h)
    iso = _country(doc, st, h)
    if modality in UNASSERTED or iso is None:
        return
    j, k, toll = body
    if iso in {w.upper() for w in words_of("occupied")}:
        return  # "برصاص الجيش في الخليل": the army of no state of the place (an article's earlier named army carries over: core.events' subjects)
    hit = next((a.actor for a in st.actors if a.actor.startswith(PROTESTERS_ID)), None)
    if hit is None and not toll:
        hit = next((a.actor for a in st.actors if k <= a.i < k + OBJECT_REACH and a.kind != "ADJ"
                    and not _paused(doc, k - 1, a.i)), None)
    aircraft = any(agentless._bare_article(w) in agentless.AIRCRAFT for w in doc.norms[j:k])
    toks = doc.toks
    source = _side(doc, h, ATTACKERS, iso, (toks[j].start, toks[k - 1].end)) if aircraft else iso
    target = hit if hit and hit != source else _side(doc, h, TARGETS, iso, (h.start, h.end))
    emit(doc, st, h, [([source, target], True)], clause, modality, date, date_source)

