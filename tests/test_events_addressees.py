"""A named addressee beside an unnamed one is asked (core.events.addressees). Sentences
written for the tests."""
from core import analyze


def _requests(text: str) -> list[list[str]]:
    return [v.actors for v in analyze(text, "2024-01-01").events if v.type == "REQUEST"]


def test_a_body_joined_to_the_international_community_is_asked():
    """"حثت X المجتمع الدولي ومجلس الأمن على": the council is asked."""
    assert ["arab-league", "unsc"] in _requests("وحثت الجامعة العربية المجتمع الدولي ومجلس الأمن على التحرك لوقف القتال.")


def test_states_singled_out_of_all_are_asked():
    """"طالب X جميع الدول، خاصة روسيا وإيران، بـ": both are asked."""
    got = _requests("وطالب الاتحاد الأوروبي جميع الدول، خاصة روسيا وإيران، بالضغط على الحكومة السورية.")
    assert ["eu", "RUS"] in got and ["eu", "IRN"] in got


def test_an_unnamed_addressee_alone_still_asks_no_one():
    """"دعت فرنسا المجتمع الدولي إلى دعم لبنان": Lebanon is what is asked for, not of whom;
    an actor after a comma opens a clause of its own."""
    assert _requests("ودعت فرنسا المجتمع الدولي إلى دعم لبنان.") == []
    assert _requests("ودعت الكويت المجتمع الدولي، والأمم المتحدة تتابع الوضع، إلى التحرك.") == []
