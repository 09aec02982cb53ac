"""Protests reaching a capital are no visit (trigger_senses.tsv); sentences and names
written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str], bool]]:
    return [(v.type, v.actors, v.directed) for v in analyze(text, "2026-03-01").events]


def test_protests_reaching_a_capital_are_no_meeting():
    assert not any(t == "CONSULT" for t, _, _ in _events("ووصلت الاحتجاجات إلى العاصمة طهران يوم الجمعة."))


def test_demonstrations_reaching_a_capital_are_no_meeting():
    assert not any(t == "CONSULT" for t, _, _ in _events("ووصلت المظاهرات إلى العاصمة الأردنية عمان."))


def test_a_president_arriving_in_a_capital_still_visits():
    assert ("CONSULT", ["FRA", "DZA"], True) in _events("ووصل الرئيس الفرنسي إلى الجزائر في زيارة رسمية.")

