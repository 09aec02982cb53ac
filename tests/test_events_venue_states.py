"""The state a meeting took place in is no side of it unless the sentence names it as one
(core.events.venues.no_venue_states), nor the attacker of an attack there (no_venue_attackers). Sentences and names made up for the tests."""
import pytest

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


@pytest.mark.parametrize("text", [
    "هاجم أربعة أشخاص السفارة الزندارية في العاصمة الدنماركية بزجاجات حارقة.",
    "هاجم ثلاثة رجال بسكين حارسا لمقر السفير الإيراني في فيينا.",
])
def test_where_an_attack_happened_is_no_attacker(text):
    assert not [e for e in analyze(text, "2024-01-01").events if e.type == "ASSAULT" and e.actors[0] in ("DNK", "AUT")]


def test_an_attack_on_a_site_named_by_its_state_still_hits_it():
    got = [e.actors for e in analyze("شنت إسرائيل غارات على مواقع في العاصمة السورية.", "2024-01-01").events]
    assert ["ISR", "SYR"] in got


def test_forces_named_by_where_they_are_still_attack():
    # "القوات الحكومية في اليمن": between the verb and its object, where the attackers are
    got = [e.actors for e in analyze("قصفت القوات الحكومية في اليمن مواقع للحوثيين.", "2024-01-01").events]
    assert ["YEM", "houthis"] in got


def test_forces_named_by_where_they_are_before_the_verb_still_attack():
    got = [e.actors for e in analyze("والقوات الحكومية في اليمن قصفت مواقع للحوثيين.", "2024-01-01").events]
    assert ["YEM", "houthis"] in got
