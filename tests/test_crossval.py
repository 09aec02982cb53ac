"""Cross-validation by article, the learned role model and the scorer's UNNAMED rule."""
import json
from pathlib import Path

import pytest

from core import crossval
from core.evaluate import Score, score_article
from core.events import learned
from script_modules import load

REFERENCE = Path(__file__).resolve().parent.parent / "data" / "gold" / "morocco-israel-2023.json"


def _gold_dir(tmp_path: Path, n: int) -> Path:
    for i in range(n):
        (tmp_path / f"a{i}.txt").write_text("اتفق المغرب وإسرائيل على التعاون في مواجهة إيران.", encoding="utf-8")
        (tmp_path / f"a{i}.json").write_text(json.dumps({
            "id": f"a{i}", "published": "2023-01-17",
            "entities": [{"id": "MAR", "type": "COUNTRY", "mentions": ["المغرب"]},
                         {"id": "ISR", "type": "COUNTRY", "mentions": ["إسرائيل"]},
                         {"id": "IRN", "type": "COUNTRY", "mentions": ["إيران"]}],
            "times": [], "events": [{"type": "AGREE", "actors": ["MAR", "ISR"], "directed": False,
                                     "date": "2023-01-17", "evidence": "اتفق المغرب وإسرائيل على التعاون"}]}),
            encoding="utf-8")
    return tmp_path


def test_folds_split_articles_once_and_the_same_way_every_run(tmp_path):
    paths = crossval.gold_articles([_gold_dir(tmp_path, 7)])
    folds = crossval.split_folds(paths, 3)
    assert sorted(p for f in folds for p in f) == sorted(paths)
    assert max(map(len, folds)) - min(map(len, folds)) <= 1
    assert folds == crossval.split_folds(list(reversed(paths)), 3)


def test_too_few_articles_for_the_folds_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="cannot make"):
        crossval.split_folds(crossval.gold_articles([_gold_dir(tmp_path, 2)]), 3)


def test_cross_validation_trains_each_fold_and_restores_the_shipped_component(tmp_path):
    calls = []

    def train(paths):
        calls.append(len(paths))
        return "model"

    used = []
    scores, pooled = crossval.cross_validate([_gold_dir(tmp_path, 4)], 2, [("fake", train, used.append)])
    assert calls == [2, 2] and len(scores) == 2 and len(pooled.articles) == 4
    assert used[-1] is None  # the shipped component is back after the run
    assert Score.total(pooled.events).tp == 4


def test_role_model_learns_from_tiny_gold_and_round_trips(tmp_path):
    model = learned.train_on_gold(crossval.gold_articles([_gold_dir(tmp_path, 3)]))
    assert model.weights and learned.RoleModel.from_json(model.to_json()) == model
    assert model.meta["positives"] and model.meta["rows"] > model.meta["positives"]


def test_shipped_role_model_is_loaded_once():
    assert learned.current_model() is learned.current_model()


def test_unnamed_actor_is_no_entity_and_its_unmatched_event_no_false_alarm():
    gold = json.loads(REFERENCE.read_text(encoding="utf-8"))
    out = {"entities": [{"id": "gunmen-mar", "type": "UNNAMED", "mentions": [{"text": "مسلحون"}]}],
           "times": [], "events": [{"type": "ASSAULT", "actors": ["gunmen-mar", "MAR"], "date": None}]}
    s = Score()
    score_article(gold, out, REFERENCE.with_suffix(".txt").read_text(encoding="utf-8"), s)
    assert Score.total(s.events).fp == 0 and Score.total(s.entities).fp == 0


def _event_errors():
    """scripts/event_errors.py as a module (scripts are no package)."""
    return load("scripts/event_errors.py")


def test_event_errors_lists_a_miss_and_a_false_alarm_as_the_scorer_pairs_them():
    mod = _event_errors()
    gold = {"entities": [{"id": "EGY", "type": "COUNTRY", "mentions": ["مصر"]},
                         {"id": "JOR", "type": "COUNTRY", "mentions": ["الأردن"]}],
            "events": [{"type": "CONSULT", "actors": ["EGY", "JOR"], "evidence": "بحثت مصر والأردن"},
                       {"type": ["AGREE"], "actors": ["EGY", "JOR"], "evidence": "اتفقت مصر والأردن"}]}
    out = {"entities": [{"id": "EGY", "type": "COUNTRY", "mentions": [{"text": "مصر"}]},
                        {"id": "JOR", "type": "COUNTRY", "mentions": [{"text": "الأردن"}]}],
           "events": [{"type": "CONSULT", "actors": ["JOR", "EGY"]},
                      {"type": "ACCUSE", "actors": ["EGY", "JOR"], "trigger": {"text": "اتهمت"}, "sentence": "س"}]}
    errs = mod.article_errors(gold, out)
    assert [(e["kind"], e["type"]) for e in errs] == [("miss", ["AGREE"]), ("false alarm", ["ACCUSE"])]
    assert errs[0]["tool_same_actors"] == ["ACCUSE", "CONSULT"]
    assert errs[1]["trigger"] == "اتهمت"
    assert errs[0]["no_trigger"] is False  # "اتفقت" is an AGREE wording


def test_event_errors_label_a_miss_whose_evidence_has_no_wording_of_its_type():
    mod = _event_errors()
    gold = {"entities": [{"id": "EGY", "type": "COUNTRY", "mentions": ["مصر"]},
                         {"id": "JOR", "type": "COUNTRY", "mentions": ["الأردن"]}],
            "events": [{"type": "CONSULT", "actors": ["EGY", "JOR"], "evidence": "حضر ممثلون لمصر حفل سفارة الأردن"}]}
    errs = mod.article_errors(gold, {"entities": [], "events": []})
    assert errs[0]["no_trigger"] is True


def test_event_errors_count_a_country_reachable_through_an_official_as_found():
    mod = _event_errors()
    gold = {"entities": [{"id": "USA", "type": "COUNTRY", "mentions": [], "optional": True},
                         {"id": "IRN", "type": "COUNTRY", "mentions": ["إيران"]},
                         {"id": "houthis", "type": "ORG", "mentions": ["الحوثيين"]}],
            "events": [{"type": "ACCUSE", "actors": ["USA", "IRN"], "evidence": "انتقد الرئيس الأمريكي إيران"},
                       {"type": "ACCUSE", "actors": ["houthis", "IRN"], "evidence": "انتقد الحوثيون إيران"}]}
    out = {"entities": [{"id": "trump", "type": "PERSON", "actor": "USA", "mentions": [{"text": "ترامب"}]},
                        {"id": "IRN", "type": "COUNTRY", "actor": "IRN", "mentions": [{"text": "إيران"}]}],
           "events": []}
    errs = mod.article_errors(gold, out)
    assert [e["actors_unfound"] for e in errs] == [[], ["الحوثيين"]]
