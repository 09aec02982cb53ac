"""A withdrawal from an agreement with a named party acts on that party
(core.events.withdrawn_deals). Sentences written for the tests."""
from core import analyze


def events(text):
    return [(v.type, v.actors) for v in analyze(text, "2024-01-01").events]


def test_a_withdrawal_told_again_is_aimed_at_the_agreements_party_not_a_side_named_near():
    """"إن انسحاب واشنطن من الاتفاق النووي الإيراني درس للسعودية": the United States acts on Iran."""
    got = events("وقال الوزير الإيراني إن انسحاب واشنطن من الاتفاق النووي الإيراني ينبغي أن يكون درسا للسعودية.")
    assert got == [("SANCTION", ["USA", "IRN"])]


def test_a_troop_withdrawal_keeps_its_sides():
    """"انسحاب قواته من جنوب لبنان": no agreement left, the rule leaves the retreat."""
    got = events("وأعلن الجيش الإسرائيلي انسحاب قواته من جنوب لبنان.")
    assert got == [("RETREAT", ["ISR", "south-lebanon"])]
