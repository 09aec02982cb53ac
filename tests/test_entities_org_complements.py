"""Words after an organisation head that cannot complete its name, and the leadership
of a state, which is no named command."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    return [(e.type, e.name_ar, [m.text for m in e.mentions]) for e in find_entities(nt, tokenize(nt))]


def test_a_country_right_after_a_definite_head_is_the_verbs_object_not_part_of_the_name():
    assert ents("واتهمت المنظمة روسيا بعرقلة التحقيق") == [("COUNTRY", "روسيا", ["روسيا"])]


def test_a_word_with_a_pronoun_after_a_head_names_no_body():
    assert ents("واجتمعت هيئة حكامها في فيينا أمس") == [("PLACE", "فيينا", ["فيينا"])]


def test_a_named_body_with_a_place_in_its_name_stays():
    assert ents("وقالت بلدية طرطوس إن الطريق مغلق") == [("ORG", "بلدية طرطوس", ["بلدية طرطوس"])]


def test_the_leadership_of_a_state_is_no_named_organisation():
    assert ents("وقالت القيادة الفلسطينية إنها ترفض القرار") == []


def test_the_general_command_of_an_army_stays_a_named_body():
    assert ents("وأعلنت القيادة العامة للقوات المسلحة أمس السيطرة على المطار") == [
        ("ORG", "القيادة العامة للقوات المسلحة", ["القيادة العامة للقوات المسلحة"])]


def test_a_country_whose_name_is_also_the_adjective_stays_in_the_name():
    assert ents("وقع الحادث داخل القنصلية السعودية بإسطنبول") == [
        ("ORG", "القنصلية السعودية", ["القنصلية السعودية"]), ("PLACE", "إسطنبول", ["إسطنبول"])]


def test_a_nominative_plural_after_a_head_is_the_subject_of_a_verb():
    assert ents("وتجمع المتظاهرون أمام مبنى البلدية") == []
    assert ents("وانتقد اتحاد الصحفيين القرار") == [("ORG", "اتحاد الصحفيين", ["اتحاد الصحفيين"])]


def test_a_name_that_reads_as_a_conjunction_and_a_pronoun_word_stays():
    assert ents("وقالت شرطة فاليه إن الحادث وقع ليلا") == [("ORG", "شرطة فاليه", ["شرطة فاليه"])]


def test_a_country_after_an_indefinite_head_stays_in_its_name():
    assert ents("وأعلنت وكالة الإمارات للفضاء أمس نجاح الإطلاق") == [
        ("ORG", "وكالة الإمارات للفضاء", ["وكالة الإمارات للفضاء"])]


def test_a_named_command_said_again_without_its_country_stays_its_mention():
    assert ents("وقالت القيادة المركزية الأميركية إن الضربة أصابت الهدف. وأضافت القيادة المركزية أن التحقيق جار") == [
        ("ORG", "القيادة المركزية الأمريكية", ["القيادة المركزية الأميركية", "القيادة المركزية"])]


def test_a_country_after_lijna_written_with_li_completes_the_committee_name():
    assert ents("وأحال الوزير الملف للجنة لبنان في البرلمان أمس") == [("ORG", "لجنة لبنان", ["لجنة لبنان"])]


def test_a_named_command_with_a_direction_stays_an_organisation():
    assert ents("وأعلنت القيادة الجنوبية الأمريكية في بيان إسقاط طائرة مسيرة") == [
        ("ORG", "القيادة الجنوبية الأمريكية", ["القيادة الجنوبية الأمريكية"])]


def test_a_head_with_a_hamza_after_li_is_no_definite_head():
    assert ents("وقال المكتب التابع لألوية حراس الجمهورية إن القوات تقدمت") == [
        ("ORG", "ألوية حراس الجمهورية", ["ألوية حراس الجمهورية"])]


def test_the_rank_after_li_stays_a_title_before_a_name():
    assert ents("وعين سالم حداد وزيرا للزراعة خلفا للواء أبو سالم الشامي الذي استقال") == [
        ("PERSON", "أبو سالم الشامي", ["أبو سالم الشامي"])]
