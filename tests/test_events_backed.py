"""An act done with military backing: the backer aids the act's subject
(core.events.backed). Sentences written for the tests."""
from core import analyze
from core.events import learned


def _aid(text: str) -> list[list[str]]:
    return [v.actors for v in analyze(text, "2024-01-01").events if v.type == "AID"]


def test_the_backer_of_an_advance_aids_the_army_whatever_the_model_says():
    """"تقدمت قوات الجيش اليمني بإسناد من طائرات التحالف العربي": the coalition aids
    Yemen, a pair the rules state (the model, here one that keeps nothing, does not weigh it)."""
    learned.set_model(learned.RoleModel({}, bias=-100.0))
    try:
        got = _aid("وتقدمت قوات الجيش اليمني في مديرية جديدة بإسناد من طائرات التحالف العربي.")
    finally:
        learned.set_model(None)
    assert ["saudi-led-coalition", "YEM"] in got


def test_a_broader_backing_is_left_to_the_model():
    """"بدعم من" (political as often as material) stays the model's: with a model that
    keeps nothing it makes no event."""
    learned.set_model(learned.RoleModel({}, bias=-100.0))
    try:
        assert _aid("وتقدمت قوات الجيش اليمني في مديرية جديدة بدعم من التحالف العربي.") == []
    finally:
        learned.set_model(None)
