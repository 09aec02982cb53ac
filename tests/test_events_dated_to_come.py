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
    assert _events("وشهد الرئيسان توقيع اتفاقية للتعاون الاقتصادي بين مصر والأردن تدخل حيز التنفيذ في يناير المقبل.") == [
        ("SUPPORT", ["EGY", "JOR"], False, "asserted"), ("COOPERATE", ["EGY", "JOR"], False, "asserted")]


def test_support_until_next_year_stays_given():
    assert _events("وأكدت فرنسا دعمها للمغرب حتى نهاية العام المقبل.") == [("SUPPORT", ["FRA", "MAR"], True, "asserted")]


def test_a_summit_dated_right_after_to_a_month_to_come_is_no_held_event():
    assert _events("وأعلن الوفد المصري قمة بين مصر والأردن في أبريل المقبل. ورفضت تركيا اتهامات اليونان بالتجسس.") == [
        ("REJECT", ["TUR", "GRC"], True, "asserted"), ("ACCUSE", ["GRC", "TUR"], True, "asserted")]


def test_a_summit_dated_to_the_year_to_come_written_qadim_is_no_held_event():
    assert _events("وأعلن الوفد المصري قمة بين مصر والأردن في العام القادم. ورفضت تركيا اتهامات اليونان بالتجسس.") == [
        ("REJECT", ["TUR", "GRC"], True, "asserted"), ("ACCUSE", ["GRC", "TUR"], True, "asserted")]


def test_a_summit_announced_soon_in_a_town_next_month_is_no_held_event():
    assert _events("وأعلن الناطق عقد قمة بين مصر والأردن قريبا في العقبة في مارس المقبل. "
                   "ورفضت تركيا اتهامات اليونان بالتجسس.") == [
        ("REJECT", ["TUR", "GRC"], True, "asserted"), ("ACCUSE", ["GRC", "TUR"], True, "asserted")]


def test_a_meeting_face_to_face_next_month_is_no_held_event():
    assert _events("ووافقت مصر على إجراء لقاء مع الأردن وجها لوجه في يونيو المقبل.") == [
        ("AGREE", ["EGY", "JOR"], True, "asserted")]


def test_a_summit_held_in_a_town_on_two_days_next_month_is_no_held_event():
    assert _events("وقال الوزير المغربي إنه سيحضر القمة الإقليمية التي تعقد في مصر في الأول والثاني من مايو المقبل. "
                   "ورفضت تركيا اتهامات اليونان بالتجسس.") == [
        ("REJECT", ["TUR", "GRC"], True, "asserted"), ("ACCUSE", ["GRC", "TUR"], True, "asserted")]


def test_a_summit_between_neighbours_in_a_border_area_next_month_is_no_held_event():
    assert _events("وأعلن الناطق عقد قمة بين الكوريتين قريبا في المنطقة الحدودية الشمالية في يونيو المقبل. "
                   "ورفضت تركيا اتهامات اليونان بالتجسس.") == [
        ("REJECT", ["TUR", "GRC"], True, "asserted"), ("ACCUSE", ["GRC", "TUR"], True, "asserted")]
