"""The author an attack noun names with ل right after it is the attacker, the side named
among the dead before it the target (core.events.attack_authors). Sentences written for
the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_soldiers_killed_in_an_attack_of_a_group_are_its_target():
    got = events("قتل عشرة من عناصر قسد في هجوم لتنظيم داعش.")
    assert ("ASSAULT", ["isis", "sdf"]) in got and ("ASSAULT", ["sdf", "isis"]) not in got


def test_attacks_of_a_movement_named_after_its_head_word():
    got = events("وقتل ستة جنود أفغان في هجمات لحركة طالبان.")
    assert ("ASSAULT", ["taliban", "AFG"]) in got and ("ASSAULT", ["AFG", "taliban"]) not in got


def test_an_attack_on_a_named_side_keeps_its_attacker():
    assert ("ASSAULT", ["ISR", "hamas"]) in events("وشن الجيش الإسرائيلي غارة على حركة حماس في غزة.")


def test_a_blow_to_a_state_is_not_its_own():
    """"ضربة لتايوان": the ل of a blow names whom it hits (ضربة is left out of the nouns)."""
    from core.events.attack_authors import authored_forms

    assert "ضربه" not in authored_forms() and {"هجوم", "والهجوم", "بغاره", "كمينا"} <= authored_forms()
