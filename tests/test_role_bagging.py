"""The role model's bagged trainer (core.events.role_training.fit_bagged), the model file
named by AKHBAR_ROLE_MODEL, and scripts/role_perturbation.py's counts."""
import json

from core.events import learned, role_training
from script_modules import load

role_perturbation = load("scripts/role_perturbation.py")


def _article(name: str, n: int) -> tuple[str, list]:
    """Made-up candidates: a right pair with its source before the trigger, a wrong one after."""
    rows = []
    for k in range(n):
        rows.append((["s:sd=B0", "T=ACCUSE", f"w={name}{k % 3}"], 1, 1.0))
        rows.append((["s:sd=A0", "T=ACCUSE", f"w={name}{k % 3}"], 0, 1.0))
    return name, rows


ARTICLES = [_article(f"art{i}", 4 + i % 3) for i in range(12)]


def test_an_articles_draws_hang_on_its_name_and_the_bag_only():
    assert [role_training.times_drawn("art3", b, None) for b in range(30)] == \
        [role_training.times_drawn("art3", b, None) for b in range(30)]
    assert {role_training.times_drawn("art3", b, 0.5) for b in range(30)} == {0, 1}
    draws = [role_training.times_drawn(f"art{i}", b, None) for i in range(50) for b in range(20)]
    assert 0.8 < sum(draws) / len(draws) < 1.2  # a Poisson(1) count: one draw per article on average


def test_the_bagged_model_is_the_same_file_on_every_run_and_ranks_the_right_pair_first():
    one = role_training.fit_bagged(ARTICLES, bags=5, c=0.5)
    two = role_training.fit_bagged(ARTICLES, bags=5, c=0.5)
    assert one.to_json() == two.to_json()
    assert one.meta["bags"] == 5 and one.meta["resample"] == "bootstrap"
    assert one.score(["s:sd=B0", "T=ACCUSE"]) > one.score(["s:sd=A0", "T=ACCUSE"])


def test_dropping_an_article_keeps_the_others_draws():
    without = ARTICLES[1:]
    for b in range(10):
        assert [role_training.times_drawn(n, b, None) for n, _ in without] == \
            [role_training.times_drawn(n, b, None) for n, _ in ARTICLES][1:]


def test_a_model_file_named_by_the_environment_is_read_instead_of_the_shipped_one(tmp_path, monkeypatch):
    path = tmp_path / "roles.json"
    path.write_text(learned.RoleModel({"s:sd=B0": 0.7}, bias=-1.5, threshold=-1.0).to_json(), encoding="utf-8")
    monkeypatch.setenv(learned.MODEL_ENV, str(path))
    monkeypatch.setattr(learned, "_SHIPPED", [])
    got = learned.current_model()
    assert got.weights == {"s:sd=B0": 0.7} and got.bias == -1.5


def test_a_missing_model_file_named_by_the_environment_is_an_error_not_the_rules_alone(tmp_path, monkeypatch):
    import pytest

    monkeypatch.setenv(learned.MODEL_ENV, str(tmp_path / "absent.json"))
    monkeypatch.setattr(learned, "_SHIPPED", [])
    with pytest.raises(FileNotFoundError):
        learned.current_model()


def _dump(path, events):
    path.write_text(json.dumps({"n": 0, "analysis": {"events": events}}) + "\n", encoding="utf-8")


def test_an_event_kept_by_one_model_only_counts_as_one_change(tmp_path):
    accuse = {"type": "ACCUSE", "actors": ["EGY", "ISR"], "directed": True, "sentence_start": 0,
              "trigger": {"start": 6}, "sentence": "اتهمت مصر إسرائيل بخرق الهدنة."}
    reject = dict(accuse, type="REJECT", actors=["ISR", "EGY"])
    _dump(tmp_path / "a.jsonl", [accuse])
    _dump(tmp_path / "b.jsonl", [accuse, reject])
    got = role_perturbation.count(str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"))
    assert (got["events"], got["gone"], got["came"]) == (1, 0, 1)


def test_the_two_dropped_sets_are_disjoint_and_the_same_each_run():
    names = [f"gold/a{i}.json" for i in range(20)]
    a, b = role_perturbation.dropped_sets(names, 5, 0)
    assert len(a) == len(b) == 5 and not set(a) & set(b)
    assert (a, b) == role_perturbation.dropped_sets(list(reversed(names)), 5, 0)
