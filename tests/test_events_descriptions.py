"""Organisations taken up by the noun of their kind (core.events.descriptions): sentences
written for the tests, read by the rules alone."""
from core import analyze


def events(text):
    return [(v.type, sorted(v.actors), v.trigger.text) for v in analyze(text, "2023-01-17").events]


def test_the_group_is_the_one_movement_named_before(rules_only):
    text = ("حظرت الحكومة المصرية نشاط الإخوان المسلمين منذ سنوات. "
            "واتهمت الجماعة السلطات المصرية بملاحقة أنصارها في المحافظات.")
    assert ("ACCUSE", ["EGY", "muslim-brotherhood"], "اتهمت") in events(text)


def test_the_group_takes_up_no_one_when_two_groups_were_named(rules_only):
    text = ("اندلعت مواجهات بين جيش الإسلام وفيلق الرحمن في ريف دمشق. "
            "واتهمت الجماعة السلطات السورية بقصف مواقعها.")
    assert not [e for e in events(text) if e[2] == "اتهمت"]


def test_an_adjective_after_the_noun_makes_another_movement(rules_only):
    text = ("حظرت الحكومة المصرية نشاط الإخوان المسلمين منذ سنوات. "
            "واتهمت الجماعة الدينية السلطات المصرية بملاحقة أنصارها في المحافظات.")
    assert not [e for e in events(text) if e[2] == "اتهمت"]


def test_a_describing_adjective_keeps_the_movement_named_before(rules_only):
    text = ("حظرت الحكومة المصرية نشاط الإخوان المسلمين منذ سنوات. "
            "واتهمت الجماعة المحظورة السلطات المصرية بملاحقة أنصارها في المحافظات.")
    assert ("ACCUSE", ["EGY", "muslim-brotherhood"], "اتهمت") in events(text)
