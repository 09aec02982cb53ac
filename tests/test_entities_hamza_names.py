"""A preposition written every time with another hamza is a name's word ("وديع إمام" is no
"وديع أمام"); and a person's name the tagger reads that ends on a definite word news never
writes bare ends on a family name, however often news writes it ("طالب الدوسري")."""
from tests.tagged_entities import found_entities


def people(text, tagged=None):
    return sorted(m.text for e in found_entities(text, tagged) if e.type == "PERSON" for m in e.mentions)


def test_a_family_name_written_as_imam_is_no_preposition():
    found = people("وقال الفنان وديع إمام إن الفيلم الجديد يعرض غدا.", [("وديع امام", "PER")])
    assert found == ["وديع إمام"]


def test_the_preposition_stays_a_preposition():
    found = people("ووقف الفنان وديع أمام الجمهور في المسرح.", [("وديع امام", "PER")])
    assert "وديع أمام" not in found


def test_a_definite_family_name_keeps_the_common_given_name():
    found = people("وسيكتب القصة الكويتي طالب الدوسري في العام المقبل.", [("طالب الدوسري", "PER")])
    assert found == ["طالب الدوسري"]


def test_the_second_word_of_a_given_name_is_no_family_name():
    found = people("وقال عبد الفتاح الشهير بين أصدقائه إن الأمر انتهى.", [("عبد الفتاح الشهير", "PER")])
    assert "عبد الفتاح الشهير" not in found
