"""The parent a body is named with ("المنظمة التابعة للأمم المتحدة") is no target of the
body's own act (core.events.parents). Sentences and names made up for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_the_parent_of_the_body_that_asks_is_not_asked():
    assert ("REQUEST", ["who", "un"]) not in events(
        "وطالبت منظمة الصحة العالمية التابعة للأمم المتحدة الحكومة اليمنية بفتح المعابر.")


def test_a_parent_named_as_the_object_as_well_stays_a_target():
    assert ("ACCUSE", ["who", "un"]) in events(
        "وانتقدت منظمة الصحة العالمية التابعة للأمم المتحدة الأمم المتحدة لتأخر التمويل.")


def test_a_body_addressed_with_its_parent_stays_the_target():
    assert ("REQUEST", ["SAU", "unsc"]) in events("ودعت السعودية مجلس الأمن التابع للأمم المتحدة إلى إدانة الهجوم.")


def test_the_parent_of_an_attacking_group_is_not_attacked():
    # an attack that only its construction names the sides of (core.events.violence)
    assert ("ASSAULT", ["houthis", "IRN"]) not in events(
        "وذكر بيان عسكري أن الرادارات رصدت إطلاق قذيفة من قبل الجماعة الحوثية التابعة لإيران نحو جازان.")


def test_a_describing_adjective_may_stand_between_the_body_and_its_parent():
    assert ("ASSAULT", ["houthis", "IRN"]) not in events(
        "وقال المتحدث إن الدفاعات رصدت قصف الميليشيات الحوثية الانقلابية التابعة لإيران لبلدة حدودية بقذائف الهاون.")


def test_an_object_of_adjective_shape_owned_by_the_target_is_attacked():
    """"المدفعية"، "البنية" after the subject are the verb's object, owned by the parent the
    subject strikes: a state, or a body whose name ends in no adjective, attacks it."""
    assert ("ASSAULT", ["UKR", "RUS"]) in events("وقصفت القوات الأوكرانية المدفعية التابعة للجيش الروسي قرب خاركيف.")
    assert ("ASSAULT", ["hezbollah", "ISR"]) in events("وقصف حزب الله المدفعية التابعة لإسرائيل في الجليل الأعلى.")
