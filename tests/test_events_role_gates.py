"""The role rules a trigger's class cannot meet are left out of its ladder (core.events.role_gates),
and the events are those the whole ladder gives: made-up sentences of verbs and nouns, statements
in a speech frame and plain acts, read with the gated ladder and with every rule asked."""
from __future__ import annotations

import pytest

from core import analyze
from core.events import learned, role_gates, roles
from core.events.triggers import TriggerForm

SENTENCES = [
    "انتقدت وزارة الخارجية الفرنسية قرار الحكومة الإيرانية، وقالت إن طهران تهدد استقرار المنطقة.",
    "اتهمت روسيا بريطانيا بالتجسس، الأمر الذي نفته لندن.",
    "التقى الرئيس الجزائري نظيره التونسي، وبحث الجانبان التعاون بين البلدين.",
    "فرضت الولايات المتحدة عقوبات على شركات صينية، فيما رحبت اليابان بالقرار.",
    "دعت الأمم المتحدة إسرائيل إلى وقف الهجمات، متهمة إياها بانتهاك القانون الدولي.",
    "أدانت قطر الهجوم الذي شنته جماعة مدعومة من إيران على السعودية.",
    "وأكد وزير الخارجية المصري أن تركيا تدعم الجماعات المسلحة في ليبيا.",
    "تم استهداف السفارة الأمريكية من قبل مسلحين، وطالبت واشنطن العراق بحمايتها.",
]


def _events(text: str) -> list:
    return [(e.type, e.actors, e.directed, e.modality, e.trigger.start) for e in analyze(text, "2024-03-05").events]


@pytest.mark.parametrize("model", ["shipped", "rules"])
def test_gated_ladder_gives_the_events_of_the_whole_ladder(monkeypatch, model):
    if model == "rules":
        learned.set_model(learned.RULES_ONLY)
    try:
        gated = [_events(s) for s in SENTENCES]
        monkeypatch.setattr(role_gates, "rules_for", lambda rules, h, speech: rules)
        whole = [_events(s) for s in SENTENCES]
    finally:
        learned.set_model(None)
    assert gated == whole
    assert any(gated)  # the sentences tell events: the two readings are compared on something


def test_ladder_keeps_the_rules_a_class_can_meet_in_their_order():
    noun = TriggerForm("CONSULT", "040", ("لقاء",), "noun", True)
    ladder = role_gates.ladder(roles.ROLE_RULES, noun, False, False)
    kept = [r.__name__ for rung in ladder for r in rung]
    assert "rule_held_meeting" in kept and "_rule_noun_object" not in kept  # a joint noun has no object of its own
    assert "_rule_inherited_subject" not in kept and "_rule_object_pronoun" not in kept  # verbs' rungs gone
    assert len(ladder) == 1  # the verbs' rungs are empty for a noun, and left out
    order = [r.__name__ for rung in roles.ROLE_RULES[:1] for r in rung]
    assert kept == [n for n in order if n in kept]
    verb = TriggerForm("ACCUSE", "112", ("اتهم",), "verb_past", False, verbal=True)
    kept = [r.__name__ for rung in role_gates.ladder(roles.ROLE_RULES, verb, True, True) for r in rung]
    assert {"rule_charged_object", "_rule_speech_frame", "_rule_object_pronoun"} <= set(kept)
    assert "rule_held_meeting" not in kept and "rule_noun_source" not in kept


def test_a_rule_without_a_gate_is_always_asked():
    def spy(c):
        return None

    rules = ((spy,) + roles.ROLE_RULES[0],) + roles.ROLE_RULES[1:]
    form = TriggerForm("AGREE", "057", ("اتفاق",), "noun", True)
    assert role_gates.ladder(rules, form, False, False)[0][0] is spy


def test_the_ladders_memo_stays_bounded_over_forms_made_per_hit():
    """A form made anew for each hit is a new key: a worker that reads for days must not
    keep every one (the memo starts again past MAX_LADDERS)."""
    from types import SimpleNamespace

    from core.events import role_gates
    from core.events.roles import ROLE_RULES

    role_gates._LADDERS[:] = [None, {}]
    kept = []
    for _ in range(role_gates.MAX_LADDERS + 10):
        form = SimpleNamespace(type="ACCUSE", pos="verb_past", tokens=("اتهم",), joint=False, speech=False,
                               inverse=False, cameo="112")
        kept.append(form)  # alive, so no id is reused
        role_gates.rules_for(ROLE_RULES, SimpleNamespace(form=form, verbal=True), None)
    assert len(role_gates._LADDERS[1]) <= role_gates.MAX_LADDERS
    assert role_gates.rules_for(ROLE_RULES, SimpleNamespace(form=kept[-1], verbal=True), None) == role_gates.ladder(
        ROLE_RULES, kept[-1], True, False)


def test_gated_ladder_gives_the_events_of_the_whole_ladder_on_the_annotated_articles(monkeypatch):
    """The gates repeat each rule's opening test: a rule widened later but not its gate would
    be skipped silently. The 103 annotated news articles (about 1,200 triggers reaching the
    ladder) read the same with the gated ladder and with every rule asked."""
    from pathlib import Path

    gold = Path(__file__).resolve().parent.parent / "data" / "gold"
    texts = [p.read_text(encoding="utf-8") for p in sorted(gold.glob("*.txt")) + sorted(gold.glob("train/*.txt"))]
    assert len(texts) >= 100

    def read():
        return [[(e.type, e.actors, e.directed, e.modality, e.trigger.start) for e in analyze(t, "2024-03-05").events]
                for t in texts]

    gated = read()
    monkeypatch.setattr(role_gates, "rules_for", lambda rules, h, speech: rules)
    assert read() == gated
    assert sum(map(len, gated)) > 300  # the articles tell events: the two readings are compared on many


def test_a_new_form_of_a_known_class_takes_its_ladder_without_asking_the_gates(monkeypatch):
    """Forms made per hit are new objects: one of a class met before reuses that class's
    ladder (``form_class``) instead of calling every gate again."""
    from types import SimpleNamespace

    from core.events.roles import ROLE_RULES

    role_gates._LADDERS[:] = [None, {}, {}]
    made = []
    monkeypatch.setattr(role_gates, "ladder", lambda *a: made.append(a) or ())
    first = TriggerForm("ACCUSE", "112", ("اتهم",), "verb_past", False, verbal=True)
    again = TriggerForm("ACCUSE", "112", ("اتهم",), "verb_past", False, verbal=True)
    other = TriggerForm("ACCUSE", "112", ("يتهم",), "verb_present", False, verbal=True)
    for form in (first, again, other):
        role_gates.rules_for(ROLE_RULES, SimpleNamespace(form=form, verbal=True), None)
    assert [a[1] for a in made] == [first, other]


def test_every_form_of_the_trigger_table_gets_its_own_ladder_through_its_class():
    """The class holds all the gates read: each form of the shipped table, verbal or not,
    in a speech frame or not, gets from the class memo the ladder its own gates give."""
    from types import SimpleNamespace

    from core.events.roles import ROLE_RULES
    from core.events.triggers import load_triggers

    role_gates._LADDERS[:] = [None, {}, {}]
    forms = sorted({f for fs in load_triggers().by_first.values() for f in fs}, key=repr)
    assert len(forms) > 1000
    for form in forms:
        for verbal in (True, False):
            for speech in (None, (0, None)):
                got = role_gates.rules_for(ROLE_RULES, SimpleNamespace(form=form, verbal=verbal), speech)
                assert got == role_gates.ladder(ROLE_RULES, form, verbal, speech is not None), form
