"""The side in construct with a verbal noun of an act done to someone is the one it is done
to, no source (core.events.object_genitives; construction_cues.tsv kind object_genitive);
sentences written for the tests."""
from core import analyze


def events(text, published="2026-03-01"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_the_one_to_be_persuaded_asks_no_side_of_what_he_is_asked():
    got = events("وصل الرئيس الفرنسي إلى واشنطن حيث سيحاول إقناع الرئيس الأمريكي بالبقاء في الاتفاق مع إيران.")
    assert ("REQUEST", ["USA", "IRN"], "إقناع") not in got
    assert ("CONSULT", ["FRA", "USA"], "وصل") in got


def test_a_group_to_be_persuaded_asks_no_side_of_what_it_is_asked():
    got = events("تبذل ألمانيا جهودا في إقناع دول أوروبية بالانسحاب من الاتفاق مع طهران.")
    assert not [e for e in got if e[2] == "إقناع" and e[1][-1] == "IRN"]


def test_a_genitive_with_its_object_after_lam_is_the_doer():
    got = events("أعلنت الحكومة تأييد روسيا لقرار مجلس الأمن.")
    assert ("SUPPORT", ["RUS", "unsc"], "تأييد") in got


def test_a_counterpart_named_by_his_adjective_is_the_one_persuaded():
    got = events("ويحاول الرئيس الكيني إقناع نظيره الإثيوبي بعدم الانسحاب من المفاوضات مع مصر.")
    assert ("REQUEST", ["ETH", "EGY"], "إقناع") not in got
