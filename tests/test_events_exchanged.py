"""Accusations traded ("تبادلت X وY الاتهامات"): one joint act of both sides; sentences
written for the tests."""
import pytest

from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, sorted(v.actors), v.directed) for v in analyze(text, published).events]


@pytest.mark.parametrize("text", [
    "وتبادلت الصين والولايات المتحدة الاتهامات بشأن الحرب التجارية.",
    "ويتبادل البلدان الاتهامات منذ أشهر، إذ تتهم أرمينيا أذربيجان بخرق الهدنة.",
])
def test_accusations_traded_are_one_joint_act_of_both_sides(text):
    found = events(text)
    assert any(t == "ACCUSE" and not d and len(a) == 2 for t, a, d in found), found


def test_a_ceasefire_after_traded_charges_is_no_attack():
    found = events("وتبادلت روسيا وأوكرانيا الاتهامات بخرق وقف إطلاق النار.")
    assert ("ACCUSE", ["RUS", "UKR"], False) in found and not any(t == "ASSAULT" for t, _, _ in found), found
