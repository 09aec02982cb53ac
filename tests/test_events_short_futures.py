"""The future prefix سـ on a verb of three letters (ستشن، سيحث، سيضع): the trigger scan
reads it as that verb to come, as it reads سيزور as يزور (core.events.triggers.word_keys);
sentences written for the tests."""
from core import analyze
from core.events.triggers import word_keys


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.modality) for v in analyze(text, published).events]


def test_a_campaign_a_state_says_it_will_launch_is_its_threat():
    assert events("وقال وزير الدفاع إن إيران ستشن حملة عسكرية على العراق.") == [("THREATEN", ["IRN", "IRQ"], "planned")]


def test_a_call_still_to_come_is_a_planned_request():
    assert events("وقال المتحدث إن وزير الخارجية الفرنسي سيحث ألمانيا على زيادة إنفاقها.") == [("REQUEST", ["FRA", "DEU"], "planned")]


def test_the_short_future_reads_only_the_imperfect_persons():
    assert "يشن" in word_keys("سيشن") and "تحث" in word_keys("وستحث")
    assert "امر" not in word_keys("سامر")  # a name, no future of أمر
