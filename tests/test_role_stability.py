"""scripts/role_stability.py: the triggers whose kept pairs differ between two retrained models."""

from core.events.learned import Candidate, RoleModel
from script_modules import load

role_stability = load("scripts/role_stability.py")


def _candidate(source: str, target: str, side: str) -> Candidate:
    key = (side, "0", 0, "-", "COUNTRY:-", "0", False, "ACCUSE", "v", "", "اتهم")
    return Candidate(source, target, ["T=ACCUSE"], ("p", "none", "st", False, False, "COUNTRY:-", "COUNTRY:-",
                                                    "ACCUSE", "v", False), ("s",) + key, ("t",) + key, True)


# one trigger ("اتهمت مصر إسرائيل ..."), its two orders of the pair
TRIGGERS = [[_candidate("EGY", "ISR", "B"), _candidate("ISR", "EGY", "A")]]


def test_a_model_that_keeps_the_pair_and_one_that_keeps_none_differ_on_the_trigger():
    keeps = RoleModel({"s:sd=B0": 1.0}, bias=1.0)
    drops = RoleModel({}, bias=-5.0)
    got_keep, got_drop = role_stability.decisions(keeps, TRIGGERS), role_stability.decisions(drops, TRIGGERS)
    assert got_keep == [frozenset({("EGY", "ISR", True)})]
    assert got_drop == [frozenset()]
    assert role_stability.flips(got_keep, got_drop) == 1


def test_models_that_keep_the_same_pair_with_other_scores_do_not_flip():
    strong = RoleModel({"s:sd=B0": 2.0}, bias=1.0)
    weak = RoleModel({"s:sd=B0": 0.5}, bias=0.2)
    assert role_stability.flips(role_stability.decisions(strong, TRIGGERS),
                                role_stability.decisions(weak, TRIGGERS)) == 0


def test_the_other_direction_kept_is_a_flip():
    source_first = RoleModel({"s:sd=B0": 1.0}, bias=0.5)
    source_after = RoleModel({"s:sd=A0": 1.0}, bias=0.5)
    assert role_stability.flips(role_stability.decisions(source_first, TRIGGERS),
                                role_stability.decisions(source_after, TRIGGERS)) == 1
