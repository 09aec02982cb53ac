"""core/entities/conjuncts.py: free names joined by و to a person are people too
(made-up sentences and names)."""
from test_entities_unseen import people


def names(text, tagged=None):
    return [t for t, _ in people(text, tagged)]


def test_names_before_a_person_in_a_list_are_people():
    found = names("وتألق في اللقاء زيدرانو ومتولكي وحامد برغوثان في الهجوم", [("وحامد برغوثان", "PER")])
    assert found == ["زيدرانو", "متولكي", "حامد برغوثان"]


def test_names_after_a_person_in_a_list_are_people():
    found = names("وغنى في الحفل حامد برغوثان ، وسيلفانو كارتيلو ، ونورينا شلفتي .", [("حامد برغوثان", "PER")])
    assert found == ["حامد برغوثان", "سيلفانو كارتيلو", "نورينا شلفتي"]


def test_a_verb_and_its_object_after_a_person_are_no_name():
    assert names("وسدد حامد برغوثان وسكنت الكرة الشباك", [("حامد برغوثان", "PER")]) == ["حامد برغوثان"]


def test_a_one_word_person_anchors_no_list():
    assert names("وزار الوفد مناطق بادمي وتسورنا الحدودية", [("بادمي", "PER")]) == ["بادمي"]


def test_a_word_with_the_article_is_no_listed_name():
    assert names("وضم الفريق حامد برغوثان والكنغولي لوكاسو", [("حامد برغوثان", "PER")]) == ["حامد برغوثان"]
