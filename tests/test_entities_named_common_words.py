"""Tagger names made of common words that still name someone, and servant names (عبد X)
that a free word around them shows cut (core/entities/named_common_words.py)."""
from tests.test_entities_tagged_splits import people


def test_a_servant_name_of_common_words_is_a_person_and_no_alias():
    found = people("وقال المحققون إن الأسباب التي دفعت عبد المنعم إلى الخلية مجهولة، وهو المتهم المنعم.",
                   [("عبد المنعم", "PER")])
    assert found == ["عبد المنعم"]


def test_two_common_words_after_a_nationality_are_a_person():
    found = people("وظهر اللاعب الغاني بشارة سلام بمستوى عادي.", [("بشاره سلام", "PER")])
    assert found == ["بشارة سلام"]


def test_a_rank_after_a_nationality_is_no_person():
    found = people("وقال رئيس الأركان الغاني الميجر جنرال، كوفي منصور، إن الجيش جاهز.",
                   [("الميجر جنرال", "PER"), ("كوفي منصور", "PER")])
    assert found == ["كوفي منصور"]


def test_a_servant_name_before_a_free_word_is_left_to_the_family_name():
    found = people("وعين المجلس سالم عمر مديرا للمصنع بدلا من عبد الباسط الحداد وسعيد الصالح.",
                   [("عبد الباسط", "PER")])
    assert "عبد الباسط" not in found  # the cut name; the whole "عبد الباسط الحداد" would be right
    assert set(found) <= {"سالم عمر", "عبد الباسط الحداد", "سعيد الصالح"}


def test_a_servant_name_after_a_given_name_is_left_to_the_whole_name():
    found = people("وكتب القصة الشقيقان الروائيان ماجد وحامد عبد الرحمن.", [("عبد الرحمن", "PER")])
    assert "عبد الرحمن" not in found  # the cut name; the two brothers whole would be right
    assert set(found) <= {"ماجد", "ماجد عبد الرحمن", "حامد عبد الرحمن"}
