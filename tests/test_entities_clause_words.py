"""Words only a clause holds, read into a person's name: an indefinite accusative written
with fathatan and a plural imperfect verb."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    return [(e.type, e.name_ar, [m.text for m in e.mentions]) for e in find_entities(nt, tokenize(nt))]


def test_an_accusative_with_fathatan_after_a_given_name_ends_the_name():
    assert ents("وظل وليد صامتاً طوال الجلسة") == [("PERSON", "وليد", ["وليد"])]


def test_a_name_ends_before_an_accusative_with_fathatan():
    assert ents("وكان حسان غامضاً في رده على الصحفيين") == [("PERSON", "حسان", ["حسان"])]


def test_a_plural_imperfect_verb_is_no_person_and_a_foreign_name_in_the_same_shape_stays():
    assert ents("وأظن أنهم والألمان يعلمون هشاشة خطتنا في برلين") == [("PLACE", "برلين", ["برلين"])]
    assert ents("وقالت الممثلة سكارليت يوهانسون إن الفيلم جاهز") == [
        ("PERSON", "سكارليت يوهانسون", ["سكارليت يوهانسون"])]
    assert ents("وقال المحلل الإسرائيلي يارون فريدمان إن الاتفاق هش") == [
        ("PERSON", "يارون فريدمان", ["يارون فريدمان"])]  # "تيار" is no person of a verb "يار"


def test_one_word_left_before_an_accusative_that_is_no_given_name_is_no_person():
    assert ents("وأطلق النار على الحارس لترديه قتيلاً في ساحة دمشق") == [("PLACE", "دمشق", ["دمشق"])]
