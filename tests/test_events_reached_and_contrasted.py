"""Protests reaching a capital are no visit (trigger_senses.tsv), and a side named only in a
clause of contrast is not hit by an attack its constructions name (core.events.contrasts in
the attacks' fallback); sentences and names written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str], bool]]:
    return [(v.type, v.actors, v.directed) for v in analyze(text, "2026-03-01").events]


def test_protests_reaching_a_capital_are_no_meeting():
    assert not any(t == "CONSULT" for t, _, _ in _events("ووصلت الاحتجاجات إلى العاصمة طهران يوم الجمعة."))


def test_demonstrations_reaching_a_capital_are_no_meeting():
    assert not any(t == "CONSULT" for t, _, _ in _events("ووصلت المظاهرات إلى العاصمة الأردنية عمان."))


def test_a_president_arriving_in_a_capital_still_visits():
    assert ("CONSULT", ["FRA", "DZA"], True) in _events("ووصل الرئيس الفرنسي إلى الجزائر في زيارة رسمية.")


def test_the_side_that_denies_in_a_contrast_is_not_shelled():
    got = _events("واتهمت الولايات المتحدة الجيش السوري بقصف المدينة، لكن روسيا نفت ذلك.")
    assert ("ASSAULT", ["SYR", "RUS"], True) not in got
    assert ("ACCUSE", ["USA", "SYR"], True) in got
