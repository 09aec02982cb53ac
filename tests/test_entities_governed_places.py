"""The word after a governor's or a mayor's title is the place he governs, not his name."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def found(text):
    nt = normalize_with_offsets(text)
    return sorted((e.type, m.text) for e in find_entities(nt, tokenize(nt)) for m in e.mentions if e.type != "UNNAMED")


def test_the_word_after_a_mayors_title_is_his_town():
    assert found("وأبدى رئيس بلدية لنس التي تضم فرعا للمتحف ترحيبه.") == [("PLACE", "لنس")]


def test_the_word_after_a_governors_title_is_his_governorate():
    assert found("وأكد محافظ المنوفية أن المشروع اكتمل.") == [("PLACE", "المنوفية")]


def test_the_mayors_name_after_his_town_stays_a_person():
    assert found("وقال رئيس بلدية لنس سيلفان روبير إن المتحف سيفتح.") == [("PERSON", "سيلفان روبير"), ("PLACE", "لنس")]


def test_a_common_word_after_the_title_is_no_place():
    assert found("ونقل عن محافظ الإقليم قوله إن الطرق مغلقة.") == []


def test_and_to_is_no_governor():
    assert found("وعاد الوزير وإلى جانبه مستشاره.") == []
