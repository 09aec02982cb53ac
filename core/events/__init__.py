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

The parts live in modules by job: triggers (lexicons and the trigger scan), actors
(who can be a side), roles (the word-order rules), modality (modality, dates and the
last merge); this module runs them over an article. Their names stay importable from
here.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from core.lexicon import Lexicon, load_lexicon
from core.model import Entity, Event, TimeExpr, Trigger
from core.text import NormText, Token, split_clauses, token_norms
from core.events import implied, learned
from core.events.triggers import (  # noqa: F401  (the package's names before the split)
    DATA, GAP, MAX_GAP, PRONOUN_SUFFIXES, ENVOY_WORDS, Cameo, Triggers, TriggerForm, _Hit, _Plan, _find_triggers,
    _learned_type, _match_rest, _retype, _rows, expand_lemma, load_triggers, word_keys)
from core.events.actors import (  # noqa: F401
    _ActorMention, _actor_mentions, _actor_word, _coordinated, _entity_tokens, _group_backward, _group_forward,
    _mention_tokens, _pair_referents, _pair_refs, _uniq, _word_readings)
from core.events.roles import (  # noqa: F401
    AGENT_MARKS, PASSIVE_AUX, RELATIVE, ROLE_RULES, SUBJECT_SKIP, WINDOW_AFTER, WINDOW_BEFORE, _RoleContext, _frames,
    _has_object_pronoun, _pair_key, _pairs, _roles, _rule_agent_phrase, _rule_dropped_subject, _rule_inherited_subject,
    _rule_inverse_participle, _rule_noun_object, _rule_object_after_verb, _rule_object_pronoun, _rule_passive,
    _rule_possessive_agent, _rule_previous_sentence_subject, _rule_first_person_plural, _rule_roles, speech_frame,
    adverbial_participle, claim_link, endangers, owes_allegiance, passive_participle, same_side, unnamed_addressee)
from core.events.modality import (  # noqa: F401
    FIELD_REACH, NEGATION_REACH, SCOPE_REACH, UNASSERTED, _date_for, _dedupe, _demanded, _in_past_frame, _modality,
    _names_a_field, _reported_present)

