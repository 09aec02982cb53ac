"""A place taken: "سيطرت قوات X على مدينة Y" tells an attack whose target is the place
when no group or state is named as the one it was taken from (SCHEMA.md); sentences
written for the tests."""
import pytest

from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


@pytest.mark.parametrize("text, expected", [
    # the subject between the verb and its preposition, as VSO news writes it
    ("وسيطرت القوات التركية على مدينة عفرين بعد حملة استمرت أسابيع.", ("ASSAULT", ["TUR", "afrin"])),
    # a phrase that ends in its preposition reads the place right after it
    ("واستعاد الجيش العراقي السيطرة على مدينة الموصل.", ("ASSAULT", ["IRQ", "mosul"])),
])
def test_a_place_taken_is_the_target(text, expected):
    assert expected in events(text), events(text)


def test_who_holds_a_place_is_no_act():
    assert events("وتقع المناطق التي يسيطر عليها الحوثيون قرب مدينة الحديدة.") == []
