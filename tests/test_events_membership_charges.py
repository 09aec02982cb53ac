"""A group named only as what the accused belongs to is not accused with him
(core.events.passives.no_beneficiaries); sentences and names written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str], bool]]:
    return [(v.type, v.actors, v.directed) for v in analyze(text, "2026-03-01").events]


def test_a_group_a_convict_belonged_to_is_not_accused():
    assert ("ACCUSE", ["FRA", "isis"], True) not in _events("وأدانت محكمة فرنسية رجلا بالانتماء إلى تنظيم داعش.")


def test_a_party_fighters_are_said_to_belong_to_is_not_accused():
    got = _events("ويتهم الجيش التركي المقاتلين الأكراد بالانتماء إلى حزب العمال الكردستاني.")
    assert ("ACCUSE", ["TUR", "pkk"], True) not in got


def test_a_state_accused_of_backing_a_group_stays_accused():
    assert ("ACCUSE", ["BHR", "IRN"], True) in _events("واتهمت الحكومة البحرينية إيران بدعم الجماعة.")
