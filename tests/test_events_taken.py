"""A place taken: when a trigger's phrase ends in its preposition ("استعاد … السيطرة
على"، "سيطروا على"), the place named right after it is the attack's target when no group
or state is named as the one it was taken from (SCHEMA.md); sentences written for the
tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_place_taken_is_the_target():
    found = events("واستعاد الجيش العراقي السيطرة على مدينة الموصل.")
    assert ("ASSAULT", ["IRQ", "mosul"]) in found, found
