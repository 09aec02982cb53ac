"""Which role rules (core.events.roles.ROLE_RULES) can apply to a trigger of one class.

Most rules of the ladder open with a test of the trigger's form alone: a verb or a noun,
its type, whether a speech frame governs it ("rule_noun_source" reads nouns of accusing,
"rule_held_meeting" a noun of meeting). A trigger of another class gets None from them
whatever its sentence, yet each was called for every trigger the rules read: 27 rule calls
a trigger on news articles, 8 once the gates leave out those that could only say None. Here each such rule names the test its
opening makes of the form (a necessary condition, never more), and ``ladder`` keeps of
ROLE_RULES the rules that pass it, rung by rung, in their order: the first rule of a rung
that applies still decides, as it did when the others were asked first and said None.
A rule without a gate (a test of its sentence's words or actors) is always kept.
"""
from __future__ import annotations

from core.events.triggers import GAP

# what each rule's opening asks of the form: f the TriggerForm, v the hit is verbal, s a
# speech frame governs it (core.events.roles.speech_frame). The type sets are the rules' own
# (imported in ``_gates``: their modules import the ladder's).


def _gates() -> dict:
    """The gates' table, made once (apart: the closure cells its lambdas need are made at
    every call of the function that holds them, not only at the first)."""
    return _GATES[0] if _GATES else _make_gates()


def _make_gates() -> dict:
    from core.events.dropped_speakers import FIRST_PERSON
    from core.events.owned_objects import OWNED_TYPES
    from core.events.speakers import SPOKEN_TYPES
    from core.events.speech_reach import SPEECH_TYPES
    from core.events.speech_roles import NOUN_SOURCE_TYPES
    from core.events.charged import CHARGE_CAMEO

    gates = {
        "rule_unagreeing_subject": lambda f, v, s: f.type in SPOKEN_TYPES,
        "rule_first_person_carried": lambda f, v, s: (f.type in SPOKEN_TYPES and f.pos == "verb_present"
                                                      and f.tokens[0].startswith(FIRST_PERSON)),
        "rule_owned_object": lambda f, v, s: v and f.type in OWNED_TYPES,
        "rule_relative_object": lambda f, v, s: v and not f.joint,
        "rule_charge_doer": lambda f, v, s: s and not v and not f.speech,  # roles' spoken_charge
        "rule_uncomplemented_speech": lambda f, v, s: s,
        "_rule_speech_frame": lambda f, v, s: s,
        "rule_statement_clause": lambda f, v, s: v and not f.joint,
        "rule_subject_in_gap": lambda f, v, s: v and f.type in SPEECH_TYPES and GAP in f.tokens,
        "rule_affiliated_subject": lambda f, v, s: v and not f.joint,
        "rule_noun_source": lambda f, v, s: not v and f.type in NOUN_SOURCE_TYPES and not f.inverse,
        "rule_requested_by": lambda f, v, s: not v and f.type == "REQUEST",
        "_rule_adverbial_participle": lambda f, v, s: not v,  # speech_acts.adverbial_participle
        "rule_charged_object": lambda f, v, s: (v and f.type == "ACCUSE" and f.cameo == CHARGE_CAMEO
                                                and len(f.tokens) == 1 and not f.speech),
        "rule_goods_origin": lambda f, v, s: f.type == "SANCTION",
        "_rule_inverse_participle": lambda f, v, s: f.inverse,
        "_rule_first_person_plural": lambda f, v, s: v,
        "_rule_object_after_verb": lambda f, v, s: v and not f.joint,
        "rule_held_meeting": lambda f, v, s: not v and f.type == "CONSULT",
        "rule_genitive_doer": lambda f, v, s: not v,
        "rule_fronted_visit": lambda f, v, s: not v and f.type == "CONSULT",
        "_rule_possessive_agent": lambda f, v, s: not v,
        "_rule_noun_object": lambda f, v, s: not v and not f.joint,
        "_rule_inherited_subject": lambda f, v, s: v,
        "_rule_dropped_subject": lambda f, v, s: v,
        "_rule_previous_sentence_subject": lambda f, v, s: v,
        "_rule_object_pronoun": lambda f, v, s: v,
    }
    _GATES.append(gates)
    return gates


_GATES: list = []


def ladder(rules: tuple, form, verbal: bool, speech: bool) -> tuple:
    """``rules`` (the rungs of ROLE_RULES) without the rules whose gate this trigger class
    fails; empty rungs left out (a rung none of whose rules applies changes nothing)."""
    gates = _gates()
    out = []
    for rung in rules:
        kept = []  # a loop, not a generator: no closure cells
        for r in rung:
            g = gates.get(getattr(r, "__name__", ""))
            if g is None or g(form, verbal, speech):
                kept.append(r)
        if kept:
            out.append(tuple(kept))
    return tuple(out)


def rules_for(rules: tuple, h, speech) -> tuple:
    """ladder() of ``rules`` for trigger ``h``, made once per form, class and rule table
    (the form is kept with its ladder, so its id names no other form while kept). Forms
    made per hit (senses, gapped readings) are new objects each time: past MAX_LADDERS the
    memo starts again, or a long-lived worker would keep every one of them. A new form
    takes the ladder of an earlier one of the same class (``form_class``: what the gates
    read), made once: nearly every form met after the first articles is new by id (700
    ladders made in 300 articles, each some thirty gate calls), few by class."""
    memo = _LADDERS
    if memo[0] is not rules:
        memo[:] = [rules, {}, {}]
    elif len(memo[1]) >= MAX_LADDERS:
        memo[1] = {}
    form = h.form
    key = (id(form), h.verbal, speech is not None)
    got = memo[1].get(key)
    if got is None:
        cls = form_class(form, h.verbal, speech is not None)
        made = memo[2].get(cls)
        if made is None:
            made = memo[2][cls] = ladder(rules, form, h.verbal, speech is not None)
        got = memo[1][key] = (form, made)
    return got[1]


def form_class(form, verbal: bool, speech: bool) -> tuple:
    """Everything of a form and its hit that some gate of ``_gates`` reads: two forms of
    one class get the same ladder. A gate that reads more of the form must add it here."""
    from core.events.dropped_speakers import FIRST_PERSON

    tokens = form.tokens
    return (form.type, form.pos, bool(tokens) and tokens[0].startswith(FIRST_PERSON), GAP in tokens, len(tokens),
            form.joint, form.speech, form.inverse, form.cameo, verbal, speech)


MAX_LADDERS = 2048  # about 450 after 150 news articles, most of them forms seen once
# (the ROLE_RULES the ladders were made of, (form id, verbal, speech) → (form, ladder),
# form_class → ladder)
_LADDERS: list = [None, {}, {}]
