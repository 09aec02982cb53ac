"""A district's name after a head that also names a directorate: the place, not a body."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def found(text):
    nt = normalize_with_offsets(text)
    return sorted((e.type, m.text) for e in find_entities(nt, tokenize(nt)) for m in e.mentions if e.type != "UNNAMED")


def test_a_frequent_bare_name_after_a_district_head_is_the_district():
    assert ("PLACE", "صرواح") in found("وافتتح المحافظ مدرسة جديدة في مديرية صرواح أمس.")


def test_a_name_whose_first_letter_is_a_proclitic_is_the_district():
    assert ("PLACE", "وذيحان") in found("وسقطت قذيفة في مديرية وذيحان جنوب المدينة أمس.")


def test_a_field_after_the_same_head_stays_a_body():
    assert ("ORG", "مديرية أمن عدن") in found("وقالت مديرية أمن عدن إن الوضع مستقر.")


def test_an_indefinite_adjective_after_front_is_no_place():
    assert found("ودعا الحزب إلى جبهة موحدة ضد الإرهاب.") == []


def test_a_place_the_lexicon_leaves_to_the_context_is_that_place_after_a_front():
    assert ("PLACE", "Haradh") in {(e.type, e.name) for e in find_entities(*_nt("وقتل القائد في جبهة حرض شمال غرب البلاد."))}


def _nt(text):
    nt = normalize_with_offsets(text)
    return nt, tokenize(nt)


def test_a_bare_word_after_qada_is_no_district():
    assert found("وقضت المحكمة بسجنهما مع إلزامهما قضاء ثلثي العقوبة.") == []


def test_a_battle_front_on_a_coast_is_a_place_not_a_movement():
    """"جبهة" heads movements ("جبهة البوليساريو") and battle fronts; the front of a coast
    is fought on, no organisation."""
    got = found("وتقدمت القوات المشتركة على جبهة الساحل الغربي بعد معارك استمرت يومين.")
    assert ("PLACE", "الساحل الغربي") in got
    assert not [name for typ, name in got if typ == "ORG"]
