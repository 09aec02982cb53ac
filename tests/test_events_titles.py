"""Officials taken up by their title alone (core.events.titles): sentences written for the
tests, read by the rules alone."""
from core import analyze


def events(text):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, "2023-01-17").events]


def test_the_minister_is_the_one_state_whose_minister_was_named_before(rules_only):
    text = "قال وزير الخارجية الإيراني إن الزيارة كانت ناجحة. واتهم الوزير الولايات المتحدة بدعم الإرهاب."
    assert events(text) == [("ACCUSE", ["IRN", "USA"], "اتهم")]


def test_the_king_is_the_subject_not_the_state_after_him(rules_only):
    text = "وصل الملك الأردني إلى مدينة العقبة أمس. وطالب الملك الولايات المتحدة بزيادة المساعدات."
    assert events(text) == [("REQUEST", ["JOR", "USA"], "طالب")]


def test_the_minister_takes_up_no_one_when_two_states_ministers_were_named(rules_only):
    text = "التقى وزير الخارجية المصري نظيره الأردني في القاهرة. واتهم الوزير إسرائيل بعرقلة السلام."
    assert events(text) == [("CONSULT", ["EGY", "JOR"], "التقى")]


def test_a_prime_minister_is_no_president(rules_only):
    text = "وصل رئيس الوزراء الإسرائيلي إلى مدينة العقبة أمس. وانتقد الرئيس تركيا بشدة."
    assert events(text) == []


def test_a_described_title_is_another_official(rules_only):
    text = "وصل الملك الأردني إلى مدينة العقبة أمس. وطالب الملك الراحل الولايات المتحدة بزيادة المساعدات."
    assert events(text) == []
