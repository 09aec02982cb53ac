"""A gathering's noun is told as to come only by a time to come written right after it
(core.events.dated_to_come): a date of another word, or a gathering a past verb held,
stays held; sentences and names written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str], bool, str]]:
    return [(v.type, v.actors, v.directed, v.modality) for v in analyze(text, "2026-03-01").events]


def test_a_meeting_held_to_discuss_next_year_stays_held():
    assert _events("وعقد وزيرا خارجية مصر والأردن اجتماعا في عمان لبحث خطة العام المقبل.") == [
        ("CONSULT", ["EGY", "JOR"], False, "asserted")]


def test_talks_ended_ahead_of_next_year_stay_held():
    assert _events("واختتمت في القاهرة محادثات بين مصر والأردن تمهيدا لانتخابات العام المقبل.") == [
        ("CONSULT", ["EGY", "JOR"], False, "asserted")]


def test_talks_on_next_year_stay_held():
    assert _events("وجرت محادثات بين مصر والأردن حول ميزانية العام المقبل.") == [
        ("CONSULT", ["EGY", "JOR"], False, "asserted")]


def test_a_signing_of_a_pact_in_force_next_month_stays_held():
    kept = _events("وشهد الرئيسان توقيع اتفاقية للتعاون الاقتصادي بين مصر والأردن تدخل حيز التنفيذ في يناير المقبل.")
    assert ("SUPPORT", ["EGY", "JOR"], False, "asserted") in kept


def test_support_until_next_year_stays_given():
    assert _events("وأكدت فرنسا دعمها للمغرب حتى نهاية العام المقبل.") == [("SUPPORT", ["FRA", "MAR"], True, "asserted")]


def test_a_summit_dated_right_after_to_a_month_to_come_is_no_held_event():
    assert _events("وأعلن الوفد المصري قمة بين مصر والأردن في أبريل المقبل. ورفضت تركيا اتهامات اليونان بالتجسس.") == [
        ("REJECT", ["TUR", "GRC"], True, "asserted"), ("ACCUSE", ["GRC", "TUR"], True, "asserted")]


def test_a_summit_dated_to_the_year_to_come_written_qadim_is_no_held_event():
    assert _events("وأعلن الوفد المصري قمة بين مصر والأردن في العام القادم. ورفضت تركيا اتهامات اليونان بالتجسس.") == [
        ("REJECT", ["TUR", "GRC"], True, "asserted"), ("ACCUSE", ["GRC", "TUR"], True, "asserted")]
