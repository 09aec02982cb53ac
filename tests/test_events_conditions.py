"""Attacks told under a condition that follows them (core.events.conditions)."""
from core import analyze


def assaults(text: str) -> list[tuple[list[str], str]]:
    return [(v.actors, v.modality) for v in analyze(text, "2018-05-01").events if v.type == "ASSAULT"]


def test_an_attack_with_a_condition_after_it_is_no_attack_that_happened():
    """"على قصف ... في حال"، "مستعدة لشن ضربات ... إذا": what would be done."""
    for text in ("وخصصت اليابان أموالا لتدريب وحدة على قصف مواقع صينية في حال اندلاع نزاع.",
                 "وقالت الصحيفة إن روسيا مستعدة لشن ضربات على مواقع أوكرانية إذا فشلت المفاوضات."):
        assert assaults(text) == [], text


def test_a_past_verb_after_the_conditional_in_with_its_answer_is_no_attack_that_happened():
    """"إن هاجمت X ... فإن": "إن" right before a past verb is the conditional one."""
    assert assaults("وقال إنه إن هاجمت إيران السفن الأمريكية فإن الرد سيكون قاسيا.") == []


def test_an_attack_told_in_the_past_stands_whatever_condition_follows():
    assert (["ISR", "IRN"], "asserted") in assaults(
        "وقصفت الطائرات الإسرائيلية مواقع إيرانية في سوريا، إذا صحت رواية المرصد.")
    assert (["ISR", "IRN"], "asserted") in assaults("شنت إسرائيل هجوما على أهداف إيرانية في سوريا.")


def test_a_condition_of_what_is_said_next_leaves_the_attack_before_it():
    """"... في اليمن، وإنه إذا قررت X": the condition opens the next reported clause."""
    from core.events.conditions import conditioned
    from core.events.triggers import TriggerForm, _Hit

    norms = "قال ان القصف علي المسلحين مستمر وانه اذا قررت ايران".split()
    noun = _Hit(TriggerForm("ASSAULT", "195", ("القصف",), "noun", False), 2, 3, 0, 0)
    assert not conditioned(noun, norms, 0, len(norms))
    assert conditioned(noun, norms[:6] + ["اذا", "قررت"], 0, 8)
