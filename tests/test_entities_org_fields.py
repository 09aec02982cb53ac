"""A second field joined by و to an organisation's first field is part of its name; a
body, an adjective or a word no body's name holds after و is not."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    return [(e.type, [m.text for m in e.mentions]) for e in find_entities(nt, tokenize(nt))]


def test_two_portfolios_are_one_ministry():
    assert ents("وأصدرت وزارة التربية والتعليم قرارا بتأجيل الامتحان") == [("ORG", ["وزارة التربية والتعليم"])]


def test_a_second_field_and_its_adjective_and_the_nationality_after_it():
    assert ents("وأعلنت وزارة العمل والتنمية الاجتماعية الأردنية برنامجا") == [
        ("ORG", ["وزارة العمل والتنمية الاجتماعية الأردنية"])]


def test_another_body_after_wa_is_its_own():
    assert ents("وقالت وزارة الدفاع والجيش في بيان مشترك") != [("ORG", ["وزارة الدفاع والجيش"])]


def test_a_noun_of_the_clause_after_wa_stays_out():
    assert ents("وقالت وزارة الدفاع والمسؤولون إن الهجوم فشل") == [("ORG", ["وزارة الدفاع"])]


def test_a_force_named_by_an_adjective_lists_another():
    assert ("ORG", ["الجيش الوطني"]) in ents("قاتل الجيش الوطني والمقاومة الشعبية في الجبهة")


def test_a_bare_definite_head_joined_to_a_field_lists_two_things():
    assert ("ORG", ["البرلمان والانتخابات"]) not in ents("وناقش الكاتب البرلمان والانتخابات المقبلة")


def test_a_third_field_goes_on_with_the_name():
    assert ents("وطالبت لجنة الصحة والتعليم والرياضة بمناقشة عامة") == [("ORG", ["لجنة الصحة والتعليم والرياضة"])]


def test_a_joined_field_whose_qualifier_the_name_would_not_read_is_not_joined():
    """"وزارة الداخلية والشؤون البلدية": the name ends before "البلدية" (a head of its own),
    so joining "والشؤون" made the fragment "وزارة الداخلية والشؤون"."""
    texts = [m for _, ms in ents("وقالت وزارة الداخلية والشؤون البلدية إن الانتخابات ستجري.") for m in ms]
    assert "وزارة الداخلية والشؤون" not in texts


def test_a_joined_field_before_a_nationality_adjective_stays_joined():
    texts = [m for _, ms in ents("وقالت وزارة الشباب والرياضة العراقية إن الدوري سيستأنف.") for m in ms]
    assert any("والرياضة" in t for t in texts)
