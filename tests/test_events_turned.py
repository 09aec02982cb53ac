"""Directed pairs turned round by the rules that find a side on the wrong end."""
from core.events.turned import turned_round, turned_to_source


def test_only_the_directed_pairs_the_rule_names_are_turned():
    pairs = [(["IRN", "USA"], True), (["IRN", "USA"], False), (["IRQ", "SYR"], True)]
    got = turned_round(pairs, lambda s, t: t == "USA")
    assert got == [(["USA", "IRN"], True), (["IRN", "USA"], False), (["IRQ", "SYR"], True)]


def test_a_target_turned_to_source_is_kept_once():
    """"في حين تتهمها واشنطن": both readings become USA -> IRN, told once."""
    pairs = [(["IRN", "USA"], True), (["USA", "IRN"], True), (["USA", "USA"], True)]
    assert turned_to_source(pairs, "USA") == [(["USA", "IRN"], True), (["USA", "USA"], True)]
