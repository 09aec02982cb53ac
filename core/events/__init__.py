"""Events: PLOVER-typed actions between actors, found from Arabic trigger lexicons.

For each trigger (a verb in one of its conjugations, a verbal noun, or a phrase such
as "قطعت … علاقات") the actors come from the trigger's sentence by the word order of
news Arabic:

- a subject written just before the trigger ("الجزائر التي قطعت"، "موسكو طلبت") or,
  as usual in verb-first sentences, the first actor after it ("اتفق المغرب وإسرائيل");
  coordinated actors ("المغرب وإسرائيل"، "الولايات المتحدة وبريطانيا وفرنسا") form a group;
- the target is the next actor after the trigger and the subject;
- "بين X وY" names both sides of a joint event; "مع X" the partner;
- a trigger with no subject of its own (pro-drop: "فيما طلبت منها") inherits the
  roles of the previous event of the sentence.

Capitals, ministries, armies and officials stand for their state (Entity.actor);
nationality adjectives ("السفير الروسي") are actors too. Negation, plans, hypotheses
and denials are read from cue words before the trigger and reported as modality.
The date is the nearest date expression of the trigger's clause, else of its sentence,
else the publication date (news reports what just happened), except in a past frame
("وكان ... قد") where it stays undated.

The rules propose; the learned role model (core.events.learned) decides which ordered
pairs of actors near each trigger are events, reading the rules' roles as features. The
role rules are one function each (ROLE_RULES), applied rung by rung.

The parts live in modules by job: triggers (lexicons and the trigger scan), actors (who
can be a side), roles (the word-order rules), modality (modality, dates and the last
merge), clause_time (a trigger's clause, modality and date), after_model (the filters of
the role model's pairs), emit (the events told of a rule's pairs); this module runs them
over an article. Their names stay importable from here.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter, not_
from typing import Any

from core.headline import dateline_end
from core.lexicon import Lexicon, load_lexicon
from core.model import Entity, Event, TimeExpr, Trigger
from core.text import NormText, Token, token_norms
from core.events.filters import TOLD_ONCE, told_again as _told_again  # noqa: F401  (tests read them here)
from core.events import (after_model, asked_speaker, attack_sides, backed, coordinated, dating,
                         filters, given, governing, implied, incidents, indicted, investigated, latter, leaders, learned, members, opinions,
                         nationality_nouns, passives, penalties, person_sides, places, private, protests, quotes, references,
                         regimes, relatives, remits, reported, resigned, sanctioned, senses, speech_reach,
                         told_sanctions, unclaimed, violence, withdrawals)
from core.events.charges import spoken_charge
from core.events.clause_time import when as _when  # the names the stage's rules call
from core.events.emit import emit as _emit
from core.events import deplored_acts, driven_out, exposed, makers, noun_subjects, participle_objects, speakers, unnamed_incidents
from core.events import affiliates, allied, parents, requested
from core.events.screen import (  # noqa: F401  (tests read the word tests here)
    _generic_field, _known_of, _natural_force, _screen, _treaty_places, venue_countries)
from core.events.triggers import (  # noqa: F401  (the package's names before the split)
    DATA, DEFINITE, GAP, MAX_GAP, PRONOUN_SUFFIXES, ENVOY_WORDS, Cameo, Triggers, TriggerForm, _Hit, _Plan, _find_triggers,
    _match_rest, _retype, _rows, count_earlier as _count_earlier, expand_lemma, load_triggers, name_ends, word_keys)
from core.events.actors import (  # noqa: F401
    _ActorMention, _actor_mentions, _actor_word, _coordinated, _entity_tokens, _group_backward, _group_forward,
    _mention_tokens, _pair_referents, _pair_refs, _uniq, _word_readings)
from core.events.roles import (  # noqa: F401
    AGENT_MARKS, PASSIVE_AUX, RELATIVE, ROLE_RULES, Stated, SUBJECT_SKIP, WINDOW_AFTER, WINDOW_BEFORE, _RoleContext, _frames,
    _has_object_pronoun, _pair_key, _pairs, _roles, _rule_agent_phrase, _rule_dropped_subject, _rule_inherited_subject,
    _rule_inverse_participle, _rule_noun_object, _rule_object_after_verb, _rule_object_pronoun, _rule_passive,
    _rule_possessive_agent, _rule_previous_sentence_subject, _rule_first_person_plural, _rule_roles, prepositional, speech_frame,
    adverbial_participle, combats, demanded_act, denied_accuser, endangers, owes_allegiance, passive_participle, said_where, same_side,
    unnamed_addressee)
from core.events.modality import (  # noqa: F401
    FIELD_REACH, NEGATION_REACH, SCOPE_REACH, UNASSERTED, _date_for, _dedupe, _demanded, _in_past_frame, _modality,
    _names_a_field, _reported_present)

_START = itemgetter(3)  # Token.start


# --- the stage -----------------------------------------------------------------------
@dataclass
class _Article:
    """What every sentence of one article reads, and the events it adds to: an event's
    actors are weighed against the pairs the article has already told."""
    nt: NormText
    toks: list[Token]
    times: list[TimeExpr]
    trig: Triggers
    document_date: str | None
    model: Any  # the role model, None for the rules alone
    collect: list | None  # training candidates are being collected
    tok_starts: list[int]
    in_entity: set[int]
    events: list[Event] = field(default_factory=list)
    seen: set = field(default_factory=set)
    doc_pairs: set = field(default_factory=set)
    entities: list[Entity] = field(default_factory=list)
    persons: list = field(default_factory=list)  # (first token, token after, id) of named persons
    norms: list[str] = field(default_factory=list)  # the tokens' normalised words
    place_ends: dict = field(default_factory=dict)  # first token of a place's mention → token after it
    treaty_places: set = field(default_factory=set)  # first tokens of places that name a treaty ("اتفاقية باريس")
    told: set = field(default_factory=set)  # (type, pair) told, and types told by a noun (_told_again)
    acts: set = field(default_factory=set)  # (sentence, trigger start) of acts joined by و (core.events.coordinated)
    dateline_end: int | None = None  # character after an opening dateline ("دبي، ... (CNN)--")
    named: dict | None = None  # persons and places by type (violence.named_spans), once an attack needs them
    filed: frozenset | None = None  # countries named only in the dateline (core.events.struck), once an attack needs them
    story: tuple[str, int] | None = None  # the lead's day and where its story ends (dating.story_day)
    verbal_at: frozenset = frozenset()  # first tokens of the verb triggers (core.events.doers)
    implied_at: set = field(default_factory=set)  # triggers whose event's source is a side they imply (unclaimed.toll_pair)
    dates: list | None = None  # its date expressions a trigger may be dated by (core.events.clause_time), once one needs them

    def named_spans(self) -> dict:
        """Persons and places by type (violence.named_spans), made the first time a rule
        of attacks, sanctions or investigations needs them."""
        if self.named is None:
            self.named = violence.named_spans(self.entities, self.tok_starts)
        return self.named

    @property
    def learning(self) -> bool:
        """A role model decides, or its training candidates are being collected."""
        return self.model is not None or self.collect is not None


@dataclass
class _Sentence:
    """One sentence under way: its span and actors, and what its earlier triggers left
    (the last trigger's end and type, the last roles, the pairs told so far)."""
    start: int
    end: int
    ti: int  # first token
    tj: int  # token after the last
    actors: list
    carried: list  # the previous sentence's actors: a dropped subject may be one
    last_subject: list[str]
    content_from: int | None  # where the content of a demand starts ("على X أن ...")
    clauses: list | None = None  # cut when an event needs its clause
    dates: list | None = None  # its date expressions (core.events.clause_time), gathered when an event needs its date
    backed: dict | None = None  # its actors named as backers (core.events.backers.sentence_backers), once a rule needs them
    prev: tuple[list[str], list[str]] | None = None
    last_hit_tok: int = -99
    last_hit_type: str = ""
    pairs: set = field(default_factory=set)
    quoted: list[str] = field(default_factory=list)  # the speaker of a quotation opened in an earlier sentence
    said_at: int = -1  # the trigger whose roles that speaker's quotation gave (core.events.quotes)
    said_by: list[str] = field(default_factory=list)  # the last speaker of a sentence of saying (core.events.speakers)
    unsided: dict = field(default_factory=dict)  # what the sentence names otherwise than as a side (core.events.sentence_sides)
    model_actors: Any = None  # what the role model reads of its actors, made at its first trigger read (model_actors())
    words: frozenset | None = None  # its normalised words, once a filter's gate asks (core.events.filter_gates)

    def carried_here(self) -> list:
        """The previous sentence's actors, when this one has its own (the role model reads the
        first of them for a subject this one drops)."""
        return self.carried if self.carried is not self.actors else []

    def read_actors(self):
        """The role model's record of the sentence's actors (learned.sentence_actors), made once."""
        if self.model_actors is None:
            self.model_actors = learned.sentence_actors(self.actors, self.carried_here())
        return self.model_actors


def find_events(
    nt: NormText,
    toks: list[Token],
    sentences: list[tuple[int, int]],
    entities: list[Entity],
    times: list[TimeExpr],
    lex: Lexicon | None = None,
    document_date: str | None = None,
) -> list[Event]:
    lex = lex or load_lexicon()
    trig = load_triggers()
    tok_starts = list(map(_START, toks))
    spans = _mention_tokens(toks, entities, tok_starts)
    norms = token_norms(toks)
    readings = _word_readings(norms, trig, lex, toks)
    in_entity = _entity_tokens(spans)
    actors = _article_actors(nt, toks, spans, norms, readings, in_entity)
    hits = _retype(speech_reach.long_reach(_find_triggers(nt, toks, norms, trig, readings, name_ends(spans)), nt, toks,
                                           norms, trig, readings), toks, nt)
    hits = incidents.active_hits(hits, toks, norms, actors, trig)  # "قتل مسلحون ثلاثة جنود": active
    hits = senses.read(given.without_first_names(hits, toks, spans), norms, spans, toks, nt.original)  # "هاجم وزير"
    if learned.collector() is None:  # the role model learns from every hit, as before
        hits = given.without_titles(hits, toks, nt.original)  # صحيفة "زود ...": a title, not "supplied"
    _count_earlier(hits)
    persons, owners = implied.person_mentions(spans), []
    if persons:  # "وكانت الألمانية التي أوقفت": the woman introduced as "الألمانية X", not Germany
        actors, persons, owners = nationality_nouns.taken_up(actors, persons, norms, *_person_bounds(spans))
    doc = _Article(nt, toks, times, trig, document_date, learned.current_model(), learned.collector(),
                   tok_starts, in_entity, entities=entities, persons=persons, norms=norms,
                   place_ends={i: j for e, _, i, j in spans if e.type == "PLACE"})
    doc.treaty_places = _treaty_places(norms, actors, doc.place_ends) if doc.place_ends else set()
    doc.treaty_places |= venue_countries(norms, actors, spans)  # "قمة سنغافورة": where, no side
    doc.dateline_end = dateline_end(nt.original)
    # "مساء الجمعة" in Saturday's paper: the day of what follows, up to another story's lead
    doc.verbal_at = frozenset(h.i for h in hits if h.verbal)
    doc.story = dating.story_day(doc, sentences, set(doc.verbal_at))
    hit_at = [h.i for h in hits]  # both in text order: a sentence's share is one slice
    actor_at = [a.i for a in actors]
    prev_sentence_actors: list[_ActorMention] = []
    reach = quotes.QuoteReach(nt.original)  # "قال X: "... . ..." متهما Y": X says every sentence of it
    saying = governing.cue_forms(trig, "speech")  # the words that read as a verb of saying, one set
    for s_start, s_end in sentences:
        ti = bisect.bisect_left(doc.tok_starts, s_start)
        tj = bisect.bisect_left(doc.tok_starts, s_end)
        s_actors = actors[bisect.bisect_left(actor_at, ti):bisect.bisect_left(actor_at, tj)]
        st = _open_sentence(doc, s_start, s_end, ti, tj, s_actors, prev_sentence_actors)
        st.quoted = reach.enter(s_start, s_end)
        st.last_subject, st.said_by = st.quoted or st.last_subject, reach.said_by
        if s_actors:
            prev_sentence_actors = s_actors
        for h in hits[bisect.bisect_left(hit_at, ti):bisect.bisect_left(hit_at, tj)]:
            _trigger_events(doc, st, h)
        reach.leave(s_actors, lambda a: not prepositional(a, toks, nt),
                    next((k for k in range(ti, min(ti + SAYING_AT, tj)) if norms[k] in saying), None))
    return nationality_nouns.without_own_state(_dedupe(doc.events, doc.acts), owners)


def _person_bounds(spans: list) -> tuple[set[int], set[int]]:
    """The first tokens of every person's mention, and the tokens after every name."""
    return {i for e, _, i, _ in spans if e.type == "PERSON"}, {j for _, _, _, j in spans}


def _article_actors(nt: NormText, toks: list[Token], spans: list, norms: list[str], readings, in_entity: set[int]) -> list:
    """The article's actor mentions in text order, with the sides that words standing for
    a side named before refer to, and without those that name no side."""
    actors = references.resolve(latter.latter_mentions(_actor_mentions(toks, spans, readings), toks, norms, in_entity),
                                toks, norms, nt, spans, in_entity)  # "الرئيسين"، "الحركتان": sides named before
    actors = regimes.regime_mentions(actors, toks, norms, in_entity)  # "النظام" after "النظام السوري": Syria's
    actors = members.members_of_sides(actors, norms)  # "قناصة في الجيش الإسرائيلي": Israel's
    actors = remits.without_remits(actors, norms, toks, nt.original)  # "المبعوث الأممي إلى اليمن": no side
    return actors


def _trigger_events(doc: _Article, st: _Sentence, h: _Hit) -> None:
    """The events of one trigger: its own (core.events.screen, the rules and the role model),
    else those of the constructions that name its sides when it made none."""
    told = len(doc.events)
    reason = _hit_events(doc, st, h)
    steps = _FALLBACKS.get(h.form.type)
    if steps is None:
        return  # "اتفق X وY": no construction below names the sides of an agreement or a meeting
    # each step's tests as they were, but for the type's, which the table made
    for step, fresh, persons, reasoned, with_told in steps:
        if fresh and len(doc.events) != told or persons and not doc.persons or reasoned and reason not in _REASONS:
            continue
        if with_told:
            step(doc, st, h, told)
        else:
            step(doc, st, h)


def _fallbacks() -> dict[str, tuple]:
    """The constructions _trigger_events reads for each type of trigger, in their order: the
    step, and whether it needs the trigger to have made no event yet, the article's persons, a
    reason of _REASONS, and the count of events before the trigger (told)."""
    steps = ((implied.PERSON_TARGET_TYPES, _implied_events, True, True, False, False),
             ({resigned.RESIGN[0]}, _resigned_events, True, True, False, False),
             (violence.TYPES, _violent_events, True, False, True, False),
             (places.TYPES, _place_events, True, False, True, False),
             ({"PROTEST"}, _protest_events, True, False, False, False),
             ({"ASSAULT"}, _unclaimed_events, True, False, False, False),
             # "قتل شخصان في اشتباكات"، "أضرب المعلمون"
             ({"ASSAULT", "PROTEST"}, unnamed_incidents.incident_events, True, False, False, False),
             (private.TYPES, _private_events, False, True, False, True),
             ({"SANCTION"}, _sanctioned_events, False, False, False, True),
             (person_sides.TYPES, _person_events, True, True, False, False),
             ({penalties.TYPE}, penalties.demanded_events, True, True, False, False),  # "طالب الادعاء بالسجن بحق X"
             ({investigated.TYPE}, investigated.investigated_events, False, False, False, True),  # "فتحت تحقيقا مع X"
             ({investigated.TYPE}, indicted.charged_events, False, False, False, True))  # "وجهت النيابة إلى X تهمة"
    table: dict[str, tuple] = {}
    for types, *step in steps:
        for typ in types:
            table[typ] = table.get(typ, ()) + (tuple(step),)
    return table


def _open_sentence(doc: _Article, s_start: int, s_end: int, ti: int, tj: int, s_actors: list,
                   prev_sentence_actors: list) -> _Sentence:
    """A sentence's state before its triggers, after the events its constructions state
    ("على روسيا وسوريا أن تتعاونا"), which come first."""
    toks, text = doc.toks, doc.nt.original
    frame_events, content_from = _frames(toks, doc.nt, ti, tj, s_actors, prev_sentence_actors, doc.trig)
    pairs: set = set()
    for ftype, fcameo, factors, fi, fj in frame_events:
        cam = doc.trig.cameo.get(fcameo)
        date, date_source = _date_for(toks[fi].start, doc.times, (s_start, s_end), (s_start, s_end))
        doc.events.append(Event(type=ftype, actors=factors, directed=True,
                                trigger=Trigger(text[toks[fi].start:toks[fj - 1].end], toks[fi].start, toks[fj - 1].end),
                                sentence=text[s_start:s_end], sentence_start=s_start, date=date, modality="asserted",
                                cameo=fcameo, goldstein=cam.goldstein if cam else 0.0, date_source=date_source))
        pairs.add(tuple(factors))
    # the source of the previous sentence's last directed event: a subject this one may drop
    # (the events are in their sentences' order: only the last sentence's are read)
    last_subject, events = [], doc.events
    if events and events[-1].sentence_start < s_start:
        last_start = events[-1].sentence_start
        for e in reversed(events):
            if e.sentence_start != last_start:
                break
            if e.directed and e.trigger.start not in doc.implied_at:
                last_subject = e.actors[:1]
                break
    return _Sentence(s_start, s_end, ti, tj, s_actors, prev_sentence_actors, last_subject, content_from, pairs=pairs)


def _hit_events(doc: _Article, st: _Sentence, h: _Hit) -> str | None:
    """The events of one trigger, added to the article's: a reason it may make none, the
    rules' reading, the model's decision under the modality read, then the events.
    Returns the screen's reason (None: the trigger tells of no act at all)."""
    frame = speech_frame(h, doc.toks, doc.trig, st.ti) if h.form.speech or spoken_charge(h) else None
    reason = _screen(doc, st, h, frame)
    if reason is None:
        return None
    _read_roles(doc, st, h, frame, reason)
    return reason


def _read_roles(doc: _Article, st: _Sentence, h: _Hit, frame, reason: str) -> None:
    """The rules' reading of a screened trigger and the model's decision on it (C calls,
    not generators, here: the names they read would be cells made at every call)."""
    roles = None if reason else _rule_roles(h, st.actors, doc.toks, doc.nt, st.prev,
                                            speakers.carried_subject(h, st.last_subject, st.said_by, doc), frame)
    if st.quoted:  # "قال X: "... . ونطالب Y": X asks
        roles = quotes.quoted_roles(h, doc.toks, doc.nt, doc.trig, roles, st)
    if accuser := denied_accuser(h, roles, doc.events, st.start):
        roles = (roles[0], accuser, [])  # "ونفت روسيا ذلك": the denial answers the accusation just told
    if roles is None and not reason and doc.collect is None and adverbial_participle(h, doc.toks, doc.nt):
        return  # "اعتقال عدة متهمين في القضية": a participle that governs no actor tells of no act
    if doc.collect is None and unnamed_addressee(h, doc.toks, doc.trig, st.actors, doc.nt.original):
        return  # "دعت X جميع الأطراف إلى ...": the actors after it are what is asked, not of whom
    joined = None if reason else coordinated.joined_act(doc, st, h)  # "طرد ... وتجميد الحوار": a second act
    roles = coordinated.decided_roles(doc, st, h, roles or joined)  # "قررت X ترحيل ...": X acts
    src, tgt, joint_group = roles or ([], [], [])
    pairs = _pairs(h.form, src, tgt, joint_group) if roles and len(src) * len(tgt) <= 6 else []
    pairs = coordinated.stated(doc, st, h, roles, pairs, joined is not None)  # "قررت X غلق ...": X acts
    pairs = backed.stated_backing(h, roles, pairs)  # "بإسناد من طائرات التحالف": the coalition backs
    pairs = passives.stated_agent(doc, st, h, roles, pairs)  # "تم تصنيف X ... من قبل Y": Y acts
    pairs = withdrawals.stated_doer(doc, st, h, roles, pairs)  # "الانسحاب الأمريكي من X": the USA withdraws
    pairs = asked_speaker.speaker_asked(doc, st, h, pairs)  # "قال X إن Y طلب منه": Y asks X
    pairs = participle_objects.stated_object(doc, st, h, roles, pairs)  # "...، متهما بريطانيا بـ": Britain is accused
    if joined is None and not h.verbal and not adverbial_participle(h, doc.toks, doc.nt):
        # a verbal noun restating the sentence's event between the same actors
        # ("الاجتماع الأول للجنة تتبع التعاون المغربي الإسرائيلي") adds nothing
        pairs = list(compress(pairs, map(not_, map(st.pairs.__contains__, map(_pair_key, pairs)))))
    if not doc.learning and not pairs:
        return
    carried_here = st.carried_here()
    if doc.learning and not pairs and not learned.worth_reading(h, st.actors, carried_here):
        return
    setup = None
    if doc.model is not None and not pairs:
        # no rules' pair to stand: a trigger whose pairs the model rejects under any
        # modality makes no event, and needs no modality or date
        setup = learned.prepare(h, st.actors, doc.toks, doc.nt, roles, pairs, reason, carried_here, st.read_actors())
        if setup is None or learned.hopeless(doc.model, setup, st.pairs, doc.doc_pairs, _relax(st)):
            return
    clause, modality, date, date_source = _when(doc, st, h)
    if doc.model is not None and doc.collect is None and modality in UNASSERTED:
        return  # the model's pairs of what the text does not assert are none (_model_pairs): no candidate read
    restated = ((not h.verbal and date is None or h.form.inverse)
                and any(map(doc.doc_pairs.__contains__, map(_pair_key, pairs))))
    if doc.learning:
        cands = learned.candidates(h, st.actors, doc.toks, doc.nt, roles, pairs, reason, modality, restated,
                                   st.pairs, doc.doc_pairs, carried_here, model=doc.model, setup=setup,
                                   relax=_relax(st) if doc.model is not None else 0.0, sentence=st.read_actors())
        if doc.collect is not None:
            doc.collect.append((st.start, st.end, h.form.type, cands or []))
        if doc.model is not None:
            # a quotation's speaker named sentences before is beyond the model's reach: the rules' reading stands
            pairs = _model_pairs(doc, st, pairs, None if quotes.spoken(st, h, pairs) else cands, modality)
            pairs = after_model.kept_pairs(doc, st, h, pairs)
        if pairs:
            st.pairs.update(_pair_key(p) for p in pairs)
            # "بطلب من X": a circumstance, whose asker no later verb of the clause inherits
            st.prev = (src, tgt) if roles and (src or tgt) and not requested.asked_by(h, doc.toks, doc.nt) else st.prev
    elif pairs:
        st.pairs.update(_pair_key(p) for p in pairs)
        st.prev = st.prev if requested.asked_by(h, doc.toks, doc.nt) else (src or [], tgt or [])
        if modality in UNASSERTED or restated:
            pairs = []  # restated: an undated noun repeating a relation ("المدعومة من الجزائر")
    if pairs and h.form.type in protests.CIVILIAN_TYPES:
        kept = []
        for p in pairs:
            if protests.people_named(st.actors, p[0][0], doc.norms):
                kept.append(p)
        pairs = kept
    pairs = said_where(h, same_side(h, pairs, st.actors, doc.toks, doc.nt), st.actors, doc.toks)
    if pairs:
        _emit(doc, st, h, pairs, clause, modality, date, date_source)


SAYING_AT = 3  # words at a sentence's start where its verb of saying stands ("وقالت"، "وفي بيان قالت")


def _implied_events(doc: _Article, st: _Sentence, h: _Hit) -> None:
    """The event of a coercive trigger on a named person, by the state the sentence
    implies (core.events.implied), when the trigger made none of its own."""
    if h.i in doc.in_entity:
        return
    norms = doc.norms
    person = implied.implied_target(h, doc.persons, st.ti, st.tj, norms, implied.acts_on_persons(doc.events, doc.persons))
    if person is None:
        return
    dateline = doc.dateline_end or 0  # "دبي، الإمارات (CNN)-- اعتقلت السلطات في سوريا": not the dateline's
    source = implied.implied_source(h, person, _after_dateline(doc, st), implied.sentence_country(
        max(st.start, dateline), st.end, doc.entities, h.start, dateline), norms, implied.acts_on_persons(doc.events, doc.persons))
    source = deplored_acts.implied_author(doc, st, h, source)  # "أدانت X اعتقال Y للصحفي": Y arrests
    if not source:
        return
    clause, modality, date, date_source = _when(doc, st, h)
    if modality in UNASSERTED or filters.unasserted_noun(doc, st, h):  # "تعهدت بإطلاق سراح X": promised
        return
    _emit(doc, st, h, [([source, person[2]], True)], clause, modality, date, date_source)


def _after_dateline(doc: _Article, st: _Sentence) -> list:
    """The sentence's actors less those its opening dateline names: the place a report
    was filed from is no side of what it reports (as filters.past_dateline for the model's pairs)."""
    if doc.dateline_end is None or st.start >= doc.dateline_end:
        return st.actors
    return [a for a in st.actors if a.start >= doc.dateline_end]


def _resigned_events(doc: _Article, st: _Sentence, h: _Hit) -> None:
    """A named person's resignation from a named body (core.events.resigned)."""
    pair = resigned.resigned_pair(h, doc.persons, st.actors, doc.norms, st.ti, st.tj)
    if pair and (when := _when(doc, st, h))[1] not in UNASSERTED:
        _emit(doc, st, h, [(pair, True)], *when)


def _private_events(doc: _Article, st: _Sentence, h: _Hit, told: int) -> None:
    """The statement of a private person named as a verb's subject (core.events.private),
    in place of the pairs the trigger's other actors made (the verb's subject is its source)."""
    text = doc.nt.original
    person = private.subject(h, doc.persons, doc.toks, text)
    tgt = person and private.target(person, st.actors, doc.persons, doc.toks, text, st.tj)
    if tgt:
        clause, modality, date, date_source = _when(doc, st, h)
        if modality not in UNASSERTED:
            del doc.events[told:]
            _emit(doc, st, h, [([person[2], tgt], True)], clause, modality, date, date_source)


def _person_events(doc: _Article, st: _Sentence, h: _Hit) -> None:
    """A state acting on a private person, its verb's object (core.events.person_sides)."""
    pair = person_sides.acted_on(h, _after_dateline(doc, st), doc.persons, doc.norms, doc.toks, doc.nt.original, st.ti, st.tj)
    if pair and (when := _when(doc, st, h))[1] not in UNASSERTED and not filters.unasserted_noun(doc, st, h):
        _emit(doc, st, h, [(pair, True)], *when)


def _sanctioned_events(doc: _Article, st: _Sentence, h: _Hit, told: int) -> None:
    """The named persons a sanction falls on (core.events.sanctioned), beside the event on a
    state or group the trigger made. Its source is the subject inside the trigger's phrase
    ("فرضت X عقوبات على رجل الأعمال Y"), else the word-order rules' one source, else that of
    the trigger's event, named in the sentence up to the trigger."""
    persons = sanctioned.sanctioned(h, doc.norms, doc.named_spans()["PERSON"], doc.toks, doc.nt.original, st.tj,
                                    {a.i for a in st.actors if a.kind.startswith(("COUNTRY", "ORG"))})
    if not persons:
        return
    src = (_rule_roles(h, st.actors, doc.toks, doc.nt, st.prev, st.last_subject) or ([],))[0]
    made = [e.actors[0] for e in doc.events[told:] if e.directed]
    inside = [a.actor for a in st.actors if h.i < a.i < h.j][:1]  # "فرضت الولايات المتحدة عقوبات": VSO
    # named in the sentence up to the trigger: "كما فرضت عقوبات على X" inherits a guess
    source = next((s for s in inside + src[:len(src) == 1] + made if any(
        a.actor == s and st.ti <= a.i < h.j for a in st.actors)), None) or told_sanctions.told_source(doc, st, h)
    when = _when(doc, st, h)
    pairs = [([source, p], True) for p in persons if p != source]
    if source is not None and (made or when[1] not in UNASSERTED) and opinions.not_opinions(doc, st, pairs):
        _emit(doc, st, h, pairs, *when)  # not in a writer's view ("الكاتب يربط بين العقوبات على ...")


def _violent_events(doc: _Article, st: _Sentence, h: _Hit) -> None:
    """An attack whose sides its constructions name ("برصاص الجيش"، "قصف إسرائيلي"، "مسؤوليته
    عن") when the trigger made none of its own (core.events.violence); none told by a reporter."""
    pairs = (violence.violent_pairs(h, doc.norms, doc.toks, doc.nt, st.actors, doc.named_spans(), st.ti, st.tj)
             or incidents.incident_pairs(h, doc.norms, st.actors, doc.named_spans()["PLACE"], doc.entities, st.tj))
    pairs = reported.no_reporting_sides(doc, st, h, [(p, True) for p in pairs])  # "أعلنت X أن هجوما استهدف"
    pairs = leaders.no_leader_sides(doc, st, h, pairs)  # "التحالف بقيادة X": X neither strikes nor is struck
    pairs = noun_subjects.author_adjective(st, h, pairs)  # "صاروخ أطلقه الحوثيون اليمنيون": YEM is no side
    pairs = driven_out.not_attackers(doc, st, h, pairs)  # "لطرد وحدات X التي تسيطر على Y": X attacks nothing
    pairs = makers.no_makers(doc, st, h, pairs)  # "صواريخ إيرانية الصنع على المدن": Iran fires nothing
    pairs = allied.no_joined_targets(doc, st, h, pairs)  # "غارات أمريكية بريطانية على X": both strike X
    pairs = affiliates.no_affiliates(doc, st, h, pairs)  # "الفصائل الموالية لتنظيم داعش": no ISIS attack
    pairs = parents.no_parent_targets(doc, st, h, pairs)  # "الجماعة التابعة لإيران": its attack hits no Iran
    if pairs and (when := _when(doc, st, h))[1] not in UNASSERTED:
        _emit(doc, st, h, pairs, *when)


def _place_events(doc: _Article, st: _Sentence, h: _Hit) -> None:
    """An attack, siege or deployment on a named place no group or state is named the
    target of, by the trigger's subject (core.events.places)."""
    place = places.place_target(h, doc.norms, doc.toks, doc.nt.original, st.actors, doc.named_spans()["PLACE"], st.tj)
    if place is None:  # "تتعرض مدينة X لقصف من قبل Y": the place undergoes Y's attack
        pair = exposed.exposed_pair(h, doc.norms, st.actors, doc.named_spans()["PLACE"], st.ti, st.tj)
        if pair and (when := _when(doc, st, h))[1] not in UNASSERTED and not filters.unasserted_noun(doc, st, h):
            _emit(doc, st, h, [(pair, True)], *when)
        return
    roles = _rule_roles(h, st.actors, doc.toks, doc.nt, st.prev, st.last_subject)
    source = places.place_source(h, roles, doc.norms, doc.toks, st.actors, st.ti, st.tj)
    source = source and relatives.head_for(doc, st, h, source)  # "X التي تدعمها Y قد شنت": X
    if source is None or source == place or h.form.type in violence.TYPES and source in attack_sides.not_authors(
            h, doc.norms, st.actors):  # "اقتحموا السفارة X في Y": X makes no attack
        return
    clause, modality, date, date_source = _when(doc, st, h)
    if modality in UNASSERTED or filters.unasserted_noun(doc, st, h):
        return
    _emit(doc, st, h, [([source, place], True)], clause, modality, date, date_source)


def _protest_events(doc: _Article, st: _Sentence, h: _Hit) -> None:
    """A protest with no target named, against the state it is held in or faces (core.events.protests)."""
    pair = protests.fallback_pair(h, doc.norms, doc.toks, doc.nt.original, st.actors, doc.entities, st.start, st.end)
    if pair and (when := _when(doc, st, h))[1] not in UNASSERTED:
        _emit(doc, st, h, [(pair, True)], *when)


def _unclaimed_events(doc: _Article, st: _Sentence, h: _Hit) -> None:
    """An attack by an unnamed side on the place it names, or by a named side on an unnamed
    one (core.events.unclaimed.unnamed_side_pair: the pair made once the attack is asserted)."""
    make = unclaimed.unnamed_side_pair(h, doc, st)
    if make and (when := _when(doc, st, h))[1] not in UNASSERTED:
        pairs = makers.no_makers(doc, st, h, [(make(), True)])  # "صواريخ روسية الصنع أطلقتها X": no Russia
        if pairs:
            _emit(doc, st, h, pairs, *when)


def _model_pairs(doc: _Article, st: _Sentence, pairs: list, cands, modality: str) -> list:
    """The pairs the role model keeps of a trigger's candidates, joint ones in the order
    the text names their sides."""
    # modality stays a rule: what the text does not assert is no event
    if modality in UNASSERTED:
        pairs = []
    elif any(len(p) > 2 or isinstance(p, Stated) for p, _ in pairs):
        pass  # one joint event of three or more sides named by "بين", or a clash between two: the rule's reading
    elif cands is not None or not pairs:
        pairs = learned.decide(doc.model, cands or [], _relax(st))
    # else: the rules' actors are not within the model's reach (a subject carried
    # from the previous sentence): their reading stands
    order = {a.actor: a.i for a in reversed(st.actors)}
    # a joint event names its sides in the order the text does
    return [(p if d else sorted(p, key=lambda x: order.get(x, -1)), d) for p, d in pairs]


def _relax(st: _Sentence) -> float:
    """How far below its threshold the role model may keep a pair: a sentence that has
    told no event yet mostly tells one (learned.RELAX)."""
    return 0.0 if st.pairs else learned.RELAX


_REASONS = ("", "noactor", "adjacent")  # the reasons _hit_events gives that leave a violent act or a place's event open
_FALLBACKS = _fallbacks()  # made here: its steps are defined above
