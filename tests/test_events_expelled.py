"""Whose people an expulsion sends away (core.events.expelled). Sentences written for the
tests."""
from core import analyze


def _sanctions(text: str) -> list[list[str]]:
    return [v.actors for v in analyze(text, "2024-01-01").events if v.type == "SANCTION"]


def test_the_expelled_diplomats_state_is_the_target():
    """"قال البيت الأبيض إن طرد الدبلوماسيين الأمريكيين من روسيا ...": Russia expels the
    United States' diplomats."""
    assert _sanctions("وقال البيت الأبيض إن طرد الدبلوماسيين الأمريكيين من روسيا سيزيد التوتر.") == [["RUS", "USA"]]


def test_an_expulsion_from_a_union_is_the_unions():
    """"طرد الدبلوماسيين الروس من الاتحاد الأوروبي": the union expels, Russia's men go."""
    assert _sanctions("وقال جنرال متقاعد إن طرد الدبلوماسيين الروس من الاتحاد الأوروبي يخلق وضعا خطيرا.") == [["eu", "RUS"]]


def test_the_subject_that_expels_stays_the_source():
    """"طردت بريطانيا 23 دبلوماسيا روسيا"، "قررت روسيا طرد دبلوماسيين بريطانيين": unchanged."""
    assert _sanctions("وطردت بريطانيا 23 دبلوماسيا روسيا الأسبوع الماضي.") == [["GBR", "RUS"]]
    assert _sanctions("وقررت روسيا طرد دبلوماسيين بريطانيين ردا على الخطوة.") == [["RUS", "GBR"]]


def test_a_recall_of_the_speakers_own_ambassador_is_not_turned():
    """"أعلنت الخارجية العمانية أنها استدعت السفير العماني في كينيا": a recall, not an
    expulsion: Oman recalls its own ambassador from Kenya."""
    assert _sanctions("وأعلنت وزارة الخارجية العمانية أنها استدعت السفير العماني في كينيا للتشاور.") == [["OMN", "KEN"]]


def test_a_state_cutting_its_own_diplomats_stays_the_source():
    """"خفضت فرنسا عدد الدبلوماسيين الفرنسيين في إيران": France cuts its own staff in Iran
    (a cut is no expulsion: the adjective names the cutter's own men)."""
    assert _sanctions("وخفضت فرنسا عدد الدبلوماسيين الفرنسيين في إيران.") == [["FRA", "IRN"]]
