"""Actors named only as whom a side is close to are no side (core.events.affiliates).
Sentences written for the tests."""
from core import analyze


def test_whom_the_accused_is_close_to_is_not_accused():
    """"اتهمت X حزب Y المقرب من إيران": Iran is not accused."""
    got = [v.actors for v in analyze("واتهمت حركة التغيير حزب الاتحاد الوطني المقرب من إيران بتزوير الانتخابات.",
                                     "2024-01-01").events]
    assert not [a for a in got if "IRN" in a]
