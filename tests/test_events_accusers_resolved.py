"""The accuser a plural noun of accusation names after it (core.events.accusers), no critic
in a side that underwent criticism (undergone), and a gathering agreed on or dated to a
time to come, still to come (resolved_gatherings, dated_to_come); sentences and names
written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str], bool, str]]:
    return [(v.type, v.actors, v.directed, v.modality) for v in analyze(text, "2026-03-01").events]


def test_the_side_after_accusations_is_the_accuser():
    assert _events("ورفضت تركيا اتهامات اليونان بالتجسس.") == [
        ("REJECT", ["TUR", "GRC"], True, "asserted"), ("ACCUSE", ["GRC", "TUR"], True, "asserted")]


def test_the_state_of_a_title_after_accusations_is_the_accuser():
    assert _events("ووصف وزير الخارجية التركي اتهامات رئيس الوزراء اليوناني لبلاده بأنها باطلة.") == [
        ("ACCUSE", ["GRC", "TUR"], True, "asserted")]


def test_a_side_after_a_preposition_stays_the_accused():
    assert _events("وردت تركيا على اتهامات ضد السلطات اليونانية.") == [("ACCUSE", ["TUR", "GRC"], True, "asserted")]


def test_a_summit_agreed_on_is_the_agreement_alone():
    assert _events("واتفقت مصر والأردن على عقد قمة في الشهر المقبل.") == [("AGREE", ["EGY", "JOR"], False, "asserted")]


def test_a_meeting_overseen_stays_held():
    assert _events("وأشرف الوزير المصري على عقد اجتماع مع نظيره الأردني في عمان أمس.") == [
        ("CONSULT", ["EGY", "JOR"], False, "asserted")]


def test_a_state_named_past_a_verb_after_accusations_is_no_accuser():
    assert _events("وقالت النيابة المغربية إنها تنظر في اتهامات نشرها دبلوماسي جزائري سابق.") == [
        ("ACCUSE", ["MAR", "DZA"], True, "asserted")]


def test_a_summit_dated_to_a_month_to_come_is_not_told_as_held():
    assert _events("وأعلن الوفد المصري قمة بين مصر والأردن في المنطقة الحدودية في أبريل المقبل. "
                   "ودعت قطر إيران إلى ضبط النفس.") == [("REQUEST", ["QAT", "IRN"], True, "asserted")]


def test_a_summit_dated_to_a_month_past_stays_held():
    assert _events("وعقدت قمة بين مصر والأردن في عمان في أبريل الماضي.") == [("CONSULT", ["EGY", "JOR"], False, "asserted")]


def test_an_agreement_on_a_summit_to_come_stays_made():
    assert _events("وأعلن الوزير اتفاق مصر والأردن على لقاء بين الزعيمين في أبريل المقبل.") == [
        ("AGREE", ["EGY", "JOR"], False, "asserted")]


def test_a_side_that_underwent_criticism_made_none():
    assert _events("وقال المتحدث إن الوزير الفرنسي كان قد تعرض لانتقادات لتأخره في الحوار مع الجزائر. "
                   "ودعت قطر إيران إلى ضبط النفس.") == [("REQUEST", ["QAT", "IRN"], True, "asserted")]


def test_a_minister_who_faced_criticism_from_activists_criticised_no_one():
    assert _events("وتعرض الوزير المصري لموجة انتقادات من بعض النشطاء. وأشاد الملك الأردني بجهود مصر في الوساطة.") == [
        ("SUPPORT", ["JOR", "EGY"], True, "asserted")]


def test_the_critic_named_after_the_criticism_a_side_underwent_stays():
    assert _events("وتعرضت الحكومة التركية لانتقادات من اليونان.") == [("ACCUSE", ["GRC", "TUR"], True, "asserted")]


def test_a_state_whose_name_starts_with_ba_after_accusations_is_the_accuser():
    assert _events("ورفضت روسيا اتهامات بريطانيا بالتسميم.") == [
        ("REJECT", ["RUS", "GBR"], True, "asserted"), ("ACCUSE", ["GBR", "RUS"], True, "asserted")]


def test_a_state_whose_name_starts_with_lam_after_accusations_is_the_accuser():
    assert _events("ورفضت روسيا اتهامات لبنان بالتدخل.") == [
        ("REJECT", ["RUS", "LBN"], True, "asserted"), ("ACCUSE", ["LBN", "RUS"], True, "asserted")]


def test_a_state_after_lam_of_accusations_stays_the_accused():
    assert _events("ورفضت تركيا اتهامات لليونان بالتجسس.") == [
        ("REJECT", ["TUR", "GRC"], True, "asserted"), ("ACCUSE", ["TUR", "GRC"], True, "asserted")]
