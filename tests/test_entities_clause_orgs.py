"""A head and a word that goes on with the clause make no named organisation."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def orgs(text):
    nt = normalize_with_offsets(text)
    return sorted(m.text for e in find_entities(nt, tokenize(nt)) if e.type == "ORG" for m in e.mentions)


def test_a_verb_with_its_pronoun_after_a_head_is_no_name():
    assert orgs("وأصدرت لجنة شكلتها الوزارة تقريرا مطولا.") == []


def test_a_country_after_a_head_is_still_the_name():
    assert orgs("وتسلم الباحث جائزة من جامعة جيبوتي هذا الشهر.") == ["جامعة جيبوتي"]
