"""Gatherings and pacts told as still to come by the words around their noun make no
event (core.events.plans, event_cues.tsv kinds due, to_come, to_hold); sentences and
names written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str], str]]:
    return [(v.type, v.actors, v.modality) for v in analyze(text, "2026-03-01").events]


def test_a_summit_that_will_be_held_is_not_told_as_held():
    assert _events("وقال الوزير إن القمة بين مصر والأردن التي ستعقد في عمان مهمة.") == []


def test_a_meeting_that_will_be_held_on_a_day_to_come_is_not_told_as_held():
    assert _events("وقال الوزير إن الاجتماع بين مصر والأردن الذي سيعقد الأحد مهم.") == []


def test_a_due_summit_is_not_told_as_held():
    assert _events("وقال الوزير إن القمة بين مصر والأردن المقررة الأحد مهمة.") == []


def test_a_meeting_a_future_verb_holds_is_not_told_as_held():
    assert _events("وسيعقد الاجتماع بين مصر والأردن في القاهرة.") == []


def test_an_expected_pact_is_no_pact():
    assert _events("وأكد الوزير أن الاتفاق بين مصر والأردن المرتقب مهم.") == []


def test_a_meeting_called_for_is_the_call_alone():
    assert _events("دعا الرئيس المصري إلى عقد اجتماع مع الأردن.") == [("REQUEST", ["EGY", "JOR"], "asserted")]


def test_a_meeting_prepared_for_is_not_told_as_held():
    assert _events("وبدأت الاستعدادات لعقد القمة بين مصر والأردن.") == []


def test_a_meeting_held_stays_held():
    assert _events("وقال الوزير إن الاجتماع بين مصر والأردن الذي عقد الأحد مهم.") == [("CONSULT", ["EGY", "JOR"], "asserted")]


def test_a_signing_that_will_take_place_is_not_told_as_done():
    assert _events("وقال الوزير إنه سيتم توقيع الاتفاق بين مصر والأردن الأحد.") == []
