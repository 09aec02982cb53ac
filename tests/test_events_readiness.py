"""An act a side says it is ready for is offered, not done (core.events.readiness).
Sentences written for the tests."""
from event_pairs import events


def test_a_readiness_for_talks_is_an_offer_not_talks():
    """"أعلن استعداده للدخول في محادثات مع Y": an AGREE, no CONSULT."""
    got = events("وأعلن الرئيس الإيراني استعداده للدخول في محادثات مع الولايات المتحدة.")
    assert got == [("AGREE", ["IRN", "USA"])]


def test_a_readiness_to_join_talks_others_hold_keeps_their_talks():
    """"استعدادها للمشاركة في المفاوضات الجارية بين X وY": the talks are held, by X and Y."""
    got = events("وأبدت اليابان استعدادها للمشاركة في المفاوضات الجارية بين الهند وباكستان.")
    assert ("CONSULT", ["IND", "PAK"]) in got


def test_a_readiness_to_take_part_in_talks_with_a_side_offers_them():
    """"استعدادها للمشاركة في محادثات مع Y": taking part offered, no CONSULT held."""
    got = events("وأبدت السويد استعدادها للمشاركة في محادثات مع فنلندا حول الحدود البحرية.")
    assert got == [("AGREE", ["SWE", "FIN"])]


def test_a_readiness_to_take_part_in_talks_between_others_keeps_their_talks():
    """"للمشاركة في المفاوضات بين X وY": X and Y's talks are theirs, told."""
    got = events("وأبدت السويد استعدادها للمشاركة في المفاوضات بين الهند وباكستان.")
    assert ("CONSULT", ["IND", "PAK"]) in got


def test_talks_held_are_still_talks():
    """"أجرى X محادثات مع Y": no readiness, the talks are told."""
    assert events("وأجرى الرئيس الإيراني محادثات مع نظيره الروسي في موسكو.") == [("CONSULT", ["IRN", "RUS"])]
