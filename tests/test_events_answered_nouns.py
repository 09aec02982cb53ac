"""Who answers a request, an offer, a threat or a denial named by a noun made none of it
(core.events.responses); sentences and names written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str], bool]]:
    return [(v.type, v.actors, v.directed) for v in analyze(text, "2026-03-01").events]


def test_who_refuses_a_request_made_no_request():
    assert ("REQUEST", ["CAN", "CHN"], True) not in _events("ورفضت السلطات الكندية طلب تسليمه إلى الصين.")


def test_who_refuses_demands_named_by_a_noun_made_none():
    got = _events("وتعثرت المحادثات بسبب رفض حكومة الأسد مطالب المعارضة، وفقا للأمم المتحدة.")
    assert not any(t == "REQUEST" and a[0] == "SYR" for t, a, _ in got)


def test_the_author_named_after_the_request_stays_its_source():
    assert ("REQUEST", ["TUR", "USA"], True) in _events(
        "وقالت الخارجية الأمريكية إن واشنطن رفضت طلب أنقرة تسليم الداعية المقيم في بنسلفانيا.")


def test_a_threat_answered_stays_its_author_s():
    assert ("THREATEN", ["SSD", "SDN"], True) in _events(
        "ورفضت الحكومة السودانية تهديدات جنوب السودان بوقف تصدير النفط عبر أراضيها.")


def test_a_criticised_demand_is_its_genitive_author_s():
    assert ("REQUEST", ["CAN", "BRA"], True) in _events("انتقدت البرازيل مطالبة كندا بإغلاق المنجم.")


def test_a_verb_after_then_is_a_clause_of_its_own():
    assert ("THREATEN", ["CHL", "PER"], True) in _events("انتقد الرئيس التشيلي الاتفاق ثم هدد البيرو بالرد.")
