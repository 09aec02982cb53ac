"""The source of sanctions a sentence takes up from the one before (core.events.told_sanctions)."""
from core import analyze


def _events(text):
    return [(e["type"], e["actors"]) for e in analyze(text).to_dict()["events"]]


def test_the_sanctions_named_again_keep_the_source_of_the_sentence_before():
    got = _events("أعلنت وزارة الخزانة البريطانية فرض عقوبات جديدة على شركات تجارية.\n"
                  "وذكر البيان أن العقوبات الجديدة تستهدف رجل الأعمال سامي الخطيب.")
    assert ("SANCTION", ["GBR", "per-samy-al-khtyb"]) in got


def test_no_source_when_the_sentence_before_told_of_no_sanctions():
    got = _events("زار وزير الخارجية البريطاني العاصمة اللبنانية أمس.\n"
                  "وقال مراقبون إن العقوبات الجديدة تستهدف رجل الأعمال سامي الخطيب.")
    assert not [ev for ev in got if ev[0] == "SANCTION" and ev[1][-1].startswith("per-")]
