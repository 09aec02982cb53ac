"""Events the wording of news states: negations that negate nothing, trigger forms
generated from listed ones, and phrases of the lexicons; sentences written for the tests."""
import pytest

from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.modality) for v in analyze(text, published).events]


@pytest.mark.parametrize("text, expected", [
    # "كلا" is "both", not ك + the negation لا
    ("وقال الكرملين إن كلا الرئيسين أشادا بدور مصر في الوساطة.", ("SUPPORT", "EGY")),
    # "لا تزال" is "still": the support goes on
    ("وقالت الخارجية إن فرنسا لا تزال تدعم المعارضة السورية.", ("SUPPORT", "FRA")),
])
def test_a_negation_particle_inside_an_affirmative_phrase_negates_nothing(rules_only, text, expected):
    found = events(text)
    assert any(t == expected[0] and expected[1] in a and m == "asserted" for t, a, m in found), found


def test_a_negation_before_still_and_a_negated_verb_still_negates(rules_only):
    assert events("وقالت الخارجية إن فرنسا لا تزال لم تفرض عقوبات على إيران.") == []
