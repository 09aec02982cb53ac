"""Attacks on a coalition hit the coalition, not the state named after it as its leader or
founder (core.events.leaders). Sentences and names made up for the tests."""
from core import analyze


def events(text, published="2024-01-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_the_founder_of_a_coalition_attacked_is_no_target():
    assert events("وهاجم مسلحون قاعدة للتحالف الذي شكلته الولايات المتحدة في العراق.") == []


def test_the_leader_of_a_coalition_attacked_is_no_target():
    assert events("وهاجم مسلحون قاعدة للتحالف الذي تقوده الولايات المتحدة في العراق.") == []


def test_a_founder_named_as_hit_as_well_stays_a_target():
    assert ("ASSAULT", ["unnamed-unidentified-armed-group-usa", "USA"]) in events(
        "وهاجم مسلحون قاعدة للتحالف الذي تقوده الولايات المتحدة وقاعدة أمريكية أخرى.")
