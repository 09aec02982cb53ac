"""An organisation named only as whose premises an attack was near is no side of it
(core.events.nearby). Sentences written for the tests."""
from core import analyze


def events(text, published="2023-01-17"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_shots_near_a_company_office_hit_no_company():
    got = events("وقالت الشرطة الأمريكية إن مسلحا أطلق النار قرب مقر شركة يوتيوب.")
    assert not [e for e in got if "youtube" in e[1]]


def test_an_attack_on_a_company_office_still_hits_it():
    got = events("وهاجم مسلحون مقر شركة يوتيوب في كاليفورنيا.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1][1:] == ["youtube"]]


def test_a_movement_named_after_an_attack_near_a_city_is_its_author():
    """No building between "قرب" and the body: the attack was near the city, by the body."""
    got = events("وقتل جنديان أفغانيان في هجوم قرب كابول شنته حركة طالبان على قاعدة للجيش الأفغاني.")
    assert [e for e in got if e[0] == "ASSAULT" and "taliban" in e[1]]


def test_an_attack_near_a_company_office_hits_unnamed_targets():
    """The author stays; the company near whose offices it was is not what was hit."""
    got = events("وشنت حركة طالبان هجوما قرب مكاتب شركة روشان في كابول.")
    assert got == [("ASSAULT", ["taliban", "unnamed-targets-afg"])]
