"""Where a person lives is no side of his act (core.events.residences); sentences and
names written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str], bool, str]]:
    return [(v.type, v.actors, v.directed, v.modality) for v in analyze(text, "2026-03-01").events]


def test_the_state_a_businessman_lives_in_is_not_accused():
    assert _events("وتتهم الحكومة الأردنية رجل الأعمال سامر الدباغ المقيم في قطر بتمويل خلية مسلحة.") == [
        ("ACCUSE", ["JOR", "per-samr-al-dbagh"], True, "asserted")]


def test_a_state_named_another_way_as_well_stays_accused():
    assert _events("وتتهم الحكومة الأردنية قطر بإيواء رجل الأعمال سامر الدباغ المقيم في قطر.") == [
        ("ACCUSE", ["JOR", "QAT"], True, "asserted")]
