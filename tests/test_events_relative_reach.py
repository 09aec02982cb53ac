"""A relative verb with its own subject, or a participle with its doer after من, tells an act
between that doer and its noun, none of whose sides the main clause names before the noun
(core.events.relative_reach); sentences written for the tests."""
from core import analyze


def events(text, published="2018-05-10"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_the_main_subject_is_no_side_of_a_relative_verb_with_its_own_subject():
    """"انتقدت X اللاجئين الذين طردتهم Y": Y expels the refugees; X expels no one, is not expelled."""
    got = events("وانتقدت تركيا اللاجئين الذين طردتهم اليونان من الجزيرة.")
    assert not [e for e in got if e[0] != "ACCUSE"]


def test_the_main_object_is_no_side_of_a_participle_with_its_doer():
    """"تضغط X على موسكو لإخراج المقاتلين المدعومين من إيران": Iran backs the fighters, not Russia."""
    got = events("وتضغط فرنسا على موسكو لإخراج المقاتلين المدعومين من إيران من المنطقة.")
    assert not [e for e in got if e[0] == "SUPPORT" and "RUS" in e[1]]


def test_the_antecedent_stays_a_side():
    """"زار X اليابان التي زارها Y": the antecedent is visited."""
    got = events("وتراجعت المبادلات الهندية الفرنسية مقارنة بمبادلات فرنسا مع اليابان التي زارها ماكرون في يناير.")
    assert ("CONSULT", ["FRA", "JPN"]) in got


def test_a_noun_taking_up_the_clause_before_keeps_its_sides():
    """"اتهمت X Y بـ...، الأمر الذي نفته Y": Y denies X's claim."""
    got = events("واتهمت بريطانيا روسيا بتسميم الجاسوس، الأمر الذي تنفيه روسيا بشكل قاطع.")
    assert ("REJECT", ["RUS", "GBR"]) in got


def test_a_denial_keeps_the_claimant_named_before():
    """"مزاعم X بشأن تسميم الجاسوس التي تنفيها Y": Y denies X's claims."""
    got = events("وقال إن موسكو لا تهتم بمزاعم بريطانيا بشأن تسميم الجاسوس التي تنفيها روسيا.")
    assert [e for e in got if e[0] == "REJECT"] in ([], [("REJECT", ["RUS", "GBR"])])
