"""A refusal before an act says the act did not happen; a refused request was still made
(core.events.modality, event_cues.tsv kind refusal); sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_a_refused_reception_is_no_meeting():
    got = events("وتوترت العلاقات بين مدريد والرباط بعد رفضها استقبال سفينة المهاجرين.")
    assert not [e for e in got if e[0] == "CONSULT"]


def test_a_refused_request_was_still_made():
    got = events("ورفضت الحكومة الأردنية طلب إسرائيل تسليم المتهمين.")
    assert [e for e in got if e[0] == "REQUEST"]


def test_a_verb_after_a_refusal_is_no_refused_act():
    got = events("ورفضت روسيا التي تدعم الحكومة السورية خطة السلام الأمريكية.")
    assert [e for e in got if e[0] == "SUPPORT" and e[1] == ["RUS", "SYR"]]
