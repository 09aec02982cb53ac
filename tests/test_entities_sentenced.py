"""A prison head after a verb of ruling is the verbal noun of a sentence
(core.entities.sentenced); sentences written for the tests."""
from core import analyze


def entities(text):
    return [(e.type, e.id) for e in analyze(text, "2023-01-17").entities]


def test_imprisoning_after_a_ruling_is_no_prison():
    assert entities("قضت محكمة مصرية بسجن صحفيي صحيفة الأهرام ثلاث سنوات.") == [("ORG", "al-ahram")]


def test_a_prison_one_is_taken_to_stays_a_place():
    assert ("PLACE", "plc-trh") in entities("ونقل الناشط إلى سجن طرة جنوب القاهرة.")


def test_a_prison_where_a_sentence_is_served_stays_a_place():
    """"تقضي عقوبتها بسجن X": she serves it there; the words after "بسجن" are no person."""
    assert ("PLACE", "plc-ayfyn") in entities("وتقضي الناشطة سارة براون عقوبتها بسجن إيفين في طهران.")


def test_imprisoning_a_named_person_is_no_prison():
    assert [t for t, _ in entities("حكمت محكمة إماراتية بسجن الناشط خالد منصور عامين.")] == ["PERSON"]


def test_imprisoning_one_named_by_his_family_name_alone_is_no_prison():
    assert "PLACE" not in [t for t, _ in entities("وقضت المحكمة العليا بسجن دوفرين ثلاث سنوات بتهمة الاحتيال.")]
