"""Who acts on whom: the word-order rules of news Arabic, one function per rule.

The rules propose source, target and joint sides for each trigger; the learned model
(core.events.learned) reads their answer as features and decides. Constructions with
no trigger verb ("على X أن ...") are read here too, as they assign roles the same way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from core import prepared
from core.text import (LONG_OBJECT_SUFFIXES, NormText, SINGULAR_OBJECT_SUFFIXES, Token, normalize_for_match,
                       RELATIVE_PRONOUNS, with_pronouns, without_conjunction)
from core.events.actors import (_ActorMention, _group_backward, _group_forward, _uniq,  # noqa: F401
                                apposed, each_of, prepositional)
from core.events.triggers import DATA, ENVOY_WORDS, TriggerForm, _Hit, _rows, word_keys
from core.events.postings import posting
from core.events.senses import FROM_PRONOUNS
from core.events.stated import Stated
from core.events.role_lists import (agents_after, all_pairs, denied_claim, earlier_subjects, inside_before,
                                    near_envoy, not_in_group, other_ids, positions)
from core.events import role_gates, subjects
from core.events.charged import rule_charged_object
from core.events.charges import rule_charge_doer
from core.events.clauses import clause_break as _clause_break, punct_gap as _punct_gap
from core.events.goods import rule_goods_origin
from core.events.visits import rule_fronted_visit
from core.events.held import rule_held_meeting
from core.events.withdrawals import rule_genitive_doer
from core.events.speech_reach import rule_subject_in_gap
from core.events.requested import rule_requested_by
from core.events.statements import rule_statement_clause, statement_author
from core.events.dropped_speakers import rule_first_person_carried, rule_unagreeing_subject
from core.events.owned_objects import rule_owned_object
from core.events.speech_roles import (before_venue as _before_venue, rule_affiliated_subject, rule_noun_source,
                                     rule_relative_object, rule_uncomplemented_speech)
from core.events.speech_acts import (  # noqa: F401
    CLAIM_HEADS, CLAIM_LINKS, COMPLEMENTISERS, OBJECT_PRONOUNS, PARTICIPLE_REACH, SPEECH_ACT_TYPES, adverbial_participle,
    claim_link, combats, demanded_act, denied_accuser, endangers, owes_allegiance, passive_participle, said_where, same_side, unnamed_addressee,
    venue_addressee)


RELATIVE = RELATIVE_PRONOUNS
PASSIVE_AUX = {"تم", "يتم", "جري", "يجري", "ستتم", "سيتم"}  # "تم استهداف X": X is the target
SUBJECT_SKIP = {"التي", "الذي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان", "قد", "كان", "كانت", "كانا", "كانوا",
                "ان", "انه", "انها", "لقد", "فقد", "وقد", "بدورها", "بدوره", "امس", "اليوم", "ايضا"}
WINDOW_AFTER = 14
WINDOW_BEFORE = 4  # tokens before the trigger searched for a preposed subject
SPEECH_REACH = 32  # tokens between a verb of saying and the evaluation it reports


@lru_cache(maxsize=1)
def _frame_table() -> tuple[tuple[str, str, str, str], ...]:
    # the link is compared as written: "أن" (that, must) is not "إن" (indeed) after "قال"
    return tuple((normalize_for_match(r["lead"]), _dediac(r["link"].strip()), r["type"].strip(), r["cameo"].strip())
                 for r in _rows(DATA / "event_frames.tsv", "lead", "link", "type", "cameo"))


def _dediac(s: str) -> str:
    from core.text import dediac as dediac_ar

    return dediac_ar(s)


def _frames(toks, nt, ti: int, tj: int, s_actors, prev_actors, trig):
    """Events stated by a construction (LEAD actors LINK): "على روسيا وسوريا أن تتعاونا"
    is a demand of the speaker (the sentence's first other actor, else the previous
    sentence's) on each named actor. Returns the events and where their content starts."""
    out = []
    content_from = None
    table = _frame_table()
    for k, a in enumerate(s_actors):
        if a.i == 0 or a.i - 1 < ti:
            continue
        lead_tok = toks[a.i - 1]
        if nt.original[lead_tok.start:lead_tok.end] not in ("على", "علی"):
            continue
        group = _group_forward(s_actors, k, toks, nt)
        if k > 0 and s_actors[k - 1].i == a.i:
            continue
        end = group[-1].j
        if end >= tj or venue_addressee(group, a.i - 1, toks, trig, ti):  # "كتب X على تويتر أن": where, not whom
            continue
        link = _dediac(nt.original[toks[end].start:toks[end].end])
        for lead, link_form, etype, cameo in table:
            if lead != lead_tok.norm or link != link_form:
                continue
            made = _frame_events(toks, nt, a, group, s_actors, prev_actors, (etype, cameo, end))
            if made is not None:
                out += made
                content_from = end + 1
                break
    return out, content_from


def _frame_events(toks, nt, a, group: list, s_actors: list, prev_actors: list, frame: tuple) -> list | None:
    """A construction's events, by its speaker (a subject: "في بيان صدر عن مكتب رئيس الوزراء، قال مسؤول"),
    None without one; apart from _frames (every sentence), whose comprehensions' names were cells."""
    members = _uniq([g.actor for g in group])
    before = [x for x in s_actors if x.i < a.i - 1 and x.actor not in members]
    speakers = [x.actor for x in before if not prepositional(x, toks, nt)] or [x.actor for x in before] or \
               [x.actor for x in prev_actors if x.actor not in members]
    etype, cameo, end = frame
    return [(etype, cameo, [speakers[0], m], a.i - 1, end + 1) for m in members] if speakers else None


def speech_frame(h: _Hit, toks, trig, first_tok: int) -> tuple[int, int | None] | None:
    """(verb of saying, complementiser or None) of the frame a speech-only trigger stands
    in ("قال X إن Y ..."، "وصفت X الخطوة بأنها ..."): the nearest verb of saying before
    it in its sentence and the first complementiser after that verb; None without one."""
    comp = None
    for k in range(h.i - 1, max(first_tok, h.i - SPEECH_REACH) - 1, -1):
        kinds = trig.cue_kinds(toks[k].norm)
        if "speech" in kinds:
            return k, comp
        if "complementiser" in kinds:
            comp = k
    return None


@dataclass
class _RoleContext:
    """What every role rule reads: the trigger, its sentence's actors, the roles so far."""
    h: _Hit
    seq: list[_ActorMention]
    toks: list[Token]
    nt: NormText
    prev: tuple[list[str], list[str]] | None  # roles of the sentence's previous event
    earlier: list[_ActorMention]  # actors before the trigger without a preposition
    src: list[str]
    tgt: list[str]
    joint: list[str]
    carried_subject: list[str] = field(default_factory=list)  # source of the previous sentence's last event
    speech: tuple[int, int | None] | None = None  # a speech-only trigger's frame (speech_frame)


_Roles = tuple[list[str], list[str], list[str]]
_NO_EVENT = ([], [], [])  # a rule's answer that the trigger has no actors of its own


def _rule_speech_frame(c: _RoleContext) -> _Roles | None:
    """"قال X إن Y تزعزع استقرار المنطقة": the speaker (the subject of the verb of saying)
    evaluates the actor of the reported clause (else the verb's object: "وصفت X خطوة Y
    بأنها استفزاز")."""
    if c.speech is None:
        return None
    verb, comp = c.speech
    pivot = verb if comp is None else comp
    between = [a for a in c.seq if verb < a.i and a.j <= pivot and not prepositional(a, c.toks, c.nt)]
    speaker = between[:1] or [a for a in c.earlier if a.j <= verb][-1:]
    src = [speaker[0].actor] if speaker else c.carried_subject[:1]
    rest = [a.actor for a in c.seq if a.i > verb and a.actor not in src and a.i - c.h.j <= WINDOW_AFTER]
    later = [a.actor for a in c.seq if a.i >= pivot and a.actor not in src and a.i - c.h.j <= WINDOW_AFTER]
    # an evaluation written after its actor describes it ("وتدعم الأسد المجرم")
    described = [a.actor for a in c.seq if a.j == c.h.i and a.actor not in src and not c.h.verbal]
    tgt = (described or later or rest)[:1]
    return (src, tgt, []) if src and tgt else None


def _rule_adverbial_participle(c: _RoleContext) -> _Roles | None:
    """"انتقد X الحكومة، متهما Y بالتدخل": a participle after a clause tells what the
    clause's subject (the sentence's first actor, else the previous sentence's) did to
    the actor it governs; "متهما إياها" governs the previous event's target."""
    h, toks = c.h, c.toks
    if not adverbial_participle(h, toks, c.nt):
        return None
    nxt = toks[h.j].norm if h.j < len(toks) else ""
    tgt: list[str] = []
    if nxt in OBJECT_PRONOUNS:
        tgt = (c.prev[1] if c.prev else [])[:1] or [a.actor for a in c.earlier[1:]][-1:]
    else:
        for k, a in enumerate(c.seq):
            if a.i < h.j or a.i - h.j > PARTICIPLE_REACH or _locative(a, toks, c.nt):
                continue
            if _clause_break(toks, c.nt, h.j, a.i) or any(t.norm in COMPLEMENTISERS for t in toks[h.j:a.i]):
                break  # "متوعدة بأن الإدارة الأميركية لن ...": the actor of what is said
            tgt = _uniq([g.actor for g in _group_forward(c.seq, k, toks, c.nt)])
            break
    # the clause's subject is named first; a sentence that first names the target has
    # dropped it (a quote before the participle), as has one that names nobody before
    src = [a.actor for a in c.earlier[:1] if a.actor not in tgt] or ([] if c.earlier else [
        x for x in statement_author(c) + c.carried_subject if x not in tgt][:1])  # "في بيان لـX، داعيا"
    return (src, tgt, []) if src and tgt else _NO_EVENT


def _rule_inverse_participle(c: _RoleContext) -> _Roles | None:
    """"فصائل مدعومة من واشنطن": the actor after the participle acts on the noun it
    describes (whatever governs that noun)."""
    if not c.h.form.inverse:
        return None
    agent = [a.actor for a in c.seq if c.h.j <= a.i <= c.h.j + 3]
    patient = [a.actor for a in c.seq if a.j <= c.h.i and c.h.i - a.j <= 2][-1:] or apposed(c.seq, c.h, c.toks, c.nt)
    if not patient and c.toks[c.h.i].norm.startswith("ب") and c.earlier:
        patient = [c.earlier[-1].actor]  # "سيطر الجيش على المدينة بدعم من X": X backs the clause's subject
    if agent and patient and agent[0] != patient[0]:
        return agent[:1], patient, []
    return _NO_EVENT


def _rule_passive(c: _RoleContext) -> _Roles | None:
    """"تم استهداف بنك البلاد": what follows the passive is the target; the agent is the
    actor "من (قبل)" introduces, else whoever speaks earlier in the sentence."""
    h, toks = c.h, c.toks
    if not (h.i > 0 and toks[h.i - 1].norm in PASSIVE_AUX and not c.joint):
        return None
    after = c.src + c.tgt
    agent = agents_after(c.seq, h.j, toks)
    tgt = other_ids(after, agent)[:1]
    return agent[:1] or ([c.earlier[-1].actor] if c.earlier else []), tgt, c.joint


AGENT_MARKS = {"قبل": "من", "يد": "علي", "ايدي": "علي", "بايدي": "", "يدي": "علي"}  # من قبل X، على يد X، بأيدي X
SIDE_MARKS = {"جانب": "من"}  # "من جانب X": an agent only of a verbal noun or a passive, in the same phrase
POSSESSED = ("ها", "هم", "هما", "ته")  # "رفضها": a noun whose possessive is its agent already
NOUN_SIDE_REACH = 1  # words from a verbal noun to its "من جانب" ("هجوم صاروخي من جانب X"); farther, a noun between owns it


def _agent_phrase(c: _RoleContext) -> _ActorMention | None:
    """The actor an agent phrase introduces after the trigger ("من قبل X"، "على يد X").
    "من جانب X" also says "on X's part" of a whole clause ("نددت بالتطهير من جانب X"
    names who cleanses, not who condemns), so it counts only after a passive or a verbal
    noun with no agent of its own ("رفضها للاستخدام المفرط للقوة من جانب X": X uses force,
    she rejects) and right after it ("إدانة حكم الإرهاب من جانب X": X terrorises, others are
    to condemn), with no punctuation between ("فرض عقوبات على روسيا من جانب الاتحاد")."""
    h, toks = c.h, c.toks
    passive = h.i > 0 and without_conjunction(toks[h.i - 1].norm, 1) in PASSIVE_AUX
    nominal = not h.verbal and not toks[h.j - 1].norm.endswith(POSSESSED)
    for a in c.seq:
        if a.i < h.j or a.i - h.j > WINDOW_AFTER or a.i < 1:
            continue
        mark = toks[a.i - 1].norm
        lead = AGENT_MARKS.get(mark)
        if lead is None and mark in SIDE_MARKS and (passive or nominal and a.i - 2 - h.j <= NOUN_SIDE_REACH) \
                and not _punct_gap(toks, c.nt, h.j, a.i):  # the gap read only before "جانب"
            lead = SIDE_MARKS.get(mark)
        if lead is None:
            continue
        if not lead or (a.i >= 2 and toks[a.i - 2].norm in (lead, "و" + lead)):
            return a
    return None


def _rule_agent_phrase(c: _RoleContext) -> _Roles | None:
    """"تعرّضت ميانمار لعقوبات من قبل الاتحاد الأوروبي": the actor "من قبل" or "على يد"
    introduces acts, on the sentence's other actor (the grammatical subject)."""
    agent = _agent_phrase(c)
    if agent is None:
        return None
    others = other_ids(c.src + c.tgt + c.joint, [agent.actor])
    others += other_ids([a.actor for a in c.earlier], others + [agent.actor])
    return ([agent.actor], others[:1], []) if others else None


def _rule_first_person_plural(c: _RoleContext) -> _Roles | None:
    """"لقد استهدفنا الحوثيين" in a quote: the speaker named before acts."""
    h, toks = c.h, c.toks
    if not (h.verbal and toks[h.i].norm.endswith("نا") and len(toks[h.i].norm) > 4):
        return None
    if not c.earlier:
        return c.src, c.tgt, c.joint
    speaker = c.earlier[-1].actor
    return [speaker], _uniq([x for x in c.src + c.tgt if x != speaker]), c.joint


def _rule_object_after_verb(c: _RoleContext) -> _Roles | None:
    """"أعرب الرئيس الفلبيني عن أمله في أن يزور الكويت": with the sentence's subject named
    before, the one actor after the verb is its object."""
    h = c.h
    if not (h.verbal and not h.form.joint and len(c.src) == 1 and not c.tgt and c.earlier
            and c.earlier[0].actor not in c.src and c.earlier[-1].j < h.i - 1
            and seq_first_after(c.seq, h) == c.src[0]
            and not (c.toks[h.i].norm[:1] == "و" and _punct_gap(c.toks, c.nt, h.i, h.i))):  # "...، وتغلق X": X's clause
        return None
    return [c.earlier[0].actor], c.src, c.joint


def _rule_possessive_agent(c: _RoleContext) -> _Roles | None:
    """"أعلنت قطر استئناف علاقاتها مع مصر": a verbal noun whose possessive points back has
    the clause's subject as its agent."""
    h = c.h
    if not (not h.verbal and not c.src and c.tgt and c.earlier and c.earlier[-1].actor not in c.tgt
            and any(c.toks[k].norm.endswith(("ها", "هم", "هما", "ه")) for k in range(h.i, h.j))):
        return None
    return subjects.clause_subjects(c, c.tgt), c.tgt, c.joint


def _rule_noun_object(c: _RoleContext) -> _Roles | None:
    """"انتقدت باريس اتهام لندن": a verbal noun with one actor after it and one before takes
    the one after as its object (agents after a noun are rare without a second actor)."""
    h = c.h
    if not (not h.verbal and not h.form.joint and c.src and not c.tgt and c.earlier
            and c.earlier[-1].actor not in c.src):
        return None
    for a in c.seq:  # a loop: a generator's names would be cells of every call
        if a.i >= h.j and a.adjective and a.i - h.j <= 1 and a.actor in c.src:
            return None
    return subjects.clause_subjects(c, c.src), c.src, c.joint


def _rule_inherited_subject(c: _RoleContext) -> _Roles | None:
    """"فيما طلبت منها": a verb without a subject of its own takes the roles of the
    sentence's previous event."""
    if not (c.h.verbal and not c.src and c.prev is not None and not c.joint):
        return None
    return c.prev[0], c.tgt or c.prev[1], c.joint


def _rule_dropped_subject(c: _RoleContext) -> _Roles | None:
    """"قال دوتيرتي: أود أن أشكر الحكومة الكويتية": a verb with a target but no subject
    takes the first actor named before it in the sentence."""
    if not (c.h.verbal and not c.src and not c.joint and c.tgt):
        return None
    cands = [a for a in c.earlier if a.actor not in c.tgt]
    return ([cands[0].actor], c.tgt, c.joint) if cands else None


def _rule_previous_sentence_subject(c: _RoleContext) -> _Roles | None:
    """"انتقد الرئيس الفرنسي لندن. لكنه عاد وأشاد بالشرطة البريطانية": a verb with a target
    but no subject anywhere in its sentence acts for the subject of the previous sentence's
    last event."""
    if not (c.h.verbal and not c.src and not c.joint and c.tgt and not c.earlier and c.carried_subject):
        return None
    src = [x for x in c.carried_subject if x not in c.tgt]
    return (src, c.tgt, c.joint) if src else None


def _rule_object_pronoun(c: _RoleContext) -> _Roles | None:
    """"واستدعتها": a verb whose object is an attached pronoun targets the previous event's
    target (else its source)."""
    if not (c.src and not c.tgt and c.prev is not None and c.h.verbal and _has_object_pronoun(c.toks, c.h)):
        return None
    if c.src == c.prev[1] and c.prev[0] and _joined_with_pronoun(c.toks, c.h):
        return c.prev[0], c.prev[1], c.joint  # "استقبل X Y وطلب منه": a joined verb's subject is the clause's, its pronoun the object before
    return c.src, [t for t in c.prev[1] if t not in c.src] or [t for t in c.prev[0] if t not in c.src], c.joint


# The role ladder: the first rule of a rung that applies decides; rungs apply in order.
ROLE_RULES = (
    (rule_unagreeing_subject, rule_first_person_carried, rule_owned_object, rule_relative_object, rule_charge_doer, rule_uncomplemented_speech, _rule_speech_frame, rule_statement_clause, rule_subject_in_gap, rule_affiliated_subject,
     rule_noun_source, rule_requested_by, _rule_adverbial_participle, rule_charged_object, rule_goods_origin, _rule_inverse_participle,
     _rule_agent_phrase, _rule_passive,
     _rule_first_person_plural, _rule_object_after_verb,
     rule_held_meeting, rule_genitive_doer, rule_fronted_visit, _rule_possessive_agent, _rule_noun_object),
    (_rule_inherited_subject, _rule_dropped_subject, _rule_previous_sentence_subject),
    (_rule_object_pronoun,),
)


def _rule_roles(h: _Hit, s_actors: list[_ActorMention], toks: list[Token], nt: NormText,
                prev: tuple[list[str], list[str]] | None, carried_subject: list[str] | None = None,
                speech: tuple[int, int | None] | None = None):
    """(source, target, joint) actor ids the word-order rules give one trigger, or None
    when they see no event; the learned role model reads them as features."""
    claim = denied_claim(h, s_actors, toks, nt, prev) if claim_link(h, toks) else None
    if claim is not None:
        return claim
    roles = _roles(h, s_actors, toks, nt)
    if roles is None:
        return None
    earlier = earlier_subjects(s_actors, h.i, toks, nt)
    c = _RoleContext(h, s_actors, toks, nt, prev, earlier, *roles, carried_subject=list(carried_subject or []),
                     speech=speech)
    for rung in role_gates.rules_for(ROLE_RULES, h, speech):  # the rules this trigger's class can meet
        for rule in rung:
            got = rule(c)
            if got is None:
                continue
            if got is _NO_EVENT:
                return None
            c.src, c.tgt, c.joint = got
            break
    if not c.src and not c.tgt and not c.joint:
        return None
    return c.src, c.tgt, c.joint

def seq_first_after(seq: list[_ActorMention], h: _Hit) -> str | None:
    return next((a.actor for a in seq if a.i >= h.j), None)


def _pair_key(pair: tuple[list[str], bool]):
    actors, directed = pair
    return tuple(actors) if directed else frozenset(actors)


# a preposition after the verb with its object written on it ("طلب منه"، "قالت لها")
OBJECT_AFTER = (with_pronouns(("من",), SINGULAR_OBJECT_SUFFIXES + ("هم",))
                | with_pronouns(("ل", "علي", "الي", "مع"), SINGULAR_OBJECT_SUFFIXES))


def _joined_with_pronoun(toks: list[Token], h: _Hit) -> bool:
    """The verb is joined by و to the clause before and its object is a pronoun written on
    it or after it ("وطلب منه"، "وأبلغه"; not "وتتهم", whose هم is the verb's own)."""
    w, form = toks[h.i].norm, h.form.tokens[0]
    nxt = toks[h.i + 1].norm if h.i + 1 < len(toks) else ""
    return w[:1] == "و" and (w[1:] == form and nxt in FROM_PRONOUNS or w[1:] in with_pronouns((form,)))


def _has_object_pronoun(toks: list[Token], h: _Hit) -> bool:
    w = toks[h.j - 1].norm
    nxt = toks[h.j].norm if h.j < len(toks) else ""
    return w.endswith(LONG_OBJECT_SUFFIXES) or nxt in OBJECT_AFTER


def _roles(h: _Hit, seq: list[_ActorMention], toks, nt):
    """(source group, target group, joint group) of actor ids for one trigger."""
    # inside: "قطعت الجزائر علاقاتها", an actor inside a gapped phrase
    before, after, inside = positions(seq, h.i, h.j, WINDOW_AFTER)

    if h.form.joint or not h.verbal:
        ids = _between_sides(h, seq, after + inside, toks, nt)
        if ids:
            return [], [], ids

    src: list[str] = []
    tgt: list[str] = []
    rest_after = list(inside) + after
    if h.verbal and h.i >= 2 and toks[h.i - 1].norm in RELATIVE and h.i - 1 not in [a.j for a in seq]:
        # "الهجوم الذي استهدف القوات الأفغانية": the subject is the noun before الذي
        return None
    envoy_at = _envoy_position(h, toks) if h.form.envoy else None
    envoy_next = near_envoy(seq, rest_after, envoy_at) if envoy_at is not None else []
    if envoy_next:
        # "استدعت سفير لندن"، "طلبت الكويت من السفير الفلبيني المغادرة"، "استدعاء السفير
        # الروسي لدى المملكة المتحدة": the envoy's state is the target; the subject
        # inside the phrase, the actor "لدى" names, or the preposed subject acts
        k = envoy_next[0]
        tgt = [seq[k].actor]
        inner = inside_before(seq, inside, envoy_at, tgt)
        if inner:
            src = [seq[inner[0]].actor]
        for x in rest_after:
            if src:
                break
            if seq[x].i > seq[k].i and toks[seq[x].i - 1].norm in ("لدي",) and seq[x].actor not in tgt:
                src = [seq[x].actor]
        if not src and before and h.i - seq[before[-1]].j <= 2:
            src = subjects.subjects_before(seq, before[-1], h, toks, nt)  # "قررت X وY طرد السفير Z"
        return src, tgt, []
    # a subject written just before the trigger (verbs only: a verbal noun's agent follows it)
    if before and h.verbal:
        k = before[-1]
        a = seq[k]
        between = [t.norm for t in toks[a.j:h.i]]
        if len(between) <= WINDOW_BEFORE and all(w in SUBJECT_SKIP or w.startswith("و") and w[1:] in SUBJECT_SKIP for w in between):
            if not _punct_gap(toks, nt, a.j, h.i) or not between:
                if (k > 0 and toks[a.i - 1].norm == "في" and seq[k - 1].j == a.i - 1 and posting(toks, a.i - 1)
                        and not _punct_gap(toks, nt, a.j, h.i)):
                    k = k - 1  # "قال مندوب الكويت في مجلس الأمن إنه": the envoy's state, just before, speaks
                src = _uniq([x.actor for x in _group_backward(seq, k, toks, nt)])
    # "أعرب في اجتماع مجلس الأمن عن ...": the body whose meeting hosts a statement is not its subject
    if not src and rest_after and not (h.form.type in SPEECH_ACT_TYPES and _before_venue(seq[rest_after[0]], toks)):
        k = rest_after[0]
        # an actor introduced by a preposition right after the trigger is its object, not its subject
        prep = toks[seq[k].i].norm[:1] in "بل" and seq[k].start > toks[seq[k].i].start
        prev_tok = toks[seq[k].i - 1].norm if seq[k].i > 0 else ""
        if seq[k].adjective and seq[k].i > 0:
            # a nationality adjective shares the preposition of the noun it describes
            # ("أشاد بالشرطة البريطانية": the British police are praised, they praise nobody)
            prep = prep or prev_tok.startswith(("بال", "وبال", "فبال", "لل", "ولل", "فلل"))
            prev_tok = toks[seq[k].i - 2].norm if seq[k].i > 1 and not prep else prev_tok
        prev_tok = "" if each_of(toks, seq[k].i) else prev_tok  # "أدانت كل من X وY": the subjects
        if not prep and prev_tok not in ("مع", "ضد", "الي", "علي", "من", "عن", "لدي", "تجاه", "حول"):
            g = _group_forward(seq, k, toks, nt)
            src = _uniq([x.actor for x in g])
            rest_after = not_in_group(seq, rest_after, g)
    for k in rest_after:
        if seq[k].actor in src:
            continue
        if _locative(seq[k], toks, nt) or (h.form.type in SPEECH_ACT_TYPES and _before_venue(seq[k], toks)):
            continue  # "في سنغافورة" says where, not to whom; "أمام مجلس الأمن" before whom
        if _clause_break(toks, nt, h.j, seq[k].i):
            break
        if h.form.joint and len(src) >= 2 and toks[seq[k].i - 1].norm != "مع" and not toks[seq[k].i].norm.startswith("مع"):
            break  # "أبرما اتفاقا" between the two: no third party as target
        g = _group_forward(seq, k, toks, nt)
        tgt = _uniq(other_ids([x.actor for x in g], src))
        break
    return src, tgt, []


# members of a side ("بين عناصر من X وعناصر من Y"): the side is the actor after "من"
MEMBER_WORDS = frozenset({"عناصر", "مقاتلين", "مقاتلي", "مقاتلون", "مسلحين", "مسلحي", "مسلحون", "قوات", "جنود",
                          "افراد", "انصار", "مؤيدين", "مؤيدي", "اعضاء", "ميليشيات", "فصائل"})
MEMBER_REACH = 12  # words from the first side to the second's members


def _members_of(toks: list[Token], i: int) -> int | None:
    """Where "(و)عناصر" stands when the actor at token i is introduced as "(و)عناصر من
    (حركة) X", else None."""
    for m in (i - 1, i - 2):
        if m >= 1 and toks[m].norm == "من":
            w = toks[m - 1].norm
            return m - 1 if w in MEMBER_WORDS or w[:1] == "و" and w[1:] in MEMBER_WORDS else None
    return None


STATED_TYPES = frozenset({"ASSAULT"})  # the types whose "بين X وY" sides are Stated
STATED_REACH = 6  # words from the clash to its sides ("اشتباكات عنيفة بين"، "اشتباكات لليوم الثاني على التوالي بين")
NAME_HEADS = frozenset({"حركه", "تنظيم", "جماعه", "حزب", "ميليشيا", "ميليشيات", "جبهه", "فصيل", "قوات"})


def _states_sides(h: _Hit) -> bool:
    """A clash or battle states its two sides; a war named "بين X وY" is as often a
    figure ("حرب دبلوماسية", "حرب كلامية") or history: the model weighs it."""
    return h.form.type in STATED_TYPES and not h.form.tokens[0].startswith("حرب")


def _after_between(toks: list[Token], i: int) -> bool:
    """The actor at token i follows "بين", directly or after the head of its name ("بين حركة X")."""
    return toks[i - 1].norm == "بين" or i >= 2 and toks[i - 2].norm == "بين" and toks[i - 1].norm in NAME_HEADS


def _between_sides(h: _Hit, seq: list[_ActorMention], near: list[int], toks, nt) -> list[str]:
    """"بين X وY" names both sides of a joint event, or of a verbal noun right before it
    (after "رحبت الجامعة العربية بالاتفاق بين إثيوبيا وإريتريا" it belongs to the noun);
    "بين عناصر من X وعناصر من Y" (an aside between them) names X and Y."""
    for k in near:
        a = seq[k]
        if a.i < 1 or a.i - h.j > 8:
            continue
        if _after_between(toks, a.i):
            group = _group_forward(seq, k, toks, nt)
            if len(group) == 1 and k + 1 < len(seq) and _states_sides(h):
                b = seq[k + 1]  # "بين حركة X وحركة Y": the second side after its own head
                if b.i == a.j + 1 and toks[a.j].norm[:1] == "و" and toks[a.j].norm[1:] in NAME_HEADS:
                    group = [a, b]
            ids = _uniq([x.actor for x in group])
            if len(ids) >= 2:
                # stated: "بين" close after the clash, sides named (not "الطرفين": a guess)
                sure = (_states_sides(h) and len(ids) == 2 and a.i - h.j <= STATED_REACH
                        and not any(x.kind == "PAIR" for x in group))
                return Stated(ids) if sure else ids
        elif (m := _members_of(toks, a.i)) is not None and m >= 1 and toks[m - 1].norm == "بين":
            other = _member_partner(seq, k, toks)
            if other is not None:
                sure = _states_sides(h) and m - h.j <= STATED_REACH
                return Stated([a.actor, other.actor]) if sure else [a.actor, other.actor]
    return []


def _member_partner(seq: list[_ActorMention], k: int, toks) -> _ActorMention | None:
    """The second side of "بين عناصر من X وعناصر من Y" after the actor at index k, else None:
    a loop, not next() over a generator, so that _between_sides makes no closure cells."""
    a = seq[k]
    for b in seq[k + 1:]:
        if b.i - a.j <= MEMBER_REACH and b.actor != a.actor and (n := _members_of(toks, b.i)) is not None \
                and toks[n].norm[:1] == "و":
            return b
    return None


def _locative(a: _ActorMention, toks: list[Token], nt: NormText) -> bool:
    """An actor written after "في" (as a separate word or a proclitic) names a place."""
    if a.i > 0 and toks[a.i - 1].norm == "في":
        return True
    return False


@prepared.table()
def _envoy_keys() -> frozenset[str]:
    return frozenset(normalize_for_match(w) for w in ENVOY_WORDS)


def _envoy_position(h: _Hit, toks: list[Token]) -> int | None:
    envoys = _envoy_keys()
    for k in range(h.i, h.j):
        if envoys & word_keys(toks[k].norm, False).keys():
            return k
    return None


def _pairs(form: TriggerForm, src: list[str], tgt: list[str], joint: list[str]):
    """Actor lists of the events one trigger yields: [(actors, directed)]."""
    if joint:
        if len(joint) == 2:
            return [(joint, not form.joint)] if form.joint else [(joint, True)]
        if form.joint:
            return [(joint, False)]  # "قمة ثلاثية بين مصر والأردن والعراق": one event of the three
        return all_pairs(joint, True)
    if src and tgt:
        out = []
        for s in src:
            for t in tgt:
                if s != t:
                    out.append(([s, t], True))
        if form.joint and len(src) == 1 and len(tgt) == 1:
            return [(out[0][0], False)] if out else []
        return out
    group = src or tgt
    if len(group) >= 2 and form.joint:
        return all_pairs(group, False)
    return []
