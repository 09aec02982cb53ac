"""Entities after organisation and place heads: what completes a name and what does not."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def ents(text):
    nt = normalize_with_offsets(text)
    return find_entities(nt, tokenize(nt))


def mentions(text, etype):
    return [m.text for e in ents(text) if e.type == etype for m in e.mentions]


def test_rivers_and_spelling_variants_of_known_places_are_places():
    assert "نهر الراين" in mentions("ارتفع منسوب نهر الراين أمس", "PLACE")
    assert "أستانة" in mentions("عقدت الجولة في أستانة", "PLACE")
