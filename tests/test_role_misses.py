"""scripts/role_misses.py: a missed event is put where the role model's candidates lost it."""

from core.events.learned import Candidate, RoleModel
from script_modules import load

role_misses = load("scripts/role_misses.py")

TEXT = "واتهمت مصر إسرائيل بخرق الهدنة."


def _candidate(source: str, target: str, typ: str) -> Candidate:
    key = ("B", "0", 0, "-", "COUNTRY:-", "0", False, typ, "v", "", "اتهم")
    return Candidate(source, target, [f"T={typ}"], ("p", "none", "st", False, False, "COUNTRY:-", "COUNTRY:-", typ,
                                                    "v", False), ("s",) + key, ("t",) + key, True)


def _miss(types: list[str]) -> dict:
    return {"type": types, "actors": ["EGY", "ISR"], "evidence": TEXT, "actors_unfound": []}


def _same(a: str, b: str) -> bool:
    return a == b


def test_a_right_pair_scored_under_the_threshold_is_below():
    bag = [(0, len(TEXT), "ACCUSE", [_candidate("EGY", "ISR", "ACCUSE"), _candidate("ISR", "EGY", "ACCUSE")])]
    got = role_misses.classify_miss(_miss(["ACCUSE"]), TEXT, bag, _same, RoleModel({"s:sr=B0": -1.0}, threshold=0.5))
    assert got["cause"] == "below" and got["pair"] == ["EGY", "ISR"] and got["margin"] < 0


def test_a_right_pair_of_another_type_only_is_other_type():
    bag = [(0, len(TEXT), "REJECT", [_candidate("EGY", "ISR", "REJECT")])]
    got = role_misses.classify_miss(_miss(["ACCUSE"]), TEXT, bag, _same, RoleModel({}))
    assert got["cause"] == "other_type" and got["pair_types"] == ["REJECT"]


def test_a_trigger_of_the_type_without_the_pair_is_not_candidate():
    bag = [(0, len(TEXT), "ACCUSE", [_candidate("EGY", "USA", "ACCUSE")])]
    assert role_misses.classify_miss(_miss(["ACCUSE"]), TEXT, bag, _same, RoleModel({}))["cause"] == "not_candidate"


def test_a_side_no_candidate_stands_for_is_named_with_its_type_and_where_it_is():
    bag = [(0, len(TEXT), "ACCUSE", [_candidate("EGY", "USA", "ACCUSE")])]
    sides = {"types": {"EGY": "COUNTRY", "ISR": "COUNTRY"},
             "entities": [{"id": "ISR", "mentions": [{"start": 11, "end": 18}]}]}
    got = role_misses.classify_miss(_miss(["ACCUSE"]), TEXT, bag, _same, RoleModel({}), sides)
    assert got["missing"] == ["COUNTRY:sentence"]


def test_a_person_side_is_told_with_its_role_and_how_the_tool_reads_him():
    """"واعتقلت الشرطة الناشط سامي الخطيب": a private person as the target, an official as the source."""
    sides = {"types": {"EGY": "COUNTRY", "per-samy": "PERSON", "per-wazir": "PERSON"},
             "entities": [{"id": "per-samy"}, {"id": "per-wazir", "actor": "EGY"}]}
    assert role_misses.person_sides(["EGY", "per-samy"], _same, sides) == ["target:private"]
    assert role_misses.person_sides(["per-wazir", "per-samy"], _same, sides) == ["source:official", "target:private"]
    assert role_misses.person_sides(["per-nadir", "EGY"], _same, {**sides, "types": {"per-nadir": "PERSON"}}) == ["source:none"]
    assert role_misses.person_sides(["EGY", "ISR"], _same, sides) == []
