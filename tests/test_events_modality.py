"""Modality phrase cues are read through a leading conjunction (core.events.modality);
sentences written for the tests."""
from core import analyze


def test_a_condition_opened_with_and_is_still_a_condition():
    got = analyze("وفي حالة عقد القمة بين الولايات المتحدة وكوريا الشمالية ستكون الأولى.", "2023-01-17").events
    assert not [v for v in got if v.type == "CONSULT"]
