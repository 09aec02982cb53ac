"""A body named as who holds, organises or hosts a gathering ("قمة يعقدها الاتحاد
الأوروبي") is where others meet, not a side of the meeting (core.events.venues).
Sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_summit_held_by_a_union_has_no_union_side():
    got = events("وتحضر رئيسة الوزراء البريطانية قمة يعقدها الاتحاد الأوروبي بمشاركة بريطانيا الشهر المقبل.")
    assert not [e for e in got if e[0] == "CONSULT" and "eu" in e[1]]


def test_a_meeting_a_league_hosts_has_no_league_side():
    got = events("وسيحضر الرئيس المصري اجتماعا تستضيفه الجامعة العربية في القاهرة.")
    assert not [e for e in got if e[0] == "CONSULT" and any("arab" in a for a in e[1])]


def test_a_meeting_a_body_held_with_a_state_is_still_theirs():
    got = events("وقال مسؤول إن الاجتماع الذي عقده الاتحاد الأوروبي مع بريطانيا كان بناء.")
    assert [e for e in got if e[0] == "CONSULT" and "GBR" in e[1] and len(e[1]) == 2]


def test_two_leaders_meeting_at_a_hosted_meeting_are_its_sides():
    """The league hosting the meeting is not whom the president met: the king is."""
    got = events("وحضر الرئيس المصري اجتماعا تستضيفه الجامعة العربية والتقى خلاله العاهل الأردني.")
    assert got == [("CONSULT", ["EGY", "JOR"])]
