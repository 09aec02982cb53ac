"""A country named after a preposition of regard or of subject matter (تجاه، إزاء، حيال،
بخصوص) is what an act with or for a partner regards, no party to it
(core.events.toward); sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_the_country_a_policy_regards_is_not_backed():
    got = events("وقد تؤدي المكاسب التي حققتها حركة حماس ومن يدعمونها إلى تعقيد السياسة الأوروبية تجاه مصر.")
    assert not [e for e in got if e[0] == "SUPPORT" and "EGY" in e[1]]


def test_concern_about_an_escalation_still_blames_its_author():
    assert ("ACCUSE", ["FRA", "ISR"], "أعربت") in events("وأعربت فرنسا عن قلقها إزاء التصعيد الإسرائيلي في غزة.")


def test_a_common_stance_about_a_country_is_no_agreement_with_it():
    got = events("واتفقت الدول الأوروبية على موقف مشترك بخصوص روسيا.")
    assert not [e for e in got if "RUS" in e[1]]


def test_approval_of_a_decision_agrees_with_its_author():
    got = events("وأكد رئيس الوزراء الكندي على موافقة كندا تجاه قرار الولايات المتحدة شن ضربات على سوريا.")
    assert [e for e in got if e[0] == "AGREE" and e[1] == ["CAN", "USA"]]
