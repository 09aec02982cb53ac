"""An embassy moved to Jerusalem is moved by the state whose embassy it is
(core.events.embassy_movers). Sentences written for the tests."""
from event_pairs import events


def test_the_rejecter_of_an_embassy_move_is_no_mover():
    """"رفض بلاده لنقل السفارة البرازيلية": Malaysia rejects the move, Brazil makes it."""
    got = events("وشدد وزير الخارجية الماليزي في خطابه على رفض بلاده لنقل السفارة البرازيلية إلى القدس.")
    assert got == [("REJECT", ["MYS", "BRA"])]


def test_an_embassy_moved_by_its_own_state_backs_israel_not_a_side_compared():
    """"نقل سفارة بلاده إلى القدس في خطوة مماثلة لقرار الرئيس الأمريكي": Guatemala backs Israel."""
    got = events("وحضر الحفل رئيس غواتيمالا الذي قرر نقل سفارة بلاده إلى القدس في خطوة مماثلة لقرار الرئيس الأمريكي.")
    assert got == [("SUPPORT", ["GTM", "ISR"])]
