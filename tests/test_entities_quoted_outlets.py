"""Outlets cited by a quoted name after their head, and the adjective after them."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def found(text):
    nt = normalize_with_offsets(text)
    return sorted((e.type, e.country, m.text) for e in find_entities(nt, tokenize(nt)) for m in e.mentions)


def test_a_quoted_place_after_a_newspaper_head_is_the_newspaper():
    assert found('وكتبت صحيفة "الرياض" السعودية أن الموسم بدأ.') == [("ORG", "SAU", "الرياض")]


def test_a_country_written_adjective_after_a_quoted_outlet_is_no_country_mention():
    assert found('ونقلت صحيفة "الوطن" السعودية عن مسؤول قوله إن الطريق افتتح.') == [("ORG", "SAU", "الوطن")]


def test_a_quoted_place_without_a_media_head_stays_the_place():
    assert ("PLACE", "SAU", "الرياض") in found('ووصل الوفد إلى "الرياض" صباح أمس.')
