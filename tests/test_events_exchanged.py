"""Acts told by a verb of exchange ("تبادلت X وY الاتهامات") and feelings shown with
"أبدى" (its complement with no عن, as "أعرب عن"); sentences written for the tests."""
import pytest

from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, sorted(v.actors), v.directed) for v in analyze(text, published).events]


@pytest.mark.parametrize("text, expected", [
    ("وتبادلت القوات الهندية والقوات الباكستانية إطلاق النار عبر خط المراقبة في كشمير.", "ASSAULT"),
    ("وتبادلت كوريا الجنوبية وكوريا الشمالية القصف المدفعي قرب الجزيرة الحدودية.", "ASSAULT"),
    ("وتبادلت الصين والولايات المتحدة الاتهامات بشأن الحرب التجارية.", "ACCUSE"),
])
def test_an_exchange_is_one_joint_act_of_both_sides(text, expected):
    found = events(text)
    assert any(t == expected and not d and len(a) == 2 for t, a, d in found), found


def test_a_ceasefire_after_traded_charges_is_no_exchange_of_fire():
    found = events("وتبادلت روسيا وأوكرانيا الاتهامات بخرق وقف إطلاق النار.")
    assert ("ACCUSE", ["RUS", "UKR"], False) in found and not any(t == "ASSAULT" for t, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    ("وأبدت الحكومة الأردنية أسفها لقرار إسرائيل إغلاق المعبر.", ("ACCUSE", ["ISR", "JOR"])),
    ("وأبدى المغرب ارتياحه لموقف فرنسا من قضية الصحراء.", ("SUPPORT", ["FRA", "MAR"])),
    ("وأبدت تركيا اعتراضها على قرار الولايات المتحدة تسليح المقاتلين الأكراد.", ("REJECT", ["TUR", "USA"])),
])
def test_a_feeling_shown_towards_a_side_is_its_act(text, expected):
    assert any((t, a) == expected for t, a, _ in events(text)), events(text)


def test_showing_nothing_towards_a_side_is_no_act():
    assert events("وأبدت الحكومة الأردنية اهتمامها بتطوير قطاع السياحة في البتراء.") == []
