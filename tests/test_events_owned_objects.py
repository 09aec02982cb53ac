"""The owner of the object of a verb whose subject the sentence drops is the act's target
(core.events.owned_objects): sentences written for the tests, read by the rules alone."""
from core import analyze


def events(text):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, "2023-01-17").events]


def test_the_adjective_of_the_object_is_the_target_of_the_carried_subject(rules_only):
    text = "انتقدت إيران فرنسا بشدة. ورفضت الاتهامات الأمريكية."
    assert events(text) == [("ACCUSE", ["IRN", "FRA"], "انتقدت"), ("REJECT", ["IRN", "USA"], "رفضت")]


def test_the_name_after_the_object_in_construct_is_the_target_of_the_speaker(rules_only):
    text = "قال وزير الخارجية الإيراني إن المفاوضات فشلت. وانتقد موقف الولايات المتحدة."
    assert events(text) == [("ACCUSE", ["IRN", "USA"], "انتقد")]


def test_a_named_subject_keeps_its_act(rules_only):
    text = "انتقدت إيران فرنسا بشدة. ورفضت الحكومة الأمريكية الاتهامات الإيرانية."
    assert ("REJECT", ["USA", "IRN"], "رفضت") in events(text)


def test_strikes_are_the_subject_of_a_strike(rules_only):
    text = "قصفت الطائرات الروسية مدينة إدلب أمس. واستهدفت الضربات الأمريكية مواقع في مدينة الرقة."
    assert events(text) == [("ASSAULT", ["RUS", "idlib"], "قصفت"), ("ASSAULT", ["USA", "unnamed-targets-syr"], "الضربات")]


def test_sanctions_that_threaten_are_the_subject_of_the_threat(rules_only):
    text = "قال وزير الخارجية الإيراني إن المفاوضات فشلت. وهددت العقوبات الأمريكية الاقتصاد الإيراني."
    assert [(t, a) for t, a, _ in events(text)] == [("THREATEN", ["USA", "IRN"])]


def test_an_actor_after_the_owner_is_the_verbs_object(rules_only):
    text = "انتقدت تركيا اليونان بشدة. وانتقدت التصريحات الأمريكية إيران."
    assert [(t, a) for t, a, _ in events(text)] == [("ACCUSE", ["TUR", "GRC"]), ("ACCUSE", ["USA", "IRN"])]
