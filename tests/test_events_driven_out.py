"""The armed group an expulsion by force names is driven out, not the attacker
(core.events.driven_out). Sentences written for the tests."""
from core import analyze


def assaults(text, published="2024-01-01"):
    return [v.actors for v in analyze(text, published).events if v.type == "ASSAULT"]


def test_the_group_after_a_governed_noun_of_driving_out_is_the_target():
    assert assaults("تمكنت القوات العراقية من طرد داعش من جميع المدن العراقية.") == [["IRQ", "isis"]]


def test_the_verb_with_its_subject_first_is_read_as_before():
    assert assaults("طردت القوات العراقية داعش من الموصل.") == [["IRQ", "isis"]]


def test_the_group_driven_out_attacks_no_place_it_holds():
    got = assaults("وأطلقت تركيا عملية عسكرية لطرد وحدات حماية الشعب الكردية التي تسيطر على منطقة عفرين السورية.")
    assert ["TUR", "ypg"] in got and not [p for p in got if p[0] == "ypg"]


def test_a_group_after_a_finite_verb_may_be_its_subject():
    # verb first: the group drives the forces out
    assert assaults("وطرد تنظيم داعش القوات العراقية من مدينة الرمادي.") == [["isis", "IRQ"]]
