"""Two nationality adjectives of one attack are its joint authors, striking the same
target, not each other (core.events.allied); sentences written for the tests."""
from core import analyze


def events(text, published="2026-03-01"):
    return [(v.type, v.actors) for v in analyze(text, published).events]


def test_two_adjectives_after_the_attack_verb_strike_its_target_together():
    got = events("شنت مقاتلات فرنسية بريطانية غارات على مواقع لتنظيم داعش في سوريا.")
    assert ("ASSAULT", ["FRA", "GBR"]) not in got
    assert ("ASSAULT", ["FRA", "isis"]) in got
    assert ("ASSAULT", ["GBR", "isis"]) in got


def test_an_attack_noun_with_two_adjectives_has_both_as_authors():
    got = events("ونفذت ضربات أمريكية بريطانية على مواقع لحركة الشباب في الصومال.")
    assert ("ASSAULT", ["USA", "al-shabaab"]) in got
    assert ("ASSAULT", ["GBR", "al-shabaab"]) in got


def test_the_second_adjective_is_not_struck_by_the_first():
    got = events("واستهدفت ضربات أمريكية بريطانية منصات صواريخ للحوثيين قرب الحديدة فجر الخميس.")
    assert ("ASSAULT", ["USA", "GBR"]) not in got



def test_a_joined_side_named_again_as_the_author_lends_no_attack():
    """"بحثت X وY الهجوم الXي على Z": X attacks by its adjective; Y only discusses it."""
    got = events("بحثت إسرائيل والولايات المتحدة الهجوم الإسرائيلي على رفح.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1][0] == "USA"]
    got = events("قالت إسرائيل والولايات المتحدة إن الضربات الإسرائيلية على إيران دمرت منشآت نووية.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1][0] == "USA"]


def test_joined_places_after_a_preposition_are_no_co_authors():
    """"في X وY، شن Z هجمات": X and Y are where, not who attacks."""
    got = events("في العراق وسوريا، شن تنظيم داعش هجمات على القوات الحكومية.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1][0] == "IRQ"]
