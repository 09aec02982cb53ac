"""A visit told before its visitor (core.events.visits). Sentences written for the tests."""
from core import analyze


def _consult(text):
    return [v.actors for v in analyze(text, "2024-02-11").events if v.type == "CONSULT"]


def test_the_subject_after_the_comma_paid_the_fronted_visit():
    got = _consult("وخلال زيارته للولايات المتحدة الأسبوع الماضي، قال الرئيس البرازيلي إن التجارة ستتضاعف.")
    assert ["BRA", "USA"] in got


def test_a_visitor_named_by_her_title_after_the_comma():
    got = _consult("وخلال زيارتها للصين، دعت رئيسة الوزراء النيوزيلندية إلى التهدئة.")
    assert ["NZL", "CHN"] in got


def test_an_actor_inside_the_phrase_is_not_taken_for_the_visitor():
    """No comma ends the phrase before the next actor: it is part of the phrase, no subject."""
    got = _consult("وخلال زيارته للهند والصين قال المسؤول إن التجارة ستتضاعف.")
    assert ["CHN", "IND"] not in got and ["IND", "CHN"] not in got


def test_plural_speakers_did_not_pay_his_visit():
    """"بعد زيارته إلى X، قال مسؤولون Y": "his" takes up someone else than the officials."""
    got = _consult("وبعد زيارته للصين، قال مسؤولون يابانيون إن القمة ستعقد قريبا.")
    assert ["JPN", "CHN"] not in got


def _aimed(text):
    return [(v.type, v.actors) for v in analyze(text, "2024-02-11").events if v.type != "CONSULT"]


def test_the_place_of_a_fronted_visit_neither_calls_nor_is_called_on():
    """"خلال زيارتها لـ X، دعت Y إلى ...": Y calls; X, named only as where she was, is no side."""
    for text in ("خلال زيارتها للصين، دعت المستشارة الألمانية إلى حل سلمي للأزمة.",
                 "وفي زيارته لروسيا، طالب الرئيس التركي بوقف إطلاق النار في سوريا."):
        got = _aimed(text)
        assert not [a for _, a in got if "CHN" in a or "RUS" in a], (text, got)


def test_the_visited_state_named_again_after_the_verb_is_the_target():
    """"وفي زيارته لـ X، انتقد Y X": the visitor after the comma acts on the state he visits."""
    for text, pair in (("وفي زيارته لموسكو، انتقد الرئيس الفرنسي روسيا بسبب الحرب.", ["FRA", "RUS"]),
                       ("وخلال زيارتها لأنقرة، طالبت المستشارة الألمانية تركيا بالإفراج عن الصحفيين.", ["DEU", "TUR"])):
        got = [a for _, a in _aimed(text)]
        assert pair in got and pair[::-1] not in got, (text, got)


def test_a_visit_told_after_the_act_does_not_turn_it():
    """"وانتقدت الوزيرة البريطانية ... لولي العهد السعودي خلال زيارته إلى بريطانيا": the
    visit is the guest's, told after the act; the minister still criticises."""
    got = [a for t, a in _aimed("وانتقدت وزيرة الخارجية البريطانية الاستقبال الحافل لولي العهد السعودي "
                                "خلال زيارته إلى بريطانيا.") if t == "ACCUSE"]
    assert ["SAU", "GBR"] not in got, got
