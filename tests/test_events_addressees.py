"""A named addressee beside an unnamed one is asked (core.events.addressees). Sentences
written for the tests."""
from core import analyze
from core.events.actors import _ActorMention
from core.events.addressees import named_beside
from core.text import normalize_with_offsets, tokenize


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




def test_a_state_after_in_is_where_the_parties_are_not_one_singled_out():
    """"جميع الأطراف في سوريا": في alone singles no one out (only with "رأسها"، "مقدمتها")."""
    text = "ودعت الأمم المتحدة جميع الأطراف في سوريا إلى وقف القتال"
    toks = tokenize(normalize_with_offsets(text))
    syria = _ActorMention("SYR", 6, 7, 0, 0, kind="COUNTRY")
    assert not named_beside(toks, text, [syria], 5)
    text = "ودعت الأمم المتحدة جميع الأطراف وفي مقدمتها سوريا إلى وقف القتال"
    toks = tokenize(normalize_with_offsets(text))
    assert named_beside(toks, text, [_ActorMention("SYR", 7, 8, 0, 0, kind="COUNTRY")], 5)
