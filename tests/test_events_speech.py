"""Events told through reported speech (speech_triggers.tsv): an evaluation or a promised
response inside a frame of saying is an event of the speaker on the evaluated actor
(sentences written for the tests, with the rules' own reading)."""
import pytest

from core import analyze
from core.events import learned, load_triggers


@pytest.fixture
def rules_only():
    learned.set_model(learned.RULES_ONLY)
    yield
    learned.set_model(None)


def events(text):
    return [(v.type, v.actors) for v in analyze(text, "2023-01-17").events]


def test_a_negative_evaluation_in_reported_speech_is_an_accusation(rules_only):
    assert ("ACCUSE", ["SWE", "NOR"]) in events("وقال وزير الخارجية السويدي إن النرويج تزعزع استقرار الشمال.")


def test_an_evaluation_after_describe_targets_the_object_of_the_verb(rules_only):
    assert ("ACCUSE", ["CHL", "PER"]) in events("ووصفت تشيلي المناورات البيروفية بأنها استفزازية.")


def test_a_promised_response_in_reported_speech_is_a_threat(rules_only):
    assert ("THREATEN", ["KEN", "ETH"]) in events("وأكدت كينيا أنها سترد على إثيوبيا بحزم.")


def test_an_evaluation_outside_a_speech_frame_makes_no_event(rules_only):
    assert not [e for e in events("وتسعى تشيلي إلى تقويض بيرو.") if e[0] == "ACCUSE"]


def test_speech_forms_are_flagged_and_ordinary_forms_are_not():
    trig = load_triggers()
    flags = {f.tokens[0]: f.speech for forms in trig.by_first.values() for f in forms}
    assert flags["استفزازيه"] and not flags["اتهم"]



def test_a_terrorist_epithet_in_reported_speech_accuses_no_one():
    """"الإرهابية" is how news names some attacks and groups, not what the speaker
    charges a country with."""
    assert not [e for e in events("وقالت ألمانيا إن ضحايا الهجمات الإرهابية في فرنسا لن ينسوا.")
                if e[0] == "ACCUSE"]
