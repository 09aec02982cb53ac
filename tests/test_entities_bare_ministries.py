"""Ministries written by their portfolio and country's adjective, without وزارة."""
from core.entities import find_entities
from core.text import normalize_with_offsets, tokenize


def orgs(text):
    nt = normalize_with_offsets(text)
    return [(e.country, sorted(m.text for m in e.mentions)) for e in find_entities(nt, tokenize(nt)) if e.type == "ORG"]


def test_a_portfolio_with_a_feminine_nationality_adjective_is_the_ministry():
    assert orgs("وقال المتحدث باسم الخارجية الباكستانية إن الوفد سيصل غدا.") == [("PAK", ["الخارجية الباكستانية"])]


def test_the_short_form_is_the_same_ministry_as_the_full_one():
    text = "وأعلنت الداخلية المصرية توقيف المشتبه به، وقالت وزارة الداخلية المصرية إن التحقيق مستمر."
    assert orgs(text) == [("EGY", ["الداخلية المصرية", "وزارة الداخلية المصرية"])]


def test_a_portfolio_word_after_a_definite_noun_is_its_adjective():
    assert orgs("وتحدث الخبير عن الأوضاع الداخلية المصرية أمام اللجنة.") == []
    assert orgs("وارتفعت الأوراق المالية السعودية في ختام التداول.") == []

