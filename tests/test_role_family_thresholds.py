"""Settings of the role model's training measured and left off (core.events.role_training:
UNMATCHED, INTERCEPT_SCALING) and the per-family threshold of
scripts/role_family_thresholds.py: each must do what its record says it measured."""
from types import SimpleNamespace

import pytest

from core import evaluate
from core.events import learned, role_training
from tests.script_modules import load


def _same(a, b):
    return a == b


def _label(monkeypatch, gold_actors):
    """The labelled rows of one made-up trigger (ACCUSE, sentence 0-20) whose two
    candidates join "a" and "b", against a gold ACCUSE event of that sentence."""
    monkeypatch.setattr(evaluate, "actor_matcher", lambda gold, analysis: _same)
    gold = {"events": [{"type": "ACCUSE", "actors": gold_actors, "directed": True,
                        "evidence": "اتهمت دولة ما جارتها"}]}
    text = "اتهمت دولة ما جارتها بخرق الهدنة."
    cands = [SimpleNamespace(source="a", target="b", feats=["x"]), SimpleNamespace(source="b", target="a", feats=["y"])]
    return role_training.label_candidates(gold, text, {}, [(0, len(text), "ACCUSE", cands)])


def test_unmatched_rows_weigh_less_only_when_set(monkeypatch):
    # the gold event's sides are no candidate of the trigger: its rows are wrong pairs of a right trigger
    assert [w for _, _, w in _label(monkeypatch, ["c", "d"])] == [1.0, 1.0]  # shipped: as any wrong pair
    monkeypatch.setattr(role_training, "UNMATCHED", 0.5)
    assert [(label, w) for _, label, w in _label(monkeypatch, ["c", "d"])] == [(0, 0.5), (0, 0.5)]
    # a trigger with a right pair keeps its weights (its wrong pair is a hard one)
    got = _label(monkeypatch, ["a", "b"])
    assert [(label, w) for _, label, w in got] == [(1, 1.0), (0, role_training.HARD_NEGATIVE)]


def _rows():
    return [([f"W=w{k % 3}", "T=ACCUSE"], int(k % 4 == 0), 1.0) for k in range(40)]


def test_a_free_intercept_takes_the_base_rate(monkeypatch):
    penalised = role_training.fit_rows(_rows(), c=0.05)
    monkeypatch.setattr(role_training, "INTERCEPT_SCALING", 100.0)
    free = role_training.fit_rows(_rows(), c=0.05)
    assert free.bias < penalised.bias < 0  # a quarter are right: the free bias nearer log(1/3)


def test_a_family_shift_is_a_lower_threshold_for_its_types_only():
    fam = load("scripts/role_family_thresholds.py")
    model = learned.RoleModel({"T=ASSAULT": 0.1, "W=x": 0.2}, -1.0, 0.0, {})
    got = fam.shifted(model, {"acts": 0.5, "statements": 0.0, "others": -0.25})
    assert got.weights["T=ASSAULT"] == pytest.approx(0.6) and got.weights["T=SANCTION"] == pytest.approx(0.5)
    assert "T=ACCUSE" not in got.weights and got.weights["T=CONSULT"] == pytest.approx(-0.25)
    assert got.score(["T=ASSAULT", "W=x"]) - model.score(["T=ASSAULT", "W=x"]) == pytest.approx(0.5)
    assert model.weights == {"T=ASSAULT": 0.1, "W=x": 0.2}  # the fitted model is left as it was


def test_each_family_picks_its_best_inner_shift_ties_to_none():
    fam = load("scripts/role_family_thresholds.py")
    inner = {d: {"statements": [50, 10, 50], "acts": [30, 5, 20], "others": [10, 2, 10]} for d in (-0.25, 0.0, 0.25)}
    inner[0.25]["acts"] = [40, 6, 10]  # more found for one false alarm more: better
    inner[-0.25]["others"] = [10, 2, 10]  # the same counts: no reason to move
    assert fam.pick(inner) == {"statements": 0.0, "acts": 0.25, "others": 0.0}


def test_features_of_one_article_left_out_only_when_set():
    per_article = [("first", [(["W=w1", "T=ACCUSE"], 1, 1.0), (["W=w2", "T=ACCUSE"], 0, 1.0)]),
                   ("second", [(["W=w2", "T=ACCUSE"], 1, 1.0)])]
    got = role_training.common_rows(per_article, 2)
    assert got == [(["T=ACCUSE"], 1, 1.0), (["W=w2", "T=ACCUSE"], 0, 1.0), (["W=w2", "T=ACCUSE"], 1, 1.0)]
    assert role_training.MIN_ARTICLES == 1  # the shipped trainer keeps every feature
