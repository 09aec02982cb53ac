"""The person a title names right after a threat noun, before its "بـ", makes the threat
(core.events.construct_authors.titled_authors); sentences and names written for the tests."""
from core import analyze


def _events(text: str) -> list[tuple[str, list[str], bool]]:
    return [(v.type, v.actors, v.directed) for v in analyze(text, "2026-03-01").events]


def test_the_titled_president_after_a_threat_is_not_threatened():
    got = _events("وتسعى ألمانيا إلى إنقاذ الاتفاق مع إيران رغم تهديد الرئيس دونالد ترامب بالانسحاب منه.")
    assert ("THREATEN", ["DEU", "USA"], True) not in got


def test_threats_of_a_titled_president_stay_his():
    assert ("THREATEN", ["USA", "CHN"], True) in _events("ورفضت الصين تهديدات الرئيس الأمريكي بفرض رسوم جديدة.")


def test_a_warning_by_a_building_to_a_people_stays_told():
    got = _events("وعلى الرغم من تحذير البيت الأبيض للفلسطينيين بعدم الاقتراب من الحدود، خرج الآلاف.")
    assert ("THREATEN", ["USA", "PSE"], True) in got


def test_a_prime_minister_after_a_threat_noun_is_not_threatened():
    got = _events("وتحاول النمسا إنقاذ الحوار مع الأكراد رغم تهديد رئيس الوزراء التركي بشن عملية جديدة.")
    assert ("THREATEN", ["AUT", "TUR"], True) not in got
