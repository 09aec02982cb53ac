"""The shipped role model's actor groups of few values, summed when the model is read
into the prepared image (core.events.role_warm): every such group is there before any
article is read, with the sums the model makes of it when met."""
from core.events import learned, role_warm
from core.events.role_features import _group_feats


def test_the_small_groups_are_summed_before_any_article():
    model = role_warm.warmed(learned._ready(learned.load_model()))
    parts = model._groups["st"]
    for g in [("A1", "B", "0", 0, "v", "ACCUSE"), ("A1", "A", "4-5", 2, "n", "ASSAULT"), ("A1", "P", "0", 1, "v", "REQUEST"),
              ("A3", "COUNTRY:member", "A", "SANCTION"), ("A5", True, "P", "s"), ("A6", ""), ("A7", "-", "CONSULT"),
              ("A8", "y", "B", "REJECT")]:
        assert g in parts, g
        assert parts[g] == learned._group_parts(model, {}, g)  # the same sums as when met


def test_the_groups_of_a_triggers_form_are_those_of_its_weighted_forms_and_one_for_the_rest():
    model = role_warm.warmed(learned._ready(learned.load_model()))
    s_w, t_w = model.role_weights()
    formed = [g for g in model._groups["st"] if g[0] in ("A2", "A4")]
    for g in formed:
        if g[-1] is None:  # the one entry of the forms with no weight: the sums of any of them
            real = g[:-1] + ("no such form",)
            assert g == real[:-1] + (None,) and model._groups["st"][g] == role_warm.group_parts(model, {}, real)
        else:
            name = f"inF={g[1]}{g[2]}{g[5]}" if g[0] == "A2" else f"rF={g[1]}{g[4]}"
            assert name in s_w or name in t_w
            assert model._groups["st"][g] == role_warm.group_parts(model, {}, g)
    assert ("A4", "s", "ACCUSE", "v", None) in model._groups["st"]
    assert ("A2", "-", "B", "n", "AID", None) in model._groups["st"]
    assert sum(g[-1] is not None for g in formed) > 1000


def test_no_model_stays_none():
    assert role_warm.warmed(None) is None


def test_forms_the_model_has_no_weight_for_share_one_sum():
    model = learned.RoleModel({"s:in=من": 0.5, "t:ins=منB": -0.25, "s:inF=منBاتهمت": 2.0, "s:r=s": 0.125,
                               "t:rF=sاتهمت": 1.0})
    parts = {}
    unweighed = [("A2", "من", "B", "v", "ACCUSE", form) for form in ("ندد", "حذر", "دعا")]
    weighed = ("A2", "من", "B", "v", "ACCUSE", "اتهمت")
    for g in unweighed + [weighed, ("A4", "s", "ACCUSE", "v", "ندد"), ("A4", "s", "ACCUSE", "v", "اتهمت")]:
        assert role_warm.group_parts(model, parts, g) == (model.score(["s:" + f for f in _group_feats(g)]),
                                                           model.score(["t:" + f for f in _group_feats(g)]))
    # the forms with no weight share one entry; the form with its own weight has its own
    assert parts[("A2", "من", "B", "v", "ACCUSE", None)] == parts[unweighed[0]] == (0.5, -0.25)
    assert parts[weighed] == (2.5, -0.25)
    assert ("A4", "s", "ACCUSE", "v", None) in parts and parts[("A4", "s", "ACCUSE", "v", "اتهمت")] == (0.125, 1.0)
