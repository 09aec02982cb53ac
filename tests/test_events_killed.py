"""The dead a killing noun names right after it are killed, not the killers
(core.events.killed); sentences written for the tests."""
from core import analyze


def events(text, published="2026-03-01"):
    return [(v.type, v.actors, v.trigger.text) for v in analyze(text, published).events]


def test_the_dead_named_after_the_killing_noun_are_hit_by_the_attack_named_after_it():
    got = events("كشف مقتل عدد من الأتراك في غارات روسية على ريف إدلب عن حجم التوتر بين البلدين.")
    assert ("ASSAULT", ["TUR", "RUS"], "مقتل") not in got
    assert ("ASSAULT", ["RUS", "TUR"], "مقتل") in got



def test_the_dead_killed_at_a_place_of_another_state_are_not_hit_by_that_state():
    got = events("وأدت الضربة الجوية إلى مقتل خمسة ضباط أتراك في قاعدة عسكرية عراقية شمالي البلاد.")
    assert not [e for e in got if e[2] == "مقتل" and set(e[1]) == {"TUR", "IRQ"}]


def test_the_side_the_dead_attacked_is_not_their_killer():
    got = events("وذكرت بغداد مقتل مقاتلين إيرانيين في هجوم على موقع عراقي قرب الحدود.")
    assert ("ASSAULT", ["IRQ", "IRN"], "مقتل") not in got


def test_an_attack_word_carrying_b_is_the_cause_and_names_the_killer():
    got = events("وأدى ذلك إلى مقتل مدنيين ليبيين بقصف مصري على أطراف المدينة.")
    assert ("ASSAULT", ["EGY", "LBY"], "مقتل") in got



def test_an_attack_noun_after_a_killing_takes_no_source_from_its_dead():
    got = events("أكدت الوزارة مقتل جنديين مصريين في قصف للقوات الليبية على الحدود.")
    assert not [e for e in got if e[1] == ["EGY", "LBY"]]
    assert ("ASSAULT", ["LBY", "EGY"], "مقتل") in got


def test_an_attack_noun_after_a_killing_is_turned_to_its_named_author():
    got = events("وأعلن مقتل ثلاثة جنود لبنانيين في قصف للقوات الإسرائيلية على الجنوب.")
    assert ("ASSAULT", ["LBN", "ISR"], "قصف") not in got
    assert ("ASSAULT", ["ISR", "LBN"], "قصف") in got


def test_an_army_announcing_its_own_dead_attacked_no_one():
    got = events("أعلن الجيش التشادي مقتل عشرة من عناصره في هجوم لجماعة بوكو حرام.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[1][0] == "TCD"]
    assert ("ASSAULT", ["boko-haram", "TCD"], "مقتل") in got



def test_the_men_of_a_named_dead_side_are_not_the_announcers():
    """"أعلن الجيش X مقتل قائد Y وعدد من عناصرها في غارة": the pronoun is Y's; X struck."""
    got = events("أعلن الجيش الإسرائيلي مقتل قائد حماس العسكري وعدد من عناصرها في غارة على غزة.")
    assert [e for e in got if e[0] == "ASSAULT" and e[1] == ["ISR", "hamas"]]


def test_dead_of_no_named_side_killed_by_a_named_attack_are_its_targets():
    """"أعلن الجيش X مقتل جنديين في هجوم Yي": Y attacked; the announcer is no attacker."""
    got = events("وأعلن الجيش الهندي مقتل جنديين في هجوم باكستاني على كشمير.")
    assert ("ASSAULT", ["IND", "PAK"], "مقتل") not in got
    assert ("ASSAULT", ["PAK", "IND"], "مقتل") in got
