"""Cooperative events (AGREE, SUPPORT, REQUEST, CONSULT): proposals, thanks and the
other wordings of cooperation; sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_submitting_proposals_to_a_counterpart_is_a_request():
    got = events("وقدم الرئيس الفرنسي مجموعة مقترحات لنظيره الألماني بشأن الطاقة.")
    assert ("REQUEST", ["FRA", "DEU"], "قدم") in got


def test_giving_thanks_is_support_for_whom_it_thanks():
    assert ("SUPPORT", ["JOR", "SAU"], "قدم") in events("وقدم وزير الخارجية الأردني شكره للسعودية على استضافة الاجتماع.")
    assert ("SUPPORT", ["EGY", "KWT"], "تقدم") in events("وتقدم الوزير المصري بالشكر إلى الكويت على دعمها.")
