"""Every partner of a meeting named one after the other with و meets the source
(core.events.partners); sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_a_call_with_two_leaders_is_a_call_with_each():
    got = events("وأجرت رئيسة الوزراء البريطانية اتصالات هاتفية مع الرئيس الفرنسي والمستشارة الألمانية لبحث الأزمة.")
    assert {tuple(e[1]) for e in got if e[0] == "CONSULT"} == {("GBR", "FRA"), ("GBR", "DEU")}


def test_counterparts_named_by_two_adjectives_are_both_met():
    got = events("والتقى وزير الخارجية المصري نظيريه الأردني والسعودي في عمان.")
    assert {tuple(e[1]) for e in got if e[0] == "CONSULT"} == {("EGY", "JOR"), ("EGY", "SAU")}


def test_a_clause_joined_after_the_partner_adds_nobody():
    got = events("والتقى وزير الخارجية المصري نظيره الأردني وأعلن أن الولايات المتحدة ستشارك في المؤتمر.")
    assert {tuple(e[1]) for e in got if e[0] == "CONSULT"} == {("EGY", "JOR")}
