"""A trigger word that is a person's first name makes no event (core.events.given);
sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_dan_before_an_unknown_surname_is_a_first_name():
    assert events("وقال مدير الوكالة الأمريكية دان كوتس إن روسيا تتدخل في الانتخابات.") == []


def test_dan_before_a_known_figure_still_condemns():
    got = events("ودان أردوغان الهجوم الإسرائيلي على غزة.")
    assert [e for e in got if e[0] == "ACCUSE" and e[1][0] == "TUR"]


def test_dana_starting_a_persons_name_is_her_first_name():
    # "دانا" is also the dual past of "دان" (the two condemned)
    got = events("وقالت المتحدثة باسم وزارة الدفاع الأمريكية دانا روبرتس إن واشنطن تدعم الحكومة اليمنية.")
    assert not [e for e in got if e[2] == "دانا"]
