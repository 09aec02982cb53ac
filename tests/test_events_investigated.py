"""An investigation into a named private person (core.events.investigated)."""
from core import analyze


def _events(text):
    return [(e["type"], e["actors"]) for e in analyze(text).to_dict()["events"]]


def test_the_prosecution_investigates_the_person_after_its_preposition():
    got = _events("وباشرت النيابة العامة المغربية التحقيق مع رجل الأعمال سامي الخطيب في تهم فساد.")
    assert ("ACCUSE", ["MAR", "per-samy-al-khtyb"]) in got


def test_what_is_looked_into_may_stand_before_the_name():
    got = _events("وبدأت هيئة الرقابة المالية في فرنسا تحقيقا في ممارسات نادر الجمال منذ عام.")
    assert ("ACCUSE", ["FRA", "per-nadr-al-jmal"]) in got


def test_a_case_named_for_the_person_is_mostly_his_death():
    """"التحقيق في قضية مقتل X": X is the victim, not the one investigated."""
    got = _events("وتواصل السلطات المغربية التحقيق في قضية مقتل الشاب سامي الخطيب.")
    assert ("ACCUSE", ["MAR", "per-samy-al-khtyb"]) not in got


def test_a_description_without_a_name_points_to_the_person_told_arrested():
    got = _events("واعتقلت السلطات المغربية الناشط سامي الخطيب في الرباط.\n"
                  "وقال المتحدث باسم الشرطة إن الأجهزة المغربية تجري تحقيقاتها مع الناشط المعتقل.")
    assert ("ACCUSE", ["MAR", "per-samy-al-khtyb"]) in got


def test_a_description_points_to_no_one_when_two_persons_were_arrested():
    got = _events("واعتقلت السلطات المغربية الناشط سامي الخطيب في الرباط.\n"
                  "كما اعتقلت السلطات المغربية الصحفي نادر الجمال في طنجة.\n"
                  "وقال المتحدث باسم الشرطة إن الأجهزة المغربية تجري تحقيقاتها مع الناشط المعتقل.")
    assert not [ev for ev in got if ev[0] == "ACCUSE" and ev[1][-1].startswith("per-")]
