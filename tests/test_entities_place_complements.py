"""A plural of people or a word with a pronoun after a place head names no place."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    return [(e.type, e.name_ar, [m.text for m in e.mentions]) for e in find_entities(nt, tokenize(nt))]


def test_imprisoning_defenders_is_no_prison():
    assert ents("وانتقدت المنظمة سجن المدافعين عن حقوق الإنسان") == []


def test_imprisoning_colleagues_is_no_prison():
    assert ents("وطالبوا بعدم سجن زملائهم") == []


def test_a_named_prison_and_a_numbered_square_stay_places():
    assert ents("ونقل إلى سجن إيفين أمس") == [("PLACE", "سجن إيفين", ["سجن إيفين"])]
    assert ents("وتظاهروا في ميدان السبعين أمس") == [("PLACE", "ميدان السبعين", ["ميدان السبعين"])]


def test_a_port_named_for_people_stays_a_place():
    assert ents("ورست القوارب في ميناء الصيادين أمس") == [("PLACE", "ميناء الصيادين", ["ميناء الصيادين"])]


def test_a_foreign_name_that_starts_like_a_conjunction_names_the_stadium():
    assert ents("وفاز الفريق على ملعب ويمبرلي أمس") == [("PLACE", "ملعب ويمبرلي", ["ملعب ويمبرلي"])]


def test_a_conjunction_on_a_word_of_news_after_a_place_head_names_nothing():
    assert ents("وبنت الشركة ميناء وتقع قربه محطة للوقود") == []
    assert ents("ونقل إلى مستشفى وهو في حالة حرجة") == []


def test_a_second_word_in_and_joins_another_place():
    assert ents("وسيطرت القوات على جبل شمران وعزلتيه") == [("PLACE", "جبل شمران", ["جبل شمران"])]


def test_a_noun_with_a_pronoun_or_a_dual_after_a_place_head_is_no_foreign_name():
    """"وملحقاته"، "ومكتبته"، "وعيادتين" are rare as written but their stems are words of news."""
    assert ents("واقتحمت القوات مستشفى وملحقاته أمس") == []
    assert ents("وداهمت الشرطة مسجد ومكتبته أمس") == []
    assert ents("ودمر القصف مستشفى وعيادتين أمس") == []
