"""Where a statement was posted is no side of it: "كتب X على تويتر أن ..." is no demand
on Twitter (core.events.speech_acts.venue_addressee, read by the frames of
core.events.roles). Sentences written for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_platform_after_a_verb_of_writing_is_where_not_whom():
    got = events("وكتب وزير الخارجية الأمريكي على تويتر أن المحادثات تجري بشكل جيد.")
    assert not any("twitter" in actors for _, actors in got)


def test_a_demand_after_the_platform_still_stands():
    got = events("وكتب وزير الخارجية الأمريكي على تويتر أن على روسيا أن توقف دعمها للنظام.")
    assert ("REQUEST", ["USA", "RUS"]) in got
    assert not any("twitter" in actors for _, actors in got)


def test_a_demand_on_a_state_is_still_read():
    assert ("REQUEST", ["USA", "RUS"]) in events("وقال وزير الخارجية الأمريكي: على روسيا أن توقف دعمها للنظام فورا.")
