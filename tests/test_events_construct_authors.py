"""The side right after a plural act noun is its author, whatever letter its name starts
with (core.events.construct_authors); sentences written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str], bool]]:
    return [(v.type, v.actors, v.directed) for v in analyze(text, "2026-03-01").events]


def test_threats_of_a_state_whose_name_starts_with_ba_are_its_own():
    assert _events("وعلق الوزير الروسي على تهديدات بريطانيا.") == [("THREATEN", ["GBR", "RUS"], True)]


def test_sanctions_of_a_state_whose_name_starts_with_ba_are_its_own():
    assert _events("وانتقدت روسيا عقوبات بريطانيا.") == [("ACCUSE", ["RUS", "GBR"], True), ("SANCTION", ["GBR", "RUS"], True)]


def test_threats_to_a_state_after_lam_stay_aimed_at_it():
    assert _events("وعلق الوزير الروسي على تهديدات لبريطانيا.") == [("THREATEN", ["RUS", "GBR"], True)]
