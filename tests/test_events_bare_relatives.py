"""The subject of an indefinite act noun's relative clause with no "التي" is the act's
author (core.events.bare_relatives); sentences written for the tests."""
from core import analyze


def events(text, published="2026-03-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_sanctions_imposed_by_a_named_side_are_that_sides():
    got = events("ويعاني اقتصاد فنزويلا من عقوبات قاسية فرضتها الولايات المتحدة منذ عام 2019.")
    assert ("SANCTION", ["VEN", "USA"]) not in got
    assert ("SANCTION", ["USA", "VEN"]) in got


def test_sanctions_after_their_adjective_are_the_clause_subjects():
    got = events("وتضرر اقتصاد إيران كثيرا من عقوبات جديدة فرضتها بريطانيا العام الماضي.")
    assert ("SANCTION", ["IRN", "GBR"]) not in got
    assert ("SANCTION", ["GBR", "IRN"]) in got

