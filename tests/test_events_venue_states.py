"""The state a meeting took place in is no side of it unless the sentence names it as one
(core.events.venues.no_venue_states). Sentences and names made up for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_capital_named_by_its_adjective_is_where_they_met():
    assert events("واجتمع مسؤولون من حركة حماس بالوسيط، كمال ناصر، في العاصمة المصرية.") == []


def test_a_body_office_in_a_capital_and_the_capital_again_is_no_side():
    assert events("وقال المتحدث إن فريقا من مكتب طالبان السياسي في الدوحة التقى بالمبعوث، "
                  "سامر خليل، في العاصمة القطرية.") == []


def test_the_sides_of_a_meeting_in_a_capital_stay():
    assert events("والتقى وزير الخارجية المصري بنظيره الأمريكي في العاصمة القطرية الدوحة.") == [("CONSULT", ["EGY", "USA"])]


def test_a_host_named_as_a_side_stays_one():
    assert events("واستقبل أمير قطر في الدوحة وزير الخارجية الألماني.") == [("CONSULT", ["QAT", "DEU"])]


def test_a_state_met_in_its_capital_stays_one():
    assert events("والتقى وزير الخارجية الأردني في طهران بالمسؤولين الإيرانيين.") == [("CONSULT", ["JOR", "IRN"])]


def test_a_visited_state_stays_the_other_side():
    assert events("وزار وزير الخارجية التونسي الدوحة حيث التقى نظيره.") == [("CONSULT", ["TUN", "QAT"])]
