"""A speaker who only tells of an act is no side of it (core.events.reported_doers).
Sentences written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(v.type, v.actors) for v in analyze(text, "2024-01-01").events]


def test_activists_tell_of_a_dispersal_they_did_not_make():
    """"أكد ناشطون أن تفريق ميليشيا الحوثي للمعتصمين ...": the activists disperse no one."""
    assert _events("وأكد ناشطون يمنيون أن تفريق ميليشيا الحوثي للمعتصمين أمام الوزارة له هدف سياسي.") == []


def test_a_named_doer_of_the_reported_clause_is_the_source():
    """"قال رئيس مجلس العلماء إن ميليشيات الحوثي تجاوزت الخطوط الحمراء": the council
    draws no red line; the militia named after إن crosses it."""
    assert _events("وقال رئيس مجلس العلماء إن ميليشيات الحوثي تجاوزت الخطوط الحمراء باستهداف المدن.") == []


def test_the_speaker_keeps_its_own_acts():
    """A doer the clause names that is the speaker's own state ("أعلنت الخارجية الإيرانية أن
    إيران ستطرد") and a speaker's pronoun ("أعلنت الحكومة المصرية أنها طردت") keep the act."""
    assert _events("وأعلنت وزارة الخارجية الإيرانية أن إيران ستطرد السفير البريطاني.") == [("SANCTION", ["IRN", "GBR"])]
    assert _events("وأعلنت الحكومة المصرية أنها طردت السفير القطري.") == [("SANCTION", ["EGY", "QAT"])]


def test_a_wrongdoing_told_of_a_subject_stays_the_speakers_charge():
    """"قال الوزير إن انتهاكات الولايات المتحدة ...": accusations are the speaker's."""
    assert _events("وقال وزير الخارجية الروسي إن انتهاكات الولايات المتحدة للاتفاق تهدد الأمن.") == [("ACCUSE", ["RUS", "USA"])]


def test_a_delegation_meeting_the_speakers_leader_by_his_title_meets_the_speakers_state():
    """"أعلنت الرئاسة المصرية أن وفدا أمريكيا التقى الرئيس": the president met is Egypt's
    own, named by his title alone: Egypt stays the meeting's other party. (The pair is the
    role model's, near its threshold: "... التقى الرئيس لبحث الأوضاع" fell under it when the
    model was retrained on the fifth session of 2026-12-07's rules.)"""
    assert _events("وأعلنت الرئاسة المصرية أن وفدا أمريكيا رفيع المستوى التقى الرئيس في القاهرة.") == [
        ("CONSULT", ["EGY", "USA"])]
