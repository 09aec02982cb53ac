"""Acronyms spelt as their letters' names joined by dots: the lexicon's entry, or an
organisation after a head; a dotted acronym nothing names stays out."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def orgs(text):
    nt = normalize_with_offsets(text)
    return sorted((e.id, m.text) for e in find_entities(nt, tokenize(nt)) if e.type == "ORG" for m in e.mentions)


def test_a_dotted_acronym_the_lexicon_holds_spaced_is_its_entry():
    assert orgs("وقال المسؤول لشبكة سي.إن.إن إن الهدنة صامدة.") == [("cnn", "سي.إن.إن")]
    assert orgs("وفتح الإف.بي.آي ملفا جديدا.") == [("fbi", "إف.بي.آي")]


def test_an_unknown_dotted_acronym_after_a_head_is_an_organisation():
    found = orgs("وبثت قناة تي.في.زد مقابلة مع الوزير.")
    assert [m for _, m in found] == ["قناة تي.في.زد"]


def test_an_unknown_dotted_acronym_alone_names_nothing():
    assert orgs("وأكد فحص دي.إن.إيه هوية الضحية.") == []
