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


def test_the_kurds_are_the_one_kurdish_armed_group_named_before(rules_only):
    text = ("قصفت المدفعية التركية مواقع وحدات حماية الشعب الكردية قرب الحدود. "
            "واتهم الأكراد الحكومة التركية باستهداف المدنيين في القرى.")
    assert ("ACCUSE", ["TUR", "ypg"], "اتهم") in events(text)


def test_the_kurds_take_up_no_group_when_no_named_group_is_kurdish(rules_only):
    text = ("قصفت المدفعية التركية مواقع جبهة النصرة قرب الحدود. "
            "واتهم الأكراد الحكومة التركية باستهداف المدنيين في القرى.")
    assert not [e for e in events(text) if e[2] == "اتهم"]


def test_the_kurds_as_a_population_are_no_armed_group(rules_only):
    """"المدينة التي يشكل الأكراد غالبية سكانها": the people, not the group named before."""
    text = ("سيطرت وحدات حماية الشعب الكردية على البلدة في الشمال. "
            "وقصفت تركيا المدينة التي يشكل الأكراد غالبية سكانها.")
    assert not [e for e in events(text) if "ypg" in e[1]], events(text)
    fought = ("سيطرت وحدات حماية الشعب الكردية على البلدة في الشمال. "
              "وقصفت تركيا مواقع الأكراد في البلدة.")
    assert ("ASSAULT", ["TUR", "ypg"], "قصفت") in events(fought)
