"""The side an attack struck is not praised with it (core.events.praised.no_struck_sides);
sentences and names written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str], bool]]:
    return [(v.type, v.actors, v.directed) for v in analyze(text, "2026-03-01").events]


def test_a_group_blessing_an_attack_on_soldiers_supports_no_state_of_theirs():
    got = _events("وباركت حركة حماس الهجوم على الجنود الإسرائيليين في الضفة الغربية.")
    assert ("SUPPORT", ["hamas", "ISR"], True) not in got


def test_a_group_welcoming_strikes_on_oil_plants_neither_supports_nor_strikes_their_state():
    got = _events("ورحبت جماعة الحوثي بالضربات التي استهدفت منشآت نفطية سعودية.")
    assert ("SUPPORT", ["houthis", "SAU"], True) not in got
    assert ("ASSAULT", ["houthis", "SAU"], True) not in got


def test_praise_of_an_army_stays_support():
    assert ("SUPPORT", ["USA", "IRQ"], True) in _events("وأشاد الرئيس الأمريكي بالجيش العراقي.")


def test_the_attacker_in_a_relative_clause_after_the_struck_stays_praised():
    got = _events("وأشاد الاتحاد الأفريقي بالهجمات ضد المهربين التي تقودها نيجيريا في خليج غينيا.")
    assert ("SUPPORT", ["african-union", "NGA"], True) in got