# Events whose ب/ل complement is an alleged, demanded, refused or accompanying act, not
# an event of its own: "اتهمت لندن روسيا بعرقلة وصول البعثة" reports an accusation, not an
# obstruction. Welcoming or praising (SUPPORT) takes a real event: "رحب باعتراف السويد".
CONTENT_TYPES = {"AGREE", "CONSULT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                 "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
NOUN_REACH = 6  # a verbal noun's actors follow it within this many tokens
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
    prev: tuple[list[str], list[str]] | None = None
    last_hit_tok: int = -99
    last_hit_type: str = ""
    pairs: set = field(default_factory=set)


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
    readings = _word_readings(norms, trig, lex)
    actors = _actor_mentions(toks, spans, readings)
    hits = _retype(_find_triggers(nt, toks, norms, trig, readings), toks, nt)
    doc = _Article(nt, toks, times, trig, document_date, learned.current_model(), learned.collector(),
                   tok_starts, _entity_tokens(spans), entities=entities, persons=implied.person_mentions(spans), norms=norms,
                   place_ends={i: j for e, _, i, j in spans if e.type == "PLACE"})
    hit_at = [h.i for h in hits]  # both in text order: a sentence's share is one slice
    actor_at = [a.i for a in actors]
    prev_sentence_actors: list[_ActorMention] = []
    for s_start, s_end in sentences:
        ti = bisect.bisect_left(doc.tok_starts, s_start)
        tj = bisect.bisect_left(doc.tok_starts, s_end)
        s_actors = actors[bisect.bisect_left(actor_at, ti):bisect.bisect_left(actor_at, tj)]
        st = _open_sentence(doc, s_start, s_end, ti, tj, s_actors, prev_sentence_actors)
        if s_actors:
            prev_sentence_actors = s_actors
        for h in hits[bisect.bisect_left(hit_at, ti):bisect.bisect_left(hit_at, tj)]:
            told = len(doc.events)
            _hit_events(doc, st, h)
            if len(doc.events) == told and h.form.type in implied.PERSON_TARGET_TYPES and doc.persons:
                _implied_events(doc, st, h)
    return _dedupe(doc.events)


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
    events = doc.events
    # the source of the previous sentence's last directed event: a subject this one may drop
    last_subject = next((e.actors[:1] for e in reversed(events) if e.directed and e.sentence_start < s_start
                         and e.sentence_start == events[-1].sentence_start), [])
    return _Sentence(s_start, s_end, ti, tj, s_actors, prev_sentence_actors, last_subject, content_from, pairs=pairs)


def _hit_events(doc: _Article, st: _Sentence, h: _Hit) -> None:
    """The events of one trigger, added to the article's: a reason it may make none, the
    rules' reading, the model's decision under the modality read, then the events."""
    frame = speech_frame(h, doc.toks, doc.trig, st.ti) if h.form.speech else None
    reason = _screen(doc, st, h, frame)
    if reason is None:
        return
    roles = None if reason else _rule_roles(h, st.actors, doc.toks, doc.nt, st.prev, st.last_subject, frame)
    if roles is None and not reason and doc.collect is None and adverbial_participle(h, doc.toks, doc.nt):
        return  # "اعتقال عدة متهمين في القضية": a participle that governs no actor tells of no act
    if doc.collect is None and unnamed_addressee(h, doc.toks, doc.trig, st.actors):
        return  # "دعت X جميع الأطراف إلى ...": the actors after it are what is asked, not of whom
    src, tgt, joint_group = roles or ([], [], [])
    pairs = _pairs(h.form, src, tgt, joint_group) if roles and len(src) * len(tgt) <= 6 else []
    if not h.verbal and not adverbial_participle(h, doc.toks, doc.nt):
        # a verbal noun restating the sentence's event between the same actors
        # ("الاجتماع الأول للجنة تتبع التعاون المغربي الإسرائيلي") adds nothing
        pairs = [p for p in pairs if _pair_key(p) not in st.pairs]
    if not doc.learning and not pairs:
        return
    carried_here = st.carried if st.carried is not st.actors else []
    if doc.learning and not pairs and not learned.worth_reading(h, st.actors, carried_here):
        return
    setup = None
    if doc.model is not None and not pairs:
        # no rules' pair to stand: a trigger whose pairs the model rejects under any
        # modality makes no event, and needs no modality or date
        setup = learned.prepare(h, st.actors, doc.toks, doc.nt, roles, pairs, reason, carried_here)
        if setup is None or learned.hopeless(doc.model, setup, st.pairs, doc.doc_pairs, _relax(st)):
            return
    clause, modality, date, date_source = _when(doc, st, h)
    restated = ((not h.verbal and date is None or h.form.inverse)
                and any(_pair_key(p) in doc.doc_pairs for p in pairs))
    if doc.learning:
        cands = learned.candidates(h, st.actors, doc.toks, doc.nt, roles, pairs, reason, modality, restated,
                                   st.pairs, doc.doc_pairs, carried_here, model=doc.model, setup=setup,
                                   relax=_relax(st) if doc.model is not None else 0.0)
        if doc.collect is not None:
            doc.collect.append((st.start, st.end, h.form.type, cands or []))
        if doc.model is not None:
            pairs = _model_pairs(doc, st, pairs, cands, modality)
        if pairs:
            st.pairs.update(_pair_key(p) for p in pairs)
            st.prev = (src, tgt) if roles and (src or tgt) else st.prev
    elif pairs:
        st.pairs.update(_pair_key(p) for p in pairs)
        st.prev = (src or [], tgt or [])
        if modality in UNASSERTED or restated:
            pairs = []  # restated: an undated noun repeating a relation ("المدعومة من الجزائر")
    pairs = same_side(h, pairs, st.actors, doc.toks, doc.nt)
    if pairs:
        _emit(doc, st, h, pairs, clause, modality, date, date_source)


def _implied_events(doc: _Article, st: _Sentence, h: _Hit) -> None:
    """The event of a coercive trigger on a named person, by the state the sentence
    implies (core.events.implied), when the trigger made none of its own."""
    if h.i in doc.in_entity:
        return
    norms = doc.norms
    person = implied.implied_target(h, doc.persons, st.ti, st.tj, norms)
    if person is None:
        return
    source = implied.implied_source(h, person, st.actors, implied.sentence_country(st.start, st.end, doc.entities, h.start),
                                    norms)
    if not source:
        return
    clause, modality, date, date_source = _when(doc, st, h)
    if modality in UNASSERTED:
        return
    _emit(doc, st, h, [([source, person[2]], True)], clause, modality, date, date_source)


def _screen(doc: _Article, st: _Sentence, h: _Hit, frame: tuple[int, int | None] | None) -> str | None:
    """None when the trigger makes no event at all; else why the rules give it no actors
    ("content", "nested", "adjacent", "noactor"), or "" when they may. Records the
    trigger as the sentence's last."""
    if h.i in doc.in_entity:
        return None  # "منظمة حظر الأسلحة الكيميائية" names a body, it reports no ban
    if endangers(h, doc.toks, doc.trig) or owes_allegiance(h, doc.toks):
        return None  # "يهدد أمن المنطقة": endangers, threatens no one; "يدين بالولاء": loyal
    if passive_participle(h, doc.toks, doc.nt, st.actors):
        return None  # "رجلا متهما بالتجسس": accused, by no one the sentence names
    if h.form.speech and frame is None:
        return None  # "استفزازية" outside a speech frame evaluates no one
    reason = ""
    if st.content_from is not None and h.i >= st.content_from:
        reason = "content"  # the content of a demand ("أن تتعاونا"), not an event of its own
    nested = (not h.verbal and doc.toks[h.i].norm[:1] in "بل" and h.i - st.last_hit_tok <= 6
              and st.last_hit_type in CONTENT_TYPES)
    # "اتفاقية تعاون": a word of the previous trigger's phrase ("غارة، متهمة": a new clause)
    adjacent = h.i == st.last_hit_tok and not adverbial_participle(h, doc.toks, doc.nt)
    st.last_hit_tok, st.last_hit_type = h.j, h.form.type
    if not h.verbal and h.form.type == "AGREE" and _names_a_treaty(doc, st, h):
        return None  # "اتفاقية دبلن"، "اتفاق باريس": a treaty named by a place, not an agreement made here
    if not h.verbal and _names_a_field(h, doc.toks, doc.nt, doc.trig, st.ti):
        return None  # "ليشمل الاستعلام والدفاع الجوي والحرب الإلكترونية": a field, not an attack
    if not reason and (nested or adjacent):
        if not doc.learning:
            return None  # "اتهمت لندن روسيا بعرقلة ...": another event's content; "اتفاقية تعاون": one phrase
        reason = "nested" if nested else "adjacent"  # the model weighs it
    if not reason and not h.verbal and not any(h.i <= a.i <= h.j + NOUN_REACH or 0 <= h.i - a.j <= 1
                                               for a in st.actors):
        reason = "noactor"  # a verbal noun with no actor at hand ("كل العقوبات ستدخل التنفيذ")
    return reason


def _names_a_treaty(doc: _Article, st: _Sentence, h: _Hit) -> bool:
    """An agreement noun followed by one place, not by two coordinated sides ("اتفاق
    الرباط وتل أبيب" is an agreement between them)."""
    end = doc.place_ends.get(h.j)
    return end is not None and not any(end <= a.i <= end + 1 for a in st.actors)


def _when(doc: _Article, st: _Sentence, h: _Hit) -> tuple[tuple[int, int], str, str | None, str | None]:
    """The trigger's clause, modality and date (with where the date came from)."""
    if st.clauses is None:
        st.clauses = split_clauses(doc.nt.original, st.start, st.end)
    clause = next(((a, b) for a, b in st.clauses if a <= h.start < b), (st.start, st.end))
    modality = _modality(h, doc.toks, doc.trig, st.ti, bisect.bisect_left(doc.tok_starts, clause[0]))
    date, date_source = _date_for(h.start, doc.times, clause, (st.start, st.end))
    if date is None and doc.document_date and _reported_present(h, doc.toks, doc.trig, st.ti, modality):
        # "وقال الوزير إن بلاده ترفض ...": a present act reported on the day
        date, date_source = doc.document_date, "document"
    elif date is None and doc.document_date and not _in_past_frame(h, doc.toks, doc.trig, st.ti):
        # news reports what just happened: an act its sentence does not date took place
        # by the publication day (its year at least); a pluperfect or past frame
        # ("وكان ... قد"، "كان ... يتهم") tells of earlier times and stays undated
        date, date_source = doc.document_date, "document"
    return clause, modality, date, date_source


def _model_pairs(doc: _Article, st: _Sentence, pairs: list, cands, modality: str) -> list:
    """The pairs the role model keeps of a trigger's candidates, joint ones in the order
    the text names their sides."""
    # modality stays a rule: what the text does not assert is no event
    if modality in UNASSERTED:
        pairs = []
    elif any(len(p) > 2 for p, _ in pairs):
        pass  # one joint event of three or more sides named by "بين": the rule's reading
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


def _emit(doc: _Article, st: _Sentence, h: _Hit, pairs: list, clause: tuple[int, int], modality: str,
          date: str | None, date_source: str | None) -> None:
    """One event per pair, typed by the model's learned type for the form, or as a
    demand when an obligation cue governs the trigger."""
    doc.doc_pairs.update(_pair_key(p) for p in pairs)
    # a denied claim is a rejection whatever else its sentence's actors did
    etype, ecameo = (h.form.type, h.form.cameo) if claim_link(h, doc.toks) else _learned_type(h, doc.model)
    if etype != "REQUEST" and _demanded(h, doc.toks, doc.trig, max(st.ti, bisect.bisect_left(doc.tok_starts, clause[0]))):
        etype, ecameo = "REQUEST", "020"  # "يجب فرض حظر على ميانمار" demands a ban, imposes none
        # "يجب أن يكون موضع تفاوض بين X وY": the parties of a demanded joint act demand nothing of each other
        pairs = [(p, d) for p, d in pairs if d]
    cam = doc.trig.cameo.get(ecameo)
    text = doc.nt.original
    for actor_ids, directed in pairs:
        key = (etype, tuple(actor_ids if directed else sorted(actor_ids)), st.start)
        if key in doc.seen:
            continue
        doc.seen.add(key)
        doc.events.append(Event(
            type=etype,
            actors=list(actor_ids),
            directed=directed,
            trigger=Trigger(text[h.start:h.end], h.start, h.end),
            sentence=text[st.start:st.end],
            sentence_start=st.start,
            date=date,
            modality=modality,
            cameo=ecameo,
            goldstein=cam.goldstein if cam else 0.0,
            date_source=date_source,
        ))
