"""Sanctioned individuals stay PERSON targets (SCHEMA.md), beside the event on the state or
group a sanction names; sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_a_person_sanctioned_is_the_target():
    found = events("وفرضت وزارة الخزانة الأمريكية عقوبات على رجل الأعمال الروسي أوليغ ديريباسكا.")
    assert ("SANCTION", ["USA", "per-awlygh-dyrybaska"]) in found, found


def test_a_leader_sanctioned_and_his_deputy_joined_by_and_are_targets_beside_his_group():
    found = events("وفرضت الولايات المتحدة عقوبات على الأمين العام لحزب الله حسن نصر الله ونائبه نعيم قاسم.")
    for person in ("hassan-nasrallah", "naim-qassem"):
        assert ("SANCTION", ["USA", person]) in found, found


def test_persons_close_to_a_leader_are_not_the_leader():
    found = events("وفرضت الإدارة الأمريكية عقوبات جديدة تستهدف شخصيات مقربة من الرئيس الروسي فلاديمير بوتين.")
    assert not any("vladimir-putin" in a for _, a in found), found


def test_a_name_past_a_pause_is_the_next_clause_s_subject():
    found = events("وبعد تشديد العقوبات على قادة إيران، دعا السيناتور جون ريس الإدارة الأمريكية إلى الانسحاب من الاتفاق.")
    assert not any(t == "SANCTION" and any(x.startswith("per-") for x in a) for t, a in found), found


def test_restrictions_on_acts_fall_on_no_person_named_after_them():
    found = events("وفرضت السلطات الإثيوبية قيودا مشددة على أي نشاط جماهيري عقب استقالة رئيس الوزراء هايلي ميريام ديسالين.")
    assert not any(t == "SANCTION" and any(x.startswith("per-") or "desalegn" in x for x in a) for t, a in found), found


def test_a_state_right_after_the_sanction_is_what_it_falls_on():
    found = events("وفرضت واشنطن عقوبات على كوريا الشمالية ودعت الرئيس كيم جونغ أون إلى التفاوض.")
    assert not any(t == "SANCTION" and "PRK" not in a for t, a in found), found
