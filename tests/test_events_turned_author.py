"""The one turn of pairs onto the author a construct names (core.events.turned)."""
from core.events.turned import turned_to_author


def test_pairs_onto_the_author_are_turned_and_a_repeat_dropped():
    pairs = [(["TUR", "GRC"], True), (["GRC", "TUR"], True), (["TUR", "GRC"], False)]
    assert turned_to_author(pairs, "GRC") == [(["GRC", "TUR"], True), (["TUR", "GRC"], False)]


def test_pairs_with_no_author_or_none_aimed_at_it_stay_as_they_are():
    pairs = [(["TUR", "GRC"], True), (["TUR", "GRC"], True)]
    assert turned_to_author(pairs, None) is pairs
    assert turned_to_author(pairs, "TUR") is pairs
