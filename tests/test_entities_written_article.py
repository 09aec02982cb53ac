"""Bodies written after ل keep their article in their name; a quote after a head that
opens with a particle and a verb is speech, no name."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    return [(e.type, e.name_ar, [m.text for m in e.mentions]) for e in find_entities(nt, tokenize(nt))]


def test_a_council_after_l_is_named_with_its_article():
    assert ents("ودعا الوزير للمجلس الوطني الفلسطيني إلى الانعقاد") == [
        ("ORG", "المجلس الوطني الفلسطيني", ["لمجلس الوطني الفلسطيني"])]


def test_a_committee_after_l_with_a_definite_adjective_is_the_definite_committee():
    assert ents("وجه الأمين العام رسالة للجنة المركزية للحزب أمس") == [
        ("ORG", "اللجنة المركزية", ["لجنة المركزية"])]


def test_a_committee_written_after_l_and_alone_is_one_body():
    found = ents("وجه الأمين العام رسالة للجنة المركزية. وقالت اللجنة المركزية إنها ستجتمع")
    assert found == [("ORG", "اللجنة المركزية", ["لجنة المركزية", "اللجنة المركزية"])]


def test_a_quote_opening_with_a_particle_and_a_verb_after_a_head_is_no_name():
    assert ents('وقالت المجموعة "لن تخضع لأية ضغوط" في بيانها') == []


def test_a_quoted_name_opening_with_a_particle_stays_a_name():
    assert ents('ونقلت صحيفة "لا كروا" الخبر') == [("ORG", "لا كروا", ["لا كروا"])]
