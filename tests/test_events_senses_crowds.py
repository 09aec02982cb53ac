"""Words beside a trigger that tell a sense with no political event (trigger_senses.tsv):
a crowd one speaks before, support rallied rather than troops massed, a response in kind
called for rather than made; sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_a_crowd_one_speaks_before_masses_no_troops():
    got = events("وخطب الرئيس الإندونيسي جوكو ويدودو الأحد أمام حشد من مواطنيه في ماليزيا.")
    assert not [e for e in got if e[0] == "MOBILIZE"]


def test_rallying_support_masses_no_troops():
    got = events("وتحاول فرنسا حاليا حشد الدعم لفرض قيود جديدة على روسيا.")
    assert not [e for e in got if e[0] == "MOBILIZE"]


def test_troops_massed_stay_a_mobilisation():
    got = events("وحشد الجيش التركي دبابات ومدرعات على الحدود مع سوريا.")
    assert [e for e in got if e[0] == "MOBILIZE"]
