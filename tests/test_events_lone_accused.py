"""The one side between an accusing verb and its charge is the accused
(core.events.lone_accused). Sentences written for the tests."""
from event_pairs import events


def test_the_side_before_the_charge_accuses_no_side_of_the_charge():
    """"واتهمت البرتغال بدعم X": Portugal is accused (of backing X), it accuses no one; the
    meeting told after stays."""
    got = events("واتهمت البرتغال بدعم حماس وحزب الله، واستقبل رئيس وزرائها نظيره الإسباني في لشبونة.")
    assert got == [("CONSULT", ["PRT", "ESP"])]


def test_an_accuser_named_before_its_accused_and_charge_stays():
    """"واتهمت روسيا بريطانيا بشن حملة": two sides before the charge, the first accuses."""
    assert events("واتهمت روسيا بريطانيا بشن حملة ضدها.") == [("ACCUSE", ["RUS", "GBR"])]


def test_a_side_followed_by_an_object_before_the_charge_is_the_accuser():
    """"اتهمت النيابة المصرية الرجلين بالتخابر مع X": the object comes after the side, which accuses."""
    got = events("واتهمت النيابة العامة المصرية الرجلين بالتخابر مع جهاز المخابرات التركي.")
    assert ("ACCUSE", ["EGY", "TUR"]) in got
