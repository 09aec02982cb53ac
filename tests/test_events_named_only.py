"""Sides a sentence names only in one way (a backer's loyalty, a platform, a descent)."""
from core.events.actors import _ActorMention
from core.events.named_only import named_only, without_sides


def test_a_side_named_once_otherwise_is_not_barred():
    actors = [_ActorMention("IRN", 2, 3, 0, 0), _ActorMention("IRN", 7, 8, 0, 0), _ActorMention("twitter", 9, 10, 0, 0)]
    assert named_only(actors, lambda a: a.i > 5) == {"twitter"}
    assert named_only(actors, lambda a: a.i > 1) == {"IRN", "twitter"}


def test_pairs_with_a_barred_side_are_dropped():
    pairs = [(["USA", "twitter"], True), (["USA", "IRN"], True)]
    assert without_sides(pairs, {"twitter"}) == [(["USA", "IRN"], True)]
    assert without_sides(pairs, set()) is pairs
