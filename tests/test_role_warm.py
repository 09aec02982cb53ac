"""The shipped role model's actor groups of few values, summed when the model is read
into the prepared image (core.events.role_warm): every such group is there before any
article is read, with the sums the model makes of it when met."""
from core.events import learned, role_warm


def test_the_small_groups_are_summed_before_any_article():
    model = role_warm.warmed(learned._ready(learned.load_model()))
    parts = model._groups["st"]
    for g in [("A1", "B", "0", 0, "v", "ACCUSE"), ("A1", "A", "4-5", 2, "n", "ASSAULT"), ("A1", "P", "0", 1, "v", "REQUEST"),
              ("A3", "COUNTRY:member", "A", "SANCTION"), ("A5", True, "P", "s"), ("A6", ""), ("A7", "-", "CONSULT"),
              ("A8", "y", "B", "REJECT")]:
        assert g in parts, g
        assert parts[g] == learned._group_parts(model, {}, g)  # the same sums as when met


def test_the_groups_of_a_triggers_form_are_left_to_be_met():
    model = role_warm.warmed(learned._ready(learned.load_model()))
    assert not any(g[0] in ("A2", "A4") for g in model._groups["st"])


def test_no_model_stays_none():
    assert role_warm.warmed(None) is None
