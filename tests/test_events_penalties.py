"""A prosecution demanding a named person's sentence (core.events.penalties)."""
from core import analyze


def _events(text):
    return [(e["type"], e["actors"]) for e in analyze(text).to_dict()["events"]]


def _on_persons(text):
    return [ev for ev in _events(text) if ev[1] and ev[1][-1].startswith("per-")]


def test_the_prosecution_demands_a_sentence_against_the_person_named_after_it():
    got = _events("وطالب الادعاء المغربي بإصدار حكم بالسجن عشرين عاما بحق رجل الأعمال سامي الخطيب.")
    assert ("REQUEST", ["MAR", "per-samy-al-khtyb"]) in got


def test_the_pronoun_means_the_person_named_before_the_verb():
    got = _events("قال أفراد من عائلة الناشط نادر الجمال إن النيابة العامة الأردنية طالبت بحكم بالإعدام ضده.")
    assert ("REQUEST", ["JOR", "per-nadr-al-jmal"]) in got


def test_a_person_among_the_group_the_sentence_falls_on():
    got = _events("وأوصت النيابة العامة التونسية باستصدار عقوبة الإعدام بحق خمسة من أعضاء الجمعية، من العاصمة، "
                  "بمن فيهم الشاب سامي الخطيب.")
    assert ("REQUEST", ["TUN", "per-samy-al-khtyb"]) in got


def test_a_demand_to_lift_the_sentence_spares_the_person():
    """(the sentence it asks lifted is another rule's: core.events.implied)"""
    assert ("REQUEST", ["JOR", "per-nadr-al-jmal"]) not in _on_persons("وطالبت الحكومة الأردنية بإلغاء حكم الإعدام بحق الناشط نادر الجمال.")


def test_a_noun_of_demanding_is_left_to_the_role_model():
    """"التماس"، "مطالبة": a petition's noun is mostly a plea by or for the convict."""
    got = _events("وأثارت مطالبة النيابة الأردنية بتنفيذ حكم الإعدام بحق الناشط نادر الجمال غضبا واسعا.")
    assert ("REQUEST", ["JOR", "per-nadr-al-jmal"]) not in got


def test_the_pronoun_means_the_one_person_told_arrested_when_he_has_two_names():
    """"X، المعروف باسم Y": two names for one man; "ضده" means the one the arrest was told of."""
    got = _events("اعتقلت السلطات الأردنية الناشط سامر حداد، المعروف باسم أبو فراس، في عمان. "
                  "وفي بداية العام، طالب المدعي العام بحكم بالإعدام ضده.")
    assert ("REQUEST", ["JOR", "per-samr-hdad"]) in got, got
