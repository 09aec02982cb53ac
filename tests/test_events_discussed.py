"""What a meeting discussed is no side of it (core.events.discussed). Sentences written for the tests."""
from core import analyze


def _consult(text):
    return [sorted(v.actors) for v in analyze(text, "2024-05-06").events if v.type == "CONSULT"]


def test_a_state_named_in_the_file_discussed_is_no_side():
    got = _consult("وناقش وزير الخارجية الكويتي الملف النووي الإيراني مع نظيره الياباني في طوكيو.")
    assert ["IRN", "KWT"] not in got


def test_a_state_whose_acts_are_discussed_is_no_side_of_the_passive():
    got = _consult("وقال مسؤول قبل لقاء الرئيس الفرنسي مع العاهل المغربي إنه سيتم بحث نشاطات إيران في المنطقة.")
    assert all("IRN" not in p for p in got)


def test_the_partner_after_with_and_the_subject_with_its_title_stay_sides():
    assert ["JOR", "OMN"] in _consult("وبحث وزير الخارجية العماني مع نظيره الأردني العلاقات الثنائية.")


def test_a_delegation_named_right_after_the_verb_is_its_subject():
    assert ["IRN", "RUS"] in _consult("وبحث وفد إيراني في موسكو مع مسؤولين روس التعاون الاقتصادي.")
