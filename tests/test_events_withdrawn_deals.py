"""A withdrawal from an agreement with a named party acts on that party
(core.events.withdrawn_deals). Sentences written for the tests."""
from event_pairs import events


def test_a_withdrawal_told_again_is_aimed_at_the_agreements_party_not_a_side_named_near():
    """"إن انسحاب كندا من الاتفاق التجاري الكوبي عبرة للمكسيك": Canada acts on Cuba."""
    got = events("وقال وزير الخارجية الكوبي إن انسحاب كندا من الاتفاق التجاري الكوبي ينبغي أن يكون عبرة للمكسيك.")
    assert got == [("SANCTION", ["CAN", "CUB"])]


def test_a_withdrawal_from_a_treaty_named_after_both_sides_acts_on_the_other():
    """"أعلنت البرازيل انسحابها من المعاهدة البرازيلية الأرجنتينية": Brazil, the first
    adjective, withdraws; the other side is the party."""
    got = events("وأعلنت البرازيل انسحابها من المعاهدة البرازيلية الأرجنتينية لتقاسم المياه.")
    assert got == [("SANCTION", ["BRA", "ARG"])]


def test_a_withdrawal_from_a_deal_named_after_the_withdrawer_keeps_its_reading():
    """"أعلنت كوبا انسحابها من الاتفاق التجاري الكوبي": no other party named, the pair read
    stays."""
    got = events("وأعلنت كوبا انسحابها من الاتفاق التجاري الكوبي ردا على الرسوم الكندية.")
    assert got == [("SANCTION", ["CUB", "CAN"])]


def test_a_troop_withdrawal_keeps_its_sides():
    """"انسحاب قواته من جنوب لبنان": no agreement left, the rule leaves the retreat."""
    got = events("وأعلن الجيش الإسرائيلي انسحاب قواته من جنوب لبنان.")
    assert got == [("RETREAT", ["ISR", "south-lebanon"])]
