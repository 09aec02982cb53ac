"""A state named right after a masculine verb of saying is its object, not its subject
(core.events.unagreeing); sentences written for the tests."""
from core import analyze


def events(text, published="2026-03-01"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_a_state_after_a_masculine_present_verb_asks_no_court():
    got = events("كما يطالب ليبيا بتسليم المطلوبين إلى المحكمة الجنائية الدولية.")
    assert ("REQUEST", ["LBY", "icc"], "يطالب") not in got


def test_the_doer_named_before_the_masculine_verb_threatens_the_state_after_it():
    got = events("وصف وزير الخارجية الإيراني خطاب رئيس الوزراء الإسرائيلي بأنه استعراض، بعد أن هدد طهران برد قاس.")
    assert ("THREATEN", ["IRN", "ISR"], "هدد") not in got


def test_a_masculine_state_stays_the_subject():
    got = events("وطالب العراق تركيا بسحب قواتها من أراضيه.")
    assert ("REQUEST", ["IRQ", "TUR"], "طالب") in got


def test_the_noun_spelled_as_the_verb_names_its_asker_after_it():
    got = events("وعقد مجلس الأمن جلسة طارئة بناء على طلب الجزائر.")
    assert ("REQUEST", ["DZA", "unsc"], "طلب") in got


def test_a_verbal_noun_spelled_as_the_verb_keeps_its_genitive_doer():
    got = events("ورفض سوريا للمبادرة الأمريكية يعرقل الحل السياسي.")
    assert ("REJECT", ["SYR", "USA"], "رفض") in got


def test_a_state_used_as_masculine_before_a_second_object_is_the_subject():
    got = events("وطالب الكويت العراق بتسليم الأسرى المفقودين.")
    assert ("REQUEST", ["KWT", "IRQ"], "طالب") in got


def test_a_request_noun_as_the_object_of_a_refusal_keeps_its_asker():
    got = events("ورفضت السلطات التونسية طلب ليبيا تسليم المطلوبين.")
    assert [e for e in got if e[0] == "REQUEST" and e[1][0] == "LBY"]
