"""An act asked for through a noun of degree is asked for, not done
(core.events.called_steps). Sentences written for the tests."""
from event_pairs import events


def test_a_call_to_tighten_sanctions_imposes_none():
    """"دعت X إلى تشديد العقوبات على Y": X asks, no sanction is imposed."""
    assert events("ودعت فرنسا إلى تشديد العقوبات على إيران.") == [("REQUEST", ["FRA", "IRN"])]


def test_a_call_to_widen_sanctions_imposes_none():
    """"طالبت X بتوسيع العقوبات على Y": a new degree asked for, no sanction imposed."""
    assert events("وطالبت النرويج بتوسيع العقوبات على كوريا الشمالية.") == [("REQUEST", ["NOR", "PRK"])]


def test_a_call_to_extend_a_truce_leaves_the_truce_standing():
    """"طالبت X بتمديد الهدنة بين Y وZ": the truce runs already, it stays told."""
    got = events("وطالبت الأردن بتمديد الهدنة بين إسرائيل وحماس.")
    assert ("RETREAT", ["ISR", "hamas"]) in got


def test_a_decision_to_tighten_sanctions_is_still_a_sanction():
    """"قررت X تشديد العقوبات على Y": no call, the sanction is told."""
    assert events("وقررت فرنسا تشديد العقوبات على إيران.") == [("SANCTION", ["FRA", "IRN"])]
